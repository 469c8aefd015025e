/**
 * The questions of one standard (or the case profile) on an answering screen: each asked
 * question's block, an earlier answer kept for a question no longer asked, and the list of
 * questions not asked. The same for scoring a case and for a second reading.
 */
import type { ComponentChildren } from 'preact';
import type { FrameworkIndex, TaskProgress } from '../../../core';
import type { AnswerRecord } from '../../../db/database';
import { tx } from '../../i18n/translate';
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
      {tx(
        'scoring',
        'Keyboard: <key>1</key>–<key>9</key> choose an answer, <key>N</key> N/A, <key>K</key> not known; <key>Alt</key>+<key>↓</key> / <key>↑</key> next or previous question; <key>Alt</key>+<key>Page Down</key> / <key>Page Up</key> next or previous standard.',
        { key: (chunks: ComponentChildren) => <kbd class="ca-key">{chunks}</kbd> },
      )}
    </p>
  );
}
