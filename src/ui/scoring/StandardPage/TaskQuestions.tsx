/**
 * The questions of one standard (or the case profile) on an answering screen: each asked
 * question's block, an earlier answer kept for a question no longer asked, and the list of
 * questions not asked. The same for scoring a case and for a second reading.
 */
import type { FrameworkIndex, TaskProgress } from '../../../core';
import type { AnswerRecord } from '../../../db/database';
import { KeptAnswer, NotAskedList } from './KeptAnswer';
import { QuestionBlock, type QuestionBlockProps } from './QuestionBlock';

export function TaskQuestions({
  current,
  hidden,
  answers,
  index,
  block,
}: {
  current: TaskProgress;
  /** Every question not asked in the case as answered so far. */
  hidden: ReadonlySet<string>;
  answers: ReadonlyMap<string, AnswerRecord>;
  index: FrameworkIndex;
  /** What every question's block shares: the editor, the lock, who is scoring. */
  block: Omit<QuestionBlockProps, 'entry' | 'index' | 'stored'>;
}) {
  const items = current.task.itemIds.map((id) => index.itemById.get(id)!);
  const notAsked = current.hidden.filter(
    (id) => !answers.has(id) || answers.get(id)?.value === null,
  );
  return (
    <>
      {items.map((entry) => {
        const id = entry.item.id;
        const stored = answers.get(id);
        if (hidden.has(id)) {
          return stored && stored.value !== null ? (
            <KeptAnswer key={id} itemId={id} index={index} stored={stored} />
          ) : null;
        }
        return <QuestionBlock key={id} {...block} entry={entry} index={index} stored={stored} />;
      })}
      <NotAskedList itemIds={notAsked} index={index} />
    </>
  );
}

/** The answering screens' keyboard shortcuts, in words. */
export function KeysHelp() {
  return (
    <p class="govuk-body-s ca-keys-help" id="keys-help">
      Keyboard: <kbd class="ca-key">1</kbd>–<kbd class="ca-key">9</kbd> choose an answer,{' '}
      <kbd class="ca-key">N</kbd> N/A, <kbd class="ca-key">K</kbd> not known;{' '}
      <kbd class="ca-key">Alt</kbd>+<kbd class="ca-key">↓</kbd> / <kbd class="ca-key">↑</kbd> next
      or previous question; <kbd class="ca-key">Alt</kbd>+<kbd class="ca-key">Page Down</kbd> /{' '}
      <kbd class="ca-key">Page Up</kbd> next or previous standard.
    </p>
  );
}
