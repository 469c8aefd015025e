/**
 * The language the report is printed in: English, Welsh, or both in one document with the Welsh
 * first (Welsh Language Standards: a bilingual document must not treat Welsh less favourably).
 */
import { type ReportLanguage, reportLanguageSchema } from '../../../core';
import { RadiosField } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';

export function ReportLanguageChoice({
  language,
  onChoose,
}: {
  language: ReportLanguage;
  onChoose: (language: ReportLanguage) => void;
}) {
  return (
    <RadiosField
      id="report-language"
      legend={t('reportScreen.language', 'Language of the report')}
      legendClass="govuk-fieldset__legend--s"
      hint={t(
        'reportScreen.language',
        'The fixed words of the report (headings, tables, notes) are printed in this language. A report in both puts the Welsh first, then the English, in one file.',
      )}
      small
      value={language}
      items={[
        { value: 'en', label: t('reportScreen.language', 'English') },
        { value: 'cy', label: t('reportScreen.language', 'Cymraeg') },
        { value: 'cy-en', label: t('reportScreen.language', 'Cymraeg and English (Welsh first)') },
      ]}
      onChange={(value) => onChoose(reportLanguageSchema.parse(value))}
    />
  );
}
