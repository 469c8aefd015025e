import { useState } from 'preact/hooks';
import { type Framework, formatCount, type MigrationPlan, type PlannedAnswer } from '../../../core';
import { SummaryRow } from '../../components/SummaryRow';
import { WarningText } from '../../components/WarningText';
import { t } from '../../i18n/translate';
import { answerWords } from './moveChoices';

const OUTCOME_TAGS: Record<PlannedAnswer['outcome'], string> = {
  kept: 'govuk-tag--green',
  mapped: 'govuk-tag--blue',
  'no-longer-asked': 'govuk-tag--grey',
};

function outcomeLabel(outcome: PlannedAnswer['outcome']): string {
  switch (outcome) {
    case 'kept':
      return t('setup', 'Kept');
    case 'mapped':
      return t('setup', 'Mapped');
    case 'no-longer-asked':
      return t('setup', 'No longer asked');
  }
}

const answers = (count: number) =>
  t('setup', '{count, plural, one {# answer} other {# answers}}', { count });

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
        {t('setup', 'What the move does to the answers')}
      </h2>
      <dl class="govuk-summary-list">
        <SummaryRow label={t('setup', 'Kept')}>{answers(counts.kept)}</SummaryRow>
        <SummaryRow label={t('setup', 'Mapped')}>{answers(counts.mapped)}</SummaryRow>
        <SummaryRow label={t('setup', 'No longer asked')}>
          {t(
            'setup',
            '{count, plural, one {# answer} other {# answers}}, kept in each case’s history, never deleted',
            { count: counts.noLongerAsked },
          )}
        </SummaryRow>
      </dl>
      {counts.unfit > 0 && (
        <WarningText>
          {t(
            'setup',
            '{count, plural, one {# answer} other {# answers}} would not be accepted by version {version} without a change: map the answer codes above, or change those answers after the move.',
            { count: counts.unfit, version: to.version },
          )}
        </WarningText>
      )}
      <RecordsMoved plan={plan} from={from} to={to} />
      {changing.length > 0 && (
        <AnswerTable
          caption={t('setup', 'Answers that change ({count})', {
            count: formatCount(changing.length),
          })}
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
            {t('setup', 'Every answer, case by case ({count})', {
              count: formatCount(plan.answers.length),
            })}
          </span>
        </summary>
        <div class="govuk-details__text">
          {showAll && (
            <AnswerTable
              caption={t('setup', 'Every answer')}
              answers={plan.answers}
              from={from}
              to={to}
            />
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
  return standard
    ? t('setup', '“{title}” ({id})', { title: standard.title, id: standardId })
    : standardId;
}

type Moved = { readonly mapped: number; readonly noLongerAsked: number };

/** Counts in words: "2 answers mapped; 1 answer on questions no longer asked, …"; noughts left out. */
function countsText(
  counts: Moved,
  mapped: (count: number) => string,
  lapsed: (count: number) => string,
): string {
  const parts = [
    counts.mapped > 0 ? mapped(counts.mapped) : '',
    counts.noLongerAsked > 0 ? lapsed(counts.noLongerAsked) : '',
  ];
  return parts.filter((p) => p !== '').join('; ');
}

function secondReadingsText(counts: Moved): string {
  return countsText(
    counts,
    (count) => t('setup', '{count, plural, one {# answer} other {# answers}} mapped', { count }),
    (count) =>
      t(
        'setup',
        '{count, plural, one {# answer} other {# answers}} on questions no longer asked, kept but no longer counted',
        { count },
      ),
  );
}

function decisionsText(counts: Moved): string {
  return countsText(
    counts,
    (count) =>
      t('setup', '{count, plural, one {# decision} other {# decisions}} mapped', { count }),
    (count) =>
      t(
        'setup',
        '{count, plural, one {# decision} other {# decisions}} on questions no longer asked, kept but no longer counted',
        { count },
      ),
  );
}

function conflictsText(counts: Moved): string {
  return countsText(
    counts,
    (count) =>
      t(
        'setup',
        '{count, plural, one {# conflict} other {# conflicts}} moved to the new question',
        {
          count,
        },
      ),
    (count) =>
      t(
        'setup',
        '{count, plural, one {# conflict} other {# conflicts}} on questions no longer asked, still open',
        { count },
      ),
  );
}

const touched = (c: { readonly mapped: number; readonly noLongerAsked: number }) =>
  c.mapped + c.noLongerAsked > 0;

/** What the move does to second readings, decisions, open conflicts and rating overrides. */
function RecordsMoved({ plan, from, to }: { plan: MigrationPlan; from: Framework; to: Framework }) {
  const { secondReadings, decisions, conflicts, overridesFollowing, overridesNoLongerApplying } =
    plan.records;
  return (
    <>
      {(touched(secondReadings) || touched(decisions) || touched(conflicts)) && (
        <dl class="govuk-summary-list">
          {touched(secondReadings) && (
            <SummaryRow label={t('setup', 'Second readings')}>
              {secondReadingsText(secondReadings)}
            </SummaryRow>
          )}
          {touched(decisions) && (
            <SummaryRow label={t('setup', 'Moderation decisions')}>
              {decisionsText(decisions)}
            </SummaryRow>
          )}
          {touched(conflicts) && (
            <SummaryRow label={t('setup', 'Open conflicts between devices')}>
              {conflictsText(conflicts)}
            </SummaryRow>
          )}
        </dl>
      )}
      {overridesFollowing.map((o) => (
        <p class="govuk-body" key={o.from}>
          {t('setup', 'The rating override of standard {from} now applies to {to}.', {
            from: standardName(from, o.from),
            to: standardName(to, o.to),
          })}
        </p>
      ))}
      {overridesNoLongerApplying.map((id) => (
        <WarningText key={id}>
          {t(
            'setup',
            'The rating override of standard {standard} no longer applies: version {version} has no such standard. It stays in the inspection’s record.',
            { standard: standardName(from, id), version: to.version },
          )}
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
            {t('setup', 'Case')}
          </th>
          <th scope="col" class="govuk-table__header">
            {t('setup', 'Question')}
          </th>
          <th scope="col" class="govuk-table__header">
            {t('setup', 'Answer now')}
          </th>
          <th scope="col" class="govuk-table__header">
            {t('setup', 'After the move')}
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
              <strong class={`govuk-tag ${OUTCOME_TAGS[a.outcome]}`}>
                {outcomeLabel(a.outcome)}
              </strong>
              {a.outcome === 'mapped' && a.toItemId && (
                <> {answerWords(to, a.toItemId, a.toValue)}</>
              )}
              {!a.fits && (
                <span class="govuk-body-s"> {t('setup', '(not accepted by the new version)')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
