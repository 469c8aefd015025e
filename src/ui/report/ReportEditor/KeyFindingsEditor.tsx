/**
 * A list of key findings: each an editable sentence, flagged when its figure no longer matches
 * the data ("This sentence says 38% (23/60) but the data now gives 40% (24/60)") or its words
 * contradict its figure; beside it, the sentences the data gives, each with an Insert button.
 * An inserted sentence becomes ordinary text the lead can edit; it remembers its question, so
 * its figure stays checked.
 */
import {
  type CurrentFigures,
  checkReportText,
  type KeyFinding,
  type ProportionFinding,
} from '../../../core';
import { type ListChange, listEditing } from './listEditing';
import { MoveAndRemove } from './MoveAndRemove';
import { TextChecks } from './TextChecks';

export type GeneratedSentence = {
  readonly finding: ProportionFinding;
  /** The question's text, naming what the sentence is about. */
  readonly about: string;
};

export function KeyFindingsEditor({
  id,
  items,
  figures,
  sentences,
  onChange,
  onBlur,
  newId,
}: {
  /** Prefix of the controls' ids. */
  id: string;
  items: readonly KeyFinding[];
  figures: CurrentFigures | null;
  sentences: readonly GeneratedSentence[];
  /** `immediate`: a structural change (insert, move, remove), saved at once. */
  onChange: ListChange<KeyFinding>;
  onBlur: () => void;
  newId: () => string;
}) {
  const current = new Map(sentences.map((s) => [s.finding.itemId, s.finding]));
  const list = listEditing(items, onChange);
  const insert = (s: GeneratedSentence) =>
    list.add({
      id: newId(),
      text: s.finding.sentence ?? '',
      source: { itemId: s.finding.itemId, side: s.finding.sentenceSide ?? 'positive' },
    });
  return (
    <div class="ca-key-findings">
      {items.length === 0 ? (
        <p class="govuk-body ca-key-findings__empty">
          No key findings written yet: the report lists the sentences the data gives. Insert
          sentences below, or add your own, to choose what it says.
        </p>
      ) : (
        <ol class="ca-key-findings__list">
          {items.map((item, i) => {
            const issues = figures ? checkReportText(item.text, figures, item.source) : [];
            const stale = issues.some((issue) => issue.kind === 'stale-figure');
            const replacement = item.source ? current.get(item.source.itemId) : undefined;
            const fieldId = `${id}-${i + 1}`;
            return (
              <li
                key={item.id}
                class={`ca-key-findings__item${issues.length > 0 ? ' govuk-form-group--error' : ''}`}
              >
                <div class="govuk-form-group">
                  <label class="govuk-label govuk-label--s" for={fieldId}>
                    Key finding {i + 1}
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
                    onInput={(event) =>
                      list.patch(i, { text: (event.target as HTMLTextAreaElement).value })
                    }
                    onBlur={onBlur}
                  />
                </div>
                <div class="govuk-button-group ca-key-findings__actions">
                  {stale && replacement?.sentence && (
                    <button
                      type="button"
                      class="govuk-button govuk-button--secondary"
                      onClick={() =>
                        list.patch(
                          i,
                          {
                            text: replacement.sentence!,
                            source: {
                              itemId: replacement.itemId,
                              side: replacement.sentenceSide ?? 'positive',
                            },
                          },
                          true,
                        )
                      }
                    >
                      Use the current sentence
                      <span class="govuk-visually-hidden"> for key finding {i + 1}</span>
                    </button>
                  )}
                  <MoveAndRemove
                    index={i}
                    count={items.length}
                    name={`key finding ${i + 1}`}
                    list={list}
                  />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        onClick={() => list.add({ id: newId(), text: '', source: null })}
      >
        Add a key finding of your own
      </button>
      {sentences.length > 0 && (
        <details class="govuk-details ca-key-findings__generated">
          <summary class="govuk-details__summary">
            <span class="govuk-details__summary-text">
              Sentences from the data ({sentences.length})
            </span>
          </summary>
          <div class="govuk-details__text">
            <ul class="govuk-list ca-key-findings__sentences">
              {sentences.map((s) => (
                <li key={s.finding.itemId} class="ca-key-findings__sentence">
                  <span>{s.finding.sentence}</span>{' '}
                  <button
                    type="button"
                    class="govuk-button govuk-button--secondary ca-key-findings__insert"
                    onClick={() => insert(s)}
                  >
                    Insert<span class="govuk-visually-hidden"> the sentence about {s.about}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </details>
      )}
    </div>
  );
}
