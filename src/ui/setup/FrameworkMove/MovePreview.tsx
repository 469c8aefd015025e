import { useState } from 'preact/hooks';
import {
  type Framework,
  formatCount,
  type MigrationPlan,
  type PlannedAnswer,
  plural,
} from '../../../core';
import { SummaryRow } from '../../components/SummaryRow';
import { WarningText } from '../../components/WarningText';
import { answerWords } from './moveChoices';

const OUTCOME: Record<PlannedAnswer['outcome'], { label: string; tag: string }> = {
  kept: { label: 'Kept', tag: 'govuk-tag--green' },
  mapped: { label: 'Mapped', tag: 'govuk-tag--blue' },
  'no-longer-asked': { label: 'No longer asked', tag: 'govuk-tag--grey' },
};

/**
 * What the move would do to every answer of every case, before anything changes: the counts,
 * the answers that change (mapped, no longer asked, or not accepted by the new version), and on
 * request every answer, case by case.
 */
export function MovePreview({
  plan,
  from,
  to,
}: {
  plan: MigrationPlan;
  from: Framework;
  to: Framework;
}) {
  const [showAll, setShowAll] = useState(false);
  const changing = plan.answers.filter((a) => a.outcome !== 'kept' || !a.fits);
  const { counts } = plan;
  return (
    <>
      <h2 class="govuk-heading-m" id="move-preview">
        What the move does to the answers
      </h2>
      <dl class="govuk-summary-list">
        <SummaryRow label="Kept">{plural(counts.kept, 'answer')}</SummaryRow>
        <SummaryRow label="Mapped">{plural(counts.mapped, 'answer')}</SummaryRow>
        <SummaryRow label="No longer asked">
          {plural(counts.noLongerAsked, 'answer')}, kept in each case’s history, never deleted
        </SummaryRow>
      </dl>
      {counts.unfit > 0 && (
        <WarningText>
          {plural(counts.unfit, 'answer')} would not be accepted by version {to.version} without a
          change: map the answer codes above, or change those answers after the move.
        </WarningText>
      )}
      {changing.length > 0 && (
        <AnswerTable
          caption={`Answers that change (${formatCount(changing.length)})`}
          answers={changing}
          from={from}
          to={to}
        />
      )}
      <details
        class="govuk-details"
        onToggle={(e) => setShowAll((e.target as HTMLDetailsElement).open)}
      >
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">
            Every answer, case by case ({formatCount(plan.answers.length)})
          </span>
        </summary>
        <div class="govuk-details__text">
          {showAll && (
            <AnswerTable caption="Every answer" answers={plan.answers} from={from} to={to} />
          )}
        </div>
      </details>
    </>
  );
}

function AnswerTable({
  caption,
  answers,
  from,
  to,
}: {
  caption: string;
  answers: readonly PlannedAnswer[];
  from: Framework;
  to: Framework;
}) {
  return (
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            Case
          </th>
          <th scope="col" class="govuk-table__header">
            Question
          </th>
          <th scope="col" class="govuk-table__header">
            Answer now
          </th>
          <th scope="col" class="govuk-table__header">
            After the move
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {answers.map((a) => (
          <tr class="govuk-table__row" key={`${a.caseId}:${a.itemId}`}>
            <td class="govuk-table__cell">{a.caseReference}</td>
            <td class="govuk-table__cell">
              <code class="ca-code">{a.itemId}</code>
              {a.toItemId && a.toItemId !== a.itemId && (
                <>
                  {' '}
                  → <code class="ca-code">{a.toItemId}</code>
                </>
              )}
            </td>
            <td class="govuk-table__cell">{answerWords(from, a.itemId, a.fromValue)}</td>
            <td class="govuk-table__cell">
              <strong class={`govuk-tag ${OUTCOME[a.outcome].tag}`}>
                {OUTCOME[a.outcome].label}
              </strong>
              {a.outcome === 'mapped' && a.toItemId && (
                <> {answerWords(to, a.toItemId, a.toValue)}</>
              )}
              {!a.fits && <span class="govuk-body-s"> (not accepted by the new version)</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
