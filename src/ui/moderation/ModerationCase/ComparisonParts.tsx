/** The parts of the two readings compared: the case's summary, and each disagreement. */
import {
  type Agreement,
  describeAnswer,
  type FrameworkIndex,
  type ModerationCase,
  type ModerationDecision,
  type ReadingAnswers,
  type ReadingDifference,
} from '../../../core';
import { SummaryRow } from '../../components/SummaryRow';
import { t } from '../../i18n/translate';
import { formatSavedTime } from '../../scoring/CaseCommon/formatTime';
import { agreementText } from '../ModerationCommon/figures';
import { ModerationStatusTag } from '../ModerationCommon/ModerationStatusTag';
import { decisionPath } from '../ModerationCommon/moderationLinks';
import { ReadingsSideBySide } from './ReadingsSideBySide';

function choiceWords(choice: ModerationDecision['choice']): string {
  switch (choice) {
    case 'first':
      return t('moderation.case', 'kept the first reading’s answer');
    case 'second':
      return t('moderation.case', 'took the second reading’s answer');
    case 'other':
      return t('moderation.case', 'recorded another answer');
  }
}

export function ComparisonSummary({
  record,
  firstReader,
  secondReader,
  mine,
  differences,
  undecided,
}: {
  record: ModerationCase;
  firstReader: string;
  secondReader: string;
  /** Agreement on this case's paired answers. */
  mine: Agreement;
  differences: number;
  undecided: number;
}) {
  const { data } = record;
  return (
    <dl class="govuk-summary-list">
      <SummaryRow label={t('moderation.case', 'First reader')}>{firstReader}</SummaryRow>
      <SummaryRow label={t('moderation.case', 'Second reader')}>
        {data.finishedAt
          ? t('moderation.case', '{name}, finished {time}', {
              name: secondReader,
              time: formatSavedTime(data.finishedAt),
            })
          : secondReader}
      </SummaryRow>
      <SummaryRow label={t('moderation.case', 'Status')}>
        <ModerationStatusTag record={record} />
      </SummaryRow>
      <SummaryRow label={t('moderation.case', 'Agreement on this case')}>
        <span data-testid="case-agreement">
          {t('moderation.case', '{agreement} of paired answers', {
            agreement: agreementText(mine),
          })}
        </span>
      </SummaryRow>
      <SummaryRow label={t('moderation.case', 'Disagreements')}>
        {differences === 0
          ? t('moderation.case', 'None')
          : t('moderation.case', '{total} ({decided} decided)', {
              total: differences,
              decided: differences - undecided,
            })}
      </SummaryRow>
    </dl>
  );
}

export function Disagreement({
  d,
  i,
  index,
  decision,
  readings,
  name,
  inspectionId,
  caseId,
}: {
  d: ReadingDifference;
  i: number;
  index: FrameworkIndex;
  decision: ModerationDecision | undefined;
  readings: {
    first: ReadingAnswers;
    second: ReadingAnswers;
    firstReader: string;
    secondReader: string;
  };
  name: (id: string | null) => string;
  inspectionId: string;
  caseId: string;
}) {
  const entry = index.itemById.get(d.itemId);
  const where =
    entry?.type === 'question' ? entry.standard.title : t('moderation.case', 'Case profile');
  const question = entry?.item.text ?? d.itemId;
  return (
    <section
      class="ca-moderation__disagreement"
      aria-labelledby={`disagreement-${i}`}
      data-item={d.itemId}
    >
      <span class="govuk-caption-m">{where}</span>
      <h3 class="govuk-heading-s" id={`disagreement-${i}`}>
        {entry?.item.text ?? d.itemId}
      </h3>
      <ReadingsSideBySide
        itemId={d.itemId}
        index={index}
        {...readings}
        caption={t('moderation.case', 'The two readings')}
      />
      {decision ? (
        <dl class="govuk-summary-list" data-testid={`decision-${d.itemId}`}>
          <SummaryRow label={t('moderation.case', 'Final answer')}>
            {t('moderation.case', '{answer} ({choice})', {
              answer: describeAnswer(index, d.itemId, decision.value),
              choice: choiceWords(decision.choice),
            })}
          </SummaryRow>
          <SummaryRow label={t('moderation.case', 'Rationale')}>
            <span class="ca-moderation__note">{decision.rationale}</span>
          </SummaryRow>
          <SummaryRow label={t('moderation.case', 'Decided by')}>
            {t('moderation.case', '{name}, {time}', {
              name: name(decision.by),
              time: formatSavedTime(decision.at),
            })}
          </SummaryRow>
        </dl>
      ) : null}
      <a
        class={`govuk-button${decision ? ' govuk-button--secondary' : ''}`}
        href={decisionPath(inspectionId, caseId, d.itemId)}
      >
        {decision
          ? t('moderation.case', 'Change the decision')
          : t('moderation.case', 'Decide the final answer')}
        <span class="govuk-visually-hidden">
          {' '}
          {t('moderation.case', 'to “{question}”', { question })}
        </span>
      </a>
    </section>
  );
}
