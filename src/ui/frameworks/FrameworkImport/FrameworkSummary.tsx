import { type Framework, pluralForm, summariseFramework } from '../../../core';
import { SummaryRow } from '../../components/SummaryRow';
import { STATUS_LABELS } from '../Frameworks/frameworkStatus';

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
    ['File', fileName],
    ['Title', framework.title],
    ['Version', framework.version],
    [
      pluralForm(framework.publishers.length, { one: 'Publisher', other: 'Publishers' }),
      framework.publishers.join(', '),
    ],
    ['Year', String(framework.year)],
    ['Status', STATUS_LABELS[framework.status]],
    ['Sections', String(counts.sections)],
    ['Standards', String(counts.standards)],
    ['Questions', String(counts.questions)],
    ['Key questions', String(counts.keyQuestions)],
    ['Profile fields', String(counts.profileFields)],
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
