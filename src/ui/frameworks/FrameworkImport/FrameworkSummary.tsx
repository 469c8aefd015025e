import { type Framework, summariseFramework } from '../../../core';
import { SummaryRow } from '../../components/SummaryRow';
import { t } from '../../i18n/translate';
import { statusLabel } from '../Frameworks/frameworkStatus';

/** What a framework file holds, to check it is the one expected before it is added. */
export function FrameworkSummary({
  fileName,
  framework,
}: {
  fileName: string;
  framework: Framework;
}) {
  const counts = summariseFramework(framework);
  const rows: [string, string][] = [
    [t('frameworks', 'File'), fileName],
    [t('frameworks', 'Title'), framework.title],
    [t('frameworks', 'Version'), framework.version],
    [
      t('frameworks', '{count, plural, one {Publisher} other {Publishers}}', {
        count: framework.publishers.length,
      }),
      framework.publishers.join(', '),
    ],
    [t('frameworks', 'Year'), String(framework.year)],
    [t('frameworks', 'Status'), statusLabel(framework.status)],
    [t('frameworks', 'Sections'), String(counts.sections)],
    [t('frameworks', 'Standards'), String(counts.standards)],
    [t('frameworks', 'Questions'), String(counts.questions)],
    [t('frameworks', 'Key questions'), String(counts.keyQuestions)],
    [t('frameworks', 'Profile fields'), String(counts.profileFields)],
  ];
  return (
    <dl class="govuk-summary-list">
      {rows.map(([label, value]) => (
        <SummaryRow key={label} label={label}>
          {value}
        </SummaryRow>
      ))}
    </dl>
  );
}
