import { answerFit, answerFitCounts, type DiffEntry, type FrameworkDiff } from '../../../core';
import { answersOnFramework } from '../../../db/frameworks/answersOnFramework';
import { useLive } from '../../hooks/useLive';
import { currentTranslator, t } from '../../i18n/translate';
import type { AnswerEffect } from './DiffTables';

const ITEM_KINDS: readonly DiffEntry['kind'][] = ['question', 'profileField'];

/**
 * What a framework's changes do to the answers already given in inspections on the earlier
 * framework: in all ("12 answers in 2 inspections would no longer fit") and per changed
 * question or profile field.
 */
export function useAnswerEffect(
  fromKey: string,
  diff: FrameworkDiff,
): { summary?: string; perEntry?: AnswerEffect } {
  const answers = useLive(() => answersOnFramework(fromKey), [fromKey]);
  if (answers.status !== 'ready') return {};
  const byItem = answers.value;
  const only = (entry: DiffEntry, removed: boolean): FrameworkDiff => ({
    ...diff,
    added: [],
    removed: removed ? [entry] : [],
    changed: removed ? [] : [entry],
  });
  const perEntry: AnswerEffect = (entry) => {
    if (!ITEM_KINDS.includes(entry.kind) || diff.added.includes(entry)) return undefined;
    const removed = diff.removed.includes(entry);
    const counts = answerFitCounts(only(entry, removed), byItem);
    if (counts.answers > 0) return answerFit(only(entry, removed), byItem, currentTranslator());
    return removed || entry.unfit ? t('frameworks', 'None given yet') : undefined;
  };
  if (Object.keys(byItem).length === 0) {
    return {
      summary: t(
        'frameworks',
        'No answers have been given against the earlier framework on this device, so none is affected.',
      ),
    };
  }
  return {
    summary: `${answerFit(diff, byItem, currentTranslator())}.`,
    perEntry,
  };
}
