/**
 * How the entries of a framework diff read on the screens: what kind of part each is, its
 * wording in the framework it belongs to, and which group of changes it falls under.
 */
import type { DiffEntry, Framework } from '../../../core';

export const KIND_WORDS: Record<DiffEntry['kind'], string> = {
  question: 'Question',
  profileField: 'Profile field',
  standard: 'Standard',
  section: 'Section',
  scale: 'Answer scale',
  ratings: 'Rating rules',
  translations: 'Welsh text',
};

/** The groups of changed entries, weightiest first; an entry shows in the first that fits. */
export const CHANGE_GROUPS = [
  {
    id: 'meaning',
    title: 'Changed in meaning',
    hint: 'Answers, rules, key question, kind or ratings changed: existing answers may no longer fit or count the same.',
    changes: ['answers', 'rule', 'key', 'kind', 'ratings'],
  },
  { id: 'moved', title: 'Moved', hint: 'In another place in the framework.', changes: ['moved'] },
  {
    id: 'reworded',
    title: 'Reworded',
    hint: 'Wording only: the text, guidance, prompts or finding wording.',
    changes: ['reworded'],
  },
] as const;

export type ChangeGroupId = (typeof CHANGE_GROUPS)[number]['id'];

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
