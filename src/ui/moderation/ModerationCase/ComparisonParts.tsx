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
import { formatSavedTime } from '../../scoring/CaseCommon/formatTime';
import { agreementText } from '../ModerationCommon/figures';
import { ModerationStatusTag } from '../ModerationCommon/ModerationStatusTag';
import { decisionPath } from '../ModerationCommon/moderationLinks';
import { ReadingsSideBySide } from './ReadingsSideBySide';

const CHOICE_WORDS: Record<ModerationDecision['choice'], string> = {
  first: 'kept the first reading’s answer',
  second: 'took the second reading’s answer',
  other: 'recorded another answer',
};

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
      <SummaryRow label="First reader">{firstReader}</SummaryRow>
      <SummaryRow label="Second reader">
        {secondReader}
        {data.finishedAt ? `, finished ${formatSavedTime(data.finishedAt)}` : ''}
      </SummaryRow>
      <SummaryRow label="Status">
        <ModerationStatusTag record={record} />
      </SummaryRow>
      <SummaryRow label="Agreement on this case">
        <span data-testid="case-agreement">{agreementText(mine)} of paired answers</span>
      </SummaryRow>
      <SummaryRow label="Disagreements">
        {differences === 0 ? 'None' : `${differences} (${differences - undecided} decided)`}
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
  const where = entry?.type === 'question' ? entry.standard.title : 'Case profile';
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
        caption="The two readings"
      />
      {decision ? (
        <dl class="govuk-summary-list" data-testid={`decision-${d.itemId}`}>
          <SummaryRow label="Final answer">
            {describeAnswer(index, d.itemId, decision.value)} ({CHOICE_WORDS[decision.choice]})
          </SummaryRow>
          <SummaryRow label="Rationale">
            <span class="ca-moderation__note">{decision.rationale}</span>
          </SummaryRow>
          <SummaryRow label="Decided by">
            {name(decision.by)}, {formatSavedTime(decision.at)}
          </SummaryRow>
        </dl>
      ) : null}
      <a
        class={`govuk-button${decision ? ' govuk-button--secondary' : ''}`}
        href={decisionPath(inspectionId, caseId, d.itemId)}
      >
        {decision ? 'Change the decision' : 'Decide the final answer'}
        <span class="govuk-visually-hidden"> to “{entry?.item.text ?? d.itemId}”</span>
      </a>
    </section>
  );
}
