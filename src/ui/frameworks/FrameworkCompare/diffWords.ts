/**
 * How the entries of a framework diff read on the screens: what kind of part each is, its
 * wording in the framework it belongs to, and which group of changes it falls under.
 */
import type { DiffEntry, Framework } from '../../../core';
import { t } from '../../i18n/translate';

/** What kind of part an entry is, in the language chosen. */
export function kindWords(kind: DiffEntry['kind']): string {
  switch (kind) {
    case 'question':
      return t('frameworks', 'Question');
    case 'profileField':
      return t('frameworks', 'Profile field');
    case 'standard':
      return t('frameworks', 'Standard');
    case 'section':
      return t('frameworks', 'Section');
    case 'scale':
      return t('frameworks', 'Answer scale');
    case 'ratings':
      return t('frameworks', 'Rating rules');
    case 'translations':
      return t('frameworks', 'Welsh text');
  }
}

/** One kind of change, as the list of what changed says it. */
export function changeWords(change: DiffEntry['changes'][number]): string {
  switch (change) {
    case 'moved':
      return t('frameworks', 'moved');
    case 'reworded':
      return t('frameworks', 'reworded');
    case 'answers':
      return t('frameworks', 'answers');
    case 'rule':
      return t('frameworks', 'rule');
    case 'key':
      return t('frameworks', 'key');
    case 'kind':
      return t('frameworks', 'kind');
    case 'ratings':
      return t('frameworks', 'ratings');
  }
}

/** The groups of changed entries, weightiest first; an entry shows in the first that fits. */
export const CHANGE_GROUPS = [
  { id: 'meaning', changes: ['answers', 'rule', 'key', 'kind', 'ratings'] },
  { id: 'moved', changes: ['moved'] },
  { id: 'reworded', changes: ['reworded'] },
] as const;

export type ChangeGroupId = (typeof CHANGE_GROUPS)[number]['id'];

/** A group's heading and the hint under it, in the language chosen. */
export function changeGroupWords(id: ChangeGroupId): { title: string; hint: string } {
  switch (id) {
    case 'meaning':
      return {
        title: t('frameworks', 'Changed in meaning'),
        hint: t(
          'frameworks',
          'Answers, rules, key question, kind or ratings changed: existing answers may no longer fit or count the same.',
        ),
      };
    case 'moved':
      return {
        title: t('frameworks', 'Moved'),
        hint: t('frameworks', 'In another place in the framework.'),
      };
    case 'reworded':
      return {
        title: t('frameworks', 'Reworded'),
        hint: t('frameworks', 'Wording only: the text, guidance, prompts or finding wording.'),
      };
  }
}

export function groupOf(entry: DiffEntry): ChangeGroupId {
  const group = CHANGE_GROUPS.find((g) =>
    entry.changes.some((c) => (g.changes as readonly string[]).includes(c)),
  );
  return group?.id ?? 'reworded';
}

/**
 * The words a part goes by in a framework: a question's or profile field's text, a standard's
 * or section's title, a scale's label. Tolerant of a draft that does not pass its checks yet.
 */
export function partWording(framework: Framework, entry: DiffEntry): string | undefined {
  const sections = framework.sections ?? [];
  if (entry.kind === 'section') return sections.find((s) => s.id === entry.id)?.title;
  const standards = sections.flatMap((s) => s.standards ?? []);
  if (entry.kind === 'standard') return standards.find((s) => s.id === entry.id)?.title;
  if (entry.kind === 'question') {
    return standards.flatMap((s) => s.questions ?? []).find((q) => q.id === entry.id)?.text;
  }
  if (entry.kind === 'profileField') return framework.profile?.find((p) => p.id === entry.id)?.text;
  if (entry.kind === 'scale') return framework.scales?.find((s) => s.id === entry.id)?.label;
  return undefined;
}
