/**
 * Renaming an id or an answer code, and every place that names it: an item's id in the rules
 * that look at it, a scale's id in the items on it, an option's code in the rules that compare
 * with it, an area's or stratum's id in the rules on the case.
 *
 * The entry is named by its place, and what names it follows only while the rename is
 * unambiguous (the old id was the only one, the new one is not taken): so an id typed letter by
 * letter that passes through another entry's id never ties the two together.
 */
import { listQuestions } from '../frameworkItems';
import type { Condition, Framework } from '../frameworkSchema';
import { updateProfileField } from './items';
import { mapRules, type RuleLeaf } from './rules';
import { updateOption, updateScale } from './scales';
import { type QuestionRef, updateQuestion } from './structure';

export type ItemPlace =
  | { readonly type: 'profile'; readonly at: number }
  | ({ readonly type: 'question' } & QuestionRef);

function unambiguous(ids: readonly string[], from: string, to: string): boolean {
  return ids.filter((id) => id === from).length === 1 && !ids.includes(to);
}

function renameIn(leaf: RuleLeaf, from: string, to: string): RuleLeaf {
  const next: RuleLeaf = { ...leaf };
  if (next.question === from) next.question = to;
  if (next.profile === from) next.profile = to;
  if (next.daysAfter) {
    const other = { ...next.daysAfter };
    if (other.question === from) other.question = to;
    if (other.profile === from) other.profile = to;
    next.daysAfter = other;
  }
  return next;
}

function itemAt(framework: Framework, place: ItemPlace) {
  return place.type === 'profile'
    ? framework.profile[place.at]
    : framework.sections[place.section]?.standards[place.standard]?.questions[place.question];
}

/** The question or profile field at `place` renamed to `to`, and every rule that names it. */
export function renameItem(framework: Framework, place: ItemPlace, to: string): Framework {
  const from = itemAt(framework, place)?.id;
  if (from === undefined || from === to) return framework;
  const ids = [...framework.profile, ...listQuestions(framework)].map((i) => i.id);
  const renamed = unambiguous(ids, from, to)
    ? mapRules(framework, (leaf) => renameIn(leaf, from, to))
    : framework;
  return place.type === 'profile'
    ? updateProfileField(renamed, place.at, (f) => ({ ...f, id: to }))
    : updateQuestion(renamed, place, (q) => ({ ...q, id: to }));
}

/** The scale at `at` renamed, and every question and profile field on it. */
export function renameScale(framework: Framework, at: number, to: string): Framework {
  const from = framework.scales[at]?.id;
  if (from === undefined || from === to) return framework;
  const renamed = updateScale(framework, at, (s) => ({ ...s, id: to }));
  if (
    !unambiguous(
      framework.scales.map((s) => s.id),
      from,
      to,
    )
  )
    return renamed;
  const onScale = <T extends { scale?: string | undefined }>(item: T): T =>
    item.scale === from ? { ...item, scale: to } : item;
  return {
    ...renamed,
    profile: renamed.profile.map(onScale),
    sections: renamed.sections.map((section) => ({
      ...section,
      standards: section.standards.map((standard) => ({
        ...standard,
        questions: standard.questions.map(onScale),
      })),
    })),
  };
}

function renameValue<T>(value: T, from: string, to: string): T {
  return (value === from ? to : value) as T;
}

function renameCompared(leaf: RuleLeaf, from: string, to: string): RuleLeaf {
  const next: RuleLeaf = { ...leaf };
  if (next.equals !== undefined) next.equals = renameValue(next.equals, from, to);
  if (next.notEquals !== undefined) next.notEquals = renameValue(next.notEquals, from, to);
  if (next.in !== undefined) next.in = next.in.map((v) => renameValue(v, from, to));
  return next;
}

/**
 * An answer code of a scale renamed, and every rule that compares an item on that scale with
 * it (`equals`, `notEquals`, `in`).
 */
export function renameOption(
  framework: Framework,
  scaleAt: number,
  at: number,
  to: string,
): Framework {
  const scale = framework.scales[scaleAt];
  const from = scale?.options[at]?.value;
  if (!scale || from === undefined || from === to) return framework;
  const renamed = updateOption(framework, scaleAt, at, (o) => ({ ...o, value: to }));
  if (
    !unambiguous(
      scale.options.map((o) => o.value),
      from,
      to,
    )
  )
    return renamed;
  const onScale = new Set(
    [...framework.profile, ...listQuestions(framework)]
      .filter((item) => item.scale === scale.id)
      .map((item) => item.id),
  );
  return mapRules(renamed, (leaf): Condition => {
    const subject = leaf.question ?? leaf.profile;
    return subject !== undefined && onScale.has(subject) ? renameCompared(leaf, from, to) : leaf;
  });
}

/** An area's or a stratum's id renamed, and every rule on the case that names it. */
export function renameNamed(
  framework: Framework,
  list: 'areas' | 'strata',
  at: number,
  to: string,
): Framework {
  const entries = framework[list] ?? [];
  const from = entries[at]?.id;
  if (from === undefined || from === to) return framework;
  const renamed = {
    ...framework,
    [list]: entries.map((e, i) => (i === at ? { ...e, id: to } : e)),
  };
  if (
    !unambiguous(
      entries.map((e) => e.id),
      from,
      to,
    )
  )
    return renamed;
  const subject = list === 'areas' ? 'area' : 'stratum';
  return mapRules(
    renamed,
    (leaf): Condition => (leaf.case === subject ? renameCompared(leaf, from, to) : leaf),
  );
}
