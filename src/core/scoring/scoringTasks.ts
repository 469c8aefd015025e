/**
 * The tasks of scoring a case, in the order a task list shows them: the case profile first (if
 * the framework has profile fields), then every standard that has questions, section by section.
 * Standards without questions (rated by the lead's judgement) are not tasks for an inspector.
 */
import type { FrameworkIndex } from '../framework/frameworkItems';
import type { Section, Standard } from '../framework/frameworkSchema';

export type ScoringTask =
  | {
      readonly kind: 'profile';
      readonly id: 'profile';
      readonly title: string;
      readonly itemIds: readonly string[];
    }
  | {
      readonly kind: 'standard';
      readonly id: string;
      readonly title: string;
      readonly section: Section;
      readonly standard: Standard;
      readonly itemIds: readonly string[];
    };

export const PROFILE_TASK_TITLE = 'Case profile';

const cache = new WeakMap<FrameworkIndex, readonly ScoringTask[]>();

export function scoringTasks(index: FrameworkIndex): readonly ScoringTask[] {
  const cached = cache.get(index);
  if (cached) return cached;
  const tasks: ScoringTask[] = [];
  const { framework } = index;
  if (framework.profile.length > 0) {
    tasks.push({
      kind: 'profile',
      id: 'profile',
      title: PROFILE_TASK_TITLE,
      itemIds: framework.profile.map((field) => field.id),
    });
  }
  for (const section of framework.sections) {
    for (const standard of section.standards) {
      if (standard.questions.length === 0) continue;
      tasks.push({
        kind: 'standard',
        id: standard.id,
        title: standard.title,
        section,
        standard,
        itemIds: standard.questions.map((q) => q.id),
      });
    }
  }
  cache.set(index, tasks);
  return tasks;
}

/** The task that asks an item: the profile, or the item's standard. */
export function taskOfItem(index: FrameworkIndex, itemId: string): ScoringTask | undefined {
  const entry = index.itemById.get(itemId);
  if (!entry) return undefined;
  const id = entry.type === 'profile' ? 'profile' : entry.standard.id;
  return scoringTasks(index).find(
    (task) => task.id === id && task.kind === (entry.type === 'profile' ? 'profile' : 'standard'),
  );
}
