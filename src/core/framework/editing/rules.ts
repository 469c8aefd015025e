/**
 * Every applicability rule of a framework, walked and rewritten: on questions and profile
 * fields, and on standards and sections. The editor uses it to keep rules right when an id or
 * an answer code is renamed, and to say what a removal would leave behind.
 */
import type { Condition, Framework } from '../frameworkSchema';

/** One comparison of a rule (no `all`, `any` or `not`). */
export type RuleLeaf = Condition;

type RuleHolder = { showWhen?: Condition };

/** The rule with each comparison replaced by what `leaf` makes of it. */
export function mapCondition(rule: Condition, leaf: (c: RuleLeaf) => Condition): Condition {
  if (rule.all) return { ...rule, all: rule.all.map((c) => mapCondition(c, leaf)) };
  if (rule.any) return { ...rule, any: rule.any.map((c) => mapCondition(c, leaf)) };
  if (rule.not) return { ...rule, not: mapCondition(rule.not, leaf) };
  return leaf(rule);
}

/** Every comparison in a rule, in order. */
export function leavesOf(rule: Condition): RuleLeaf[] {
  if (rule.all) return rule.all.flatMap(leavesOf);
  if (rule.any) return rule.any.flatMap(leavesOf);
  if (rule.not) return leavesOf(rule.not);
  return [rule];
}

/** The items (question or profile field ids) a comparison names. */
export function itemsNamed(leaf: RuleLeaf): string[] {
  const ids = [leaf.question, leaf.profile, leaf.daysAfter?.question, leaf.daysAfter?.profile];
  return ids.filter((id): id is string => id !== undefined);
}

function mapHolder<T>(holder: T, leaf: (c: RuleLeaf) => Condition): T {
  const rule = (holder as RuleHolder).showWhen;
  if (rule === undefined) return holder;
  const next = mapCondition(rule, leaf);
  return JSON.stringify(next) === JSON.stringify(rule) ? holder : { ...holder, showWhen: next };
}

/** The framework with every comparison of every rule passed through `leaf`. */
export function mapRules(framework: Framework, leaf: (c: RuleLeaf) => Condition): Framework {
  return {
    ...framework,
    profile: framework.profile.map((field) => mapHolder(field, leaf)),
    sections: framework.sections.map((section) =>
      mapHolder(
        {
          ...section,
          standards: section.standards.map((standard) =>
            mapHolder(
              { ...standard, questions: standard.questions.map((q) => mapHolder(q, leaf)) },
              leaf,
            ),
          ),
        },
        leaf,
      ),
    ),
  };
}

/** Every rule holder of a framework with its own rule, in order (for counting). */
export function everyRule(framework: Framework): { id: string; rule: Condition }[] {
  const out: { id: string; rule: Condition }[] = [];
  const add = (id: string, holder: RuleHolder) => {
    if (holder.showWhen) out.push({ id, rule: holder.showWhen });
  };
  for (const field of framework.profile) add(field.id, field);
  for (const section of framework.sections) {
    add(section.id, section as RuleHolder);
    for (const standard of section.standards) {
      add(standard.id, standard as RuleHolder);
      for (const question of standard.questions) add(question.id, question);
    }
  }
  return out;
}

/** How many rules (other than those of `except`) name any of these items. */
export function rulesNaming(
  framework: Framework,
  itemIds: ReadonlySet<string>,
  except: ReadonlySet<string> = new Set(),
): number {
  return everyRule(framework).filter(
    ({ id, rule }) =>
      !except.has(id) &&
      leavesOf(rule).some((leaf) => itemsNamed(leaf).some((i) => itemIds.has(i))),
  ).length;
}
