/**
 * The language a document is printed in (a report, a committee paper): English, Welsh, or both
 * in one file with the Welsh first (Welsh Language Standards: a bilingual document must not treat
 * Welsh less favourably). The screen names the document in its legend and hint.
 */
import { type ReportLanguage, reportLanguageSchema } from '../../core';
import { t } from '../i18n/translate';
import { RadiosField } from './InspectionFrame/formFields';

export function DocumentLanguageChoice({
  id,
  legend,
  hint,
  language,
  onChoose,
}: {
  id: string;
  legend: string;
  hint: string;
  language: ReportLanguage;
  onChoose: (language: ReportLanguage) => void;
}) {
  return (
    <RadiosField
      id={id}
      legend={legend}
      legendClass="govuk-fieldset__legend--s"
      hint={hint}
      small
      value={language}
      items={[
        { value: 'en', label: t('common', 'English') },
        { value: 'cy', label: t('common', 'Cymraeg') },
        { value: 'cy-en', label: t('common', 'Cymraeg and English (Welsh first)') },
      ]}
      onChange={(value) => onChoose(reportLanguageSchema.parse(value))}
    />
  );
}
