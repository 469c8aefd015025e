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
      <RecordsMoved plan={plan} from={from} to={to} />
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

/** A standard as the lead knows it: its title and id. */
function standardName(framework: Framework, standardId: string): string {
  const standard = framework.sections
    .flatMap((section) => section.standards)
    .find((s) => s.id === standardId);
  return standard ? `“${standard.title}” (${standardId})` : standardId;
}

/** Counts in words: "2 answers mapped, 1 answer no longer asked"; parts at nought left out. */
function countsText(
  counts: { readonly mapped: number; readonly noLongerAsked: number },
  noun: string,
  mapped: string,
  lapsed: string,
): string {
  const parts = [
    counts.mapped > 0 ? `${plural(counts.mapped, noun)} ${mapped}` : '',
    counts.noLongerAsked > 0 ? `${plural(counts.noLongerAsked, noun)} ${lapsed}` : '',
  ];
  return parts.filter((p) => p !== '').join('; ');
}

const touched = (c: { readonly mapped: number; readonly noLongerAsked: number }) =>
  c.mapped + c.noLongerAsked > 0;

/** What the move does to second readings, decisions, open conflicts and rating overrides. */
function RecordsMoved({ plan, from, to }: { plan: MigrationPlan; from: Framework; to: Framework }) {
  const { secondReadings, decisions, conflicts, overridesFollowing, overridesNoLongerApplying } =
    plan.records;
  const lapsed = 'on questions no longer asked, kept but no longer counted';
  return (
    <>
      {(touched(secondReadings) || touched(decisions) || touched(conflicts)) && (
        <dl class="govuk-summary-list">
          {touched(secondReadings) && (
            <SummaryRow label="Second readings">
              {countsText(secondReadings, 'answer', 'mapped', lapsed)}
            </SummaryRow>
          )}
          {touched(decisions) && (
            <SummaryRow label="Moderation decisions">
              {countsText(decisions, 'decision', 'mapped', lapsed)}
            </SummaryRow>
          )}
          {touched(conflicts) && (
            <SummaryRow label="Open conflicts between devices">
              {countsText(
                conflicts,
                'conflict',
                'moved to the new question',
                'on questions no longer asked, still open',
              )}
            </SummaryRow>
          )}
        </dl>
      )}
      {overridesFollowing.map((o) => (
        <p class="govuk-body" key={o.from}>
          The rating override of standard {standardName(from, o.from)} now applies to{' '}
          {standardName(to, o.to)}.
        </p>
      ))}
      {overridesNoLongerApplying.map((id) => (
        <WarningText key={id}>
          The rating override of standard {standardName(from, id)} no longer applies: version{' '}
          {to.version} has no such standard. It stays in the inspection’s record.
        </WarningText>
      ))}
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
