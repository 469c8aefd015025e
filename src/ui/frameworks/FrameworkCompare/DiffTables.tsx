import type { DiffEntry, Framework, FrameworkDiff } from '../../../core';
import { t } from '../../i18n/translate';
import {
  CHANGE_GROUPS,
  changeGroupWords,
  changeWords,
  groupOf,
  kindWords,
  partWording,
} from './diffWords';

/** What a change does to the answers already given, in words (none when it does nothing). */
export type AnswerEffect = (entry: DiffEntry) => string | undefined;

/**
 * The differences between two frameworks as GOV.UK tables: added, removed, then the changed
 * parts grouped by weight (changed in meaning, moved, reworded), each with what changed and, when
 * known, what it does to the answers already given.
 */
export function DiffTables({
  diff,
  from,
  to,
  effect,
  headingLevel = 2,
}: {
  diff: FrameworkDiff;
  from: Framework;
  to: Framework;
  effect?: AnswerEffect;
  headingLevel?: 2 | 3;
}) {
  const total = diff.added.length + diff.removed.length + diff.changed.length;
  if (total === 0) {
    return (
      <p class="govuk-body">
        {t('frameworks', 'No differences: the two frameworks ask the same.')}
      </p>
    );
  }
  const groups = [
    {
      id: 'added',
      title: t('frameworks', 'Added'),
      hint: t('frameworks', 'New in the later framework.'),
      entries: diff.added,
      in: to,
    },
    {
      id: 'removed',
      title: t('frameworks', 'Removed'),
      hint: t('frameworks', 'No longer asked. Answers already given stay in each case’s history.'),
      entries: diff.removed,
      in: from,
    },
    ...CHANGE_GROUPS.map((g) => ({
      id: g.id,
      ...changeGroupWords(g.id),
      entries: diff.changed.filter((e) => groupOf(e) === g.id),
      in: to,
    })),
  ];
  return (
    <>
      <p class="govuk-body">
        {t(
          'frameworks',
          '{added, plural, one {# part} other {# parts}} added, {removed, plural, one {# part} other {# parts}} removed, {changed, plural, one {# part} other {# parts}} changed.',
          {
            added: diff.added.length,
            removed: diff.removed.length,
            changed: diff.changed.length,
          },
        )}
      </p>
      {groups
        .filter((g) => g.entries.length > 0)
        .map((g) => (
          <DiffGroup
            key={g.id}
            id={`diff-${g.id}`}
            title={g.title}
            hint={g.hint}
            entries={g.entries}
            framework={g.in}
            effect={effect}
            headingLevel={headingLevel}
          />
        ))}
    </>
  );
}

/** Answers belong to questions and profile fields; other parts count through them. */
function effectText(entry: DiffEntry, effect: AnswerEffect): string {
  if (entry.kind !== 'question' && entry.kind !== 'profileField') {
    return t('frameworks', 'Counted under its questions');
  }
  return effect(entry) ?? t('frameworks', 'Not affected');
}

function DiffGroup({
  id,
  title,
  hint,
  entries,
  framework,
  effect,
  headingLevel,
}: {
  id: string;
  title: string;
  hint: string;
  entries: readonly DiffEntry[];
  framework: Framework;
  effect: AnswerEffect | undefined;
  headingLevel: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={id}>
      <Heading class="govuk-heading-m" id={id}>
        {title} ({entries.length})
      </Heading>
      <p class="govuk-body-s">{hint}</p>
      <table class="govuk-table" aria-labelledby={id}>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {t('frameworks', 'Part')}
            </th>
            <th scope="col" class="govuk-table__header">
              {t('frameworks', 'What changed')}
            </th>
            {effect && (
              <th scope="col" class="govuk-table__header">
                {t('frameworks', 'Answers already given')}
              </th>
            )}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {entries.map((entry) => (
            <tr class="govuk-table__row" key={`${entry.kind}:${entry.id}`}>
              <td class="govuk-table__cell">
                {kindWords(entry.kind)} <code class="ca-code">{entry.id}</code>
                {partWording(framework, entry) && (
                  <>
                    <br />
                    <span class="govuk-body-s">{partWording(framework, entry)}</span>
                  </>
                )}
              </td>
              <td class="govuk-table__cell">
                {entry.details.length > 0 ? (
                  <ul class="govuk-list govuk-body-s">
                    {entry.details.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                ) : (
                  entry.changes.map(changeWords).join(', ')
                )}
              </td>
              {effect && <td class="govuk-table__cell">{effectText(entry, effect)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
