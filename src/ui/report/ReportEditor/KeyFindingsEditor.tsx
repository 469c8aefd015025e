/**
 * A list of key findings: each an editable sentence, flagged when its figure no longer matches
 * the data ("This sentence says 38% (23/60) but the data now gives 40% (24/60)") or its words
 * contradict its figure; below it, the sentences the data gives, ranked as suggestions (core's
 * `suggestKeyFindings`) with why each is suggested, each with an Insert button. The report prints
 * only what the lead chose. An inserted sentence becomes ordinary text the lead can edit; it
 * remembers its question, so its figure stays checked.
 */

import type { ComponentChildren } from 'preact';
import {
  type CurrentFigures,
  checkReportText,
  type KeyFinding,
  type KeyFindingSuggestion,
} from '../../../core';
import { t, tx } from '../../i18n/translate';
import { type ListChange, type ListEditing, listEditing } from './listEditing';
import { MoveAndRemove } from './MoveAndRemove';
import { TextChecks } from './TextChecks';

export type Suggestion = KeyFindingSuggestion & {
  /** The question's text, naming what the sentence is about. */
  readonly about: string;
};

/** Suggestions shown at once; the rest are a click away. */
const SHOWN = 5;

export function KeyFindingsEditor({
  id,
  items,
  figures,
  suggestions,
  where,
  onChange,
  onBlur,
  newId,
}: {
  /** Prefix of the controls' ids. */
  id: string;
  items: readonly KeyFinding[];
  figures: CurrentFigures | null;
  /** The data's sentences, most notable first. */
  suggestions: readonly Suggestion[];
  /** Whose key findings: the summary's or a chapter's. */
  where: 'summary' | 'chapter';
  /** `immediate`: a structural change (insert, move, remove), saved at once. */
  onChange: ListChange<KeyFinding>;
  onBlur: () => void;
  newId: () => string;
}) {
  const list = listEditing(items, onChange);
  const chosen = new Set(items.flatMap((item) => (item.source ? [item.source.itemId] : [])));
  return (
    <div class="ca-key-findings">
      {items.length === 0 ? (
        <p class="govuk-body ca-key-findings__empty">
          {where === 'summary'
            ? t(
                'reportScreen',
                'No key findings chosen yet: until you choose them, the report prints none for the summary and the preview shows a placeholder. Insert the suggestions below that the summary should say, or add your own.',
              )
            : t(
                'reportScreen',
                'No key findings chosen yet: until you choose them, the report prints none for this chapter and the preview shows a placeholder. Insert the suggestions below that this chapter should say, or add your own.',
              )}
        </p>
      ) : (
        <ol class="ca-key-findings__list">
          {items.map((item, i) => (
            <KeyFindingItem
              key={item.id}
              id={id}
              item={item}
              index={i}
              count={items.length}
              figures={figures}
              suggestions={suggestions}
              list={list}
              onBlur={onBlur}
            />
          ))}
        </ol>
      )}
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        onClick={() => list.add({ id: newId(), text: '', source: null })}
      >
        {t('reportScreen', 'Add a key finding of your own')}
      </button>
      <Suggestions
        suggestions={suggestions.filter((s) => !chosen.has(s.finding.itemId))}
        onInsert={(s) => list.add({ id: newId(), text: s.text, source: s.source })}
      />
    </div>
  );
}

function KeyFindingItem({
  id,
  item,
  index: i,
  count,
  figures,
  suggestions,
  list,
  onBlur,
}: {
  id: string;
  item: KeyFinding;
  index: number;
  count: number;
  figures: CurrentFigures | null;
  suggestions: readonly Suggestion[];
  list: ListEditing<KeyFinding>;
  onBlur: () => void;
}) {
  const issues = figures ? checkReportText(item.text, figures, item.source) : [];
  const stale = issues.some((issue) => issue.kind === 'stale-figure');
  const replacement = item.source
    ? suggestions.find((s) => s.finding.itemId === item.source!.itemId)
    : undefined;
  const fieldId = `${id}-${i + 1}`;
  return (
    <li class={`ca-key-findings__item${issues.length > 0 ? ' govuk-form-group--error' : ''}`}>
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for={fieldId}>
          {t('reportScreen', 'Key finding {number}', { number: i + 1 })}
        </label>
        <TextChecks
          checks={issues.map((issue) => ({
            key: `${issue.kind}-${issue.start}`,
            id: `${fieldId}-${issue.start}`,
            message: issue.message,
          }))}
        />
        <textarea
          autoComplete="off"
          class={`govuk-textarea${issues.length > 0 ? ' govuk-textarea--error' : ''}`}
          id={fieldId}
          rows={2}
          value={item.text}
          aria-describedby={
            issues.length > 0
              ? issues.map((issue) => `${fieldId}-${issue.start}`).join(' ')
              : undefined
          }
          onInput={(event) => list.patch(i, { text: (event.target as HTMLTextAreaElement).value })}
          onBlur={onBlur}
        />
      </div>
      <div class="govuk-button-group ca-key-findings__actions">
        {stale && replacement && (
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            onClick={() =>
              list.patch(i, { text: replacement.text, source: replacement.source }, true)
            }
          >
            {tx(
              'reportScreen',
              'Use the current sentence<hidden> for key finding {number}</hidden>',
              {
                number: i + 1,
                hidden: (chunks: ComponentChildren) => (
                  <span class="govuk-visually-hidden">{chunks}</span>
                ),
              },
            )}
          </button>
        )}
        <MoveAndRemove
          index={i}
          count={count}
          name={t('reportScreen', 'key finding {number}', { number: i + 1 })}
          list={list}
        />
      </div>
    </li>
  );
}

/** The suggestions not yet chosen, most notable first, each with why and an Insert button. */
function Suggestions({
  suggestions,
  onInsert,
}: {
  suggestions: readonly Suggestion[];
  onInsert: (s: Suggestion) => void;
}) {
  if (suggestions.length === 0) return null;
  const rest = suggestions.slice(SHOWN);
  return (
    <div class="ca-key-findings__suggestions">
      <h4 class="govuk-heading-s">{t('reportScreen', 'Suggested from the data')}</h4>
      <p class="govuk-hint">
        {t(
          'reportScreen',
          'Most notable first: the lowest figures, with key questions lifted and small bases last. An inserted sentence can be edited; its figure stays checked against the data.',
        )}
      </p>
      <SuggestionList suggestions={suggestions.slice(0, SHOWN)} start={1} onInsert={onInsert} />
      {rest.length > 0 && (
        <details class="govuk-details ca-key-findings__more">
          <summary class="govuk-details__summary">
            <span class="govuk-details__summary-text">
              {t('reportScreen', 'More sentences from the data ({count})', { count: rest.length })}
            </span>
          </summary>
          <div class="govuk-details__text">
            <SuggestionList suggestions={rest} start={SHOWN + 1} onInsert={onInsert} />
          </div>
        </details>
      )}
    </div>
  );
}

function SuggestionList({
  suggestions,
  start,
  onInsert,
}: {
  suggestions: readonly Suggestion[];
  start: number;
  onInsert: (s: Suggestion) => void;
}) {
  return (
    <ol class="govuk-list ca-key-findings__sentences" start={start}>
      {suggestions.map((s) => (
        <li key={s.finding.itemId} class="ca-key-findings__sentence">
          <span>{s.text}</span>
          <ul
            class="govuk-body-s ca-key-findings__reasons"
            aria-label={t('reportScreen', 'Why it is suggested')}
          >
            {s.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <button
            type="button"
            class="govuk-button govuk-button--secondary ca-key-findings__insert"
            onClick={() => onInsert(s)}
          >
            {tx('reportScreen', 'Insert<hidden> the sentence about {about}</hidden>', {
              about: s.about,
              hidden: (chunks: ComponentChildren) => (
                <span class="govuk-visually-hidden">{chunks}</span>
              ),
            })}
          </button>
        </li>
      ))}
    </ol>
  );
}
