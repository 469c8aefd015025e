/**
 * The checks on applicability rules (`showWhen`, on questions, profile fields, standards and
 * sections): each refers to an item the framework has, of the right type, compares it with an
 * answer it can have, and depends only on items asked before it, with no cycles. A rule on the
 * case's area or stratum names ids the framework lists (when it lists them); `daysAfter`
 * compares two dates. Each error names the JSON path and the problem in plain words.
 */
import type { ValidationError } from '../validation/validationResult';
import { NOT_APPLICABLE, NOT_KNOWN } from './answerCodes';
import {
  COMPARISON_OPERATORS,
  type Condition,
  type Framework,
  type Named,
  type Scale,
} from './frameworkSchema';
import { type Located, quote } from './locatedItems';

/** Every comparison in a rule, with its path relative to the rule. */
function comparisons(rule: Condition, path: string): { rule: Condition; path: string }[] {
  if (rule.all) return rule.all.flatMap((c, i) => comparisons(c, `${path}.all[${i}]`));
  if (rule.any) return rule.any.flatMap((c, i) => comparisons(c, `${path}.any[${i}]`));
  if (rule.not) return comparisons(rule.not, `${path}.not`);
  return [{ rule, path }];
}

/** The items one comparison names: its subject, and the date a `daysAfter` counts from. */
function comparisonRefs(
  cmp: Condition,
  path: string,
): { ref: string; key: 'question' | 'profile'; path: string }[] {
  const refs: { ref: string; key: 'question' | 'profile'; path: string }[] = [];
  const subject = cmp.question ?? cmp.profile;
  const key = cmp.question !== undefined ? 'question' : 'profile';
  if (subject !== undefined) refs.push({ ref: subject, key, path: `${path}.${key}` });
  const from = cmp.daysAfter;
  const fromRef = from?.question ?? from?.profile;
  if (from && fromRef !== undefined) {
    const fromKey = from.question !== undefined ? 'question' : 'profile';
    refs.push({ ref: fromRef, key: fromKey, path: `${path}.daysAfter.${fromKey}` });
  }
  return refs;
}

function allowedValues(scale: Scale): Set<string> {
  const values = new Set(scale.options.map((o) => o.value));
  if (scale.allowNotApplicable) values.add(NOT_APPLICABLE);
  if (scale.allowNotKnown) values.add(NOT_KNOWN);
  return values;
}

/** Values an equals / notEquals / in comparison names, with their paths. */
function comparedValues(cmp: Condition, path: string): { value: unknown; path: string }[] {
  if (cmp.in !== undefined) return cmp.in.map((value, i) => ({ value, path: `${path}.in[${i}]` }));
  if (cmp.equals !== undefined) return [{ value: cmp.equals, path: `${path}.equals` }];
  if (cmp.notEquals !== undefined) return [{ value: cmp.notEquals, path: `${path}.notEquals` }];
  return [];
}

/** A comparison's operator and values against the item it refers to. */
function comparisonErrors(
  errors: ValidationError[],
  cmp: Condition,
  path: string,
  target: Located,
  scales: ReadonlyMap<string, Scale>,
) {
  const ref = target.item.id;
  const operator = COMPARISON_OPERATORS.find((k) => cmp[k] !== undefined);
  const kind = target.item.kind;
  if ((operator === 'gt' || operator === 'lt') && kind !== 'number') {
    errors.push({
      path: `${path}.${operator}`,
      message: `compares ${quote(ref)} as a number, but it is a ${kind} question`,
    });
  }
  if (operator === 'daysAfter' && kind !== 'date') {
    errors.push({
      path: `${path}.daysAfter`,
      message: `counts days after a date, but ${quote(ref)} is a ${kind} question, not a date`,
    });
  }
  const scaleId = target.item.scale;
  const scale = scaleId === undefined ? undefined : scales.get(scaleId);
  if (!scale) return;
  const allowed = allowedValues(scale);
  for (const { value, path: at } of comparedValues(cmp, path)) {
    if (typeof value !== 'string' || !allowed.has(value)) {
      errors.push({
        path: at,
        message: `${JSON.stringify(value)} is not an answer ${quote(ref)} can have (its scale ${quote(scale.id)} has: ${[...allowed].join(', ')})`,
      });
    }
  }
}

/** A condition on the case's area or stratum names ids the framework lists, if it lists any. */
function caseComparisonErrors(
  errors: ValidationError[],
  cmp: Condition,
  path: string,
  framework: Framework,
) {
  const fact = cmp.case;
  if (fact === undefined) return;
  const list: readonly Named[] = (fact === 'area' ? framework.areas : framework.strata) ?? [];
  const ids = new Set(list.map((entry) => entry.id));
  for (const { value, path: at } of comparedValues(cmp, path)) {
    if (typeof value !== 'string') {
      errors.push({
        path: at,
        message: `${fact === 'area' ? 'an area' : 'a stratum'} is named by its id, in quotes`,
      });
    } else if (ids.size > 0 && !ids.has(value)) {
      errors.push({
        path: at,
        message: `refers to ${fact === 'area' ? 'an area' : 'a stratum'} ${quote(value)} that this framework does not list (it has: ${[...ids].join(', ')})`,
      });
    }
  }
}

/** What a rule belongs to: an item, or a standard or section (which governs items after it). */
type RuleOwner = {
  readonly rule: Condition;
  readonly path: string;
  /** The rule may name only items asked before this place in the order. */
  readonly before: number;
  /** The item whose rule this is, for cycles; null for a standard's or section's rule. */
  readonly itemId: string | null;
};

/** One rule's items (those the framework has, of the right type), reporting the others. */
function ruleTargets(
  errors: ValidationError[],
  owner: RuleOwner,
  byId: ReadonlyMap<string, Located>,
  scales: ReadonlyMap<string, Scale>,
  framework: Framework,
): { target: Located; path: string }[] {
  const targets: { target: Located; path: string }[] = [];
  for (const { rule: cmp, path } of comparisons(owner.rule, `${owner.path}.showWhen`)) {
    caseComparisonErrors(errors, cmp, path, framework);
    comparisonRefs(cmp, path).forEach((named, i) => {
      const target = byId.get(named.ref);
      if (!target) {
        errors.push({
          path: named.path,
          message: `refers to ${named.key === 'question' ? 'a question' : 'a profile field'} ${quote(named.ref)} that this framework does not have`,
        });
        return;
      }
      if (target.type !== named.key) {
        errors.push({
          path: named.path,
          message: `${quote(named.ref)} is a ${target.type === 'profile' ? 'profile field' : 'question'}: write "${target.type}": ${quote(named.ref)}`,
        });
        return;
      }
      targets.push({ target, path: named.path });
      if (i === 0) comparisonErrors(errors, cmp, path, target, scales);
      else if (target.item.kind !== 'date') {
        errors.push({
          path: named.path,
          message: `counts days after ${quote(named.ref)}, which is a ${target.item.kind} question, not a date`,
        });
      }
    });
  }
  return targets;
}

/** Rules that depend on each other in a circle, each cycle reported once; the items in one. */
function cycleErrors(
  errors: ValidationError[],
  edges: ReadonlyMap<string, readonly string[]>,
  byId: ReadonlyMap<string, Located>,
): Set<string> {
  const inCycle = new Set<string>();
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      if (state.get(next) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        if (!cycle.some((c) => inCycle.has(c))) {
          const first = byId.get(next)!;
          errors.push({
            path: `${first.path}.showWhen`,
            message: `rules form a cycle: ${cycle.map(quote).join(' → ')}`,
          });
        }
        for (const c of cycle) inCycle.add(c);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of edges.keys()) if (!state.has(id)) visit(id);
  return inCycle;
}

/** Every rule of the framework with what it governs, in file order. */
function ruleOwners(framework: Framework): RuleOwner[] {
  const owners: RuleOwner[] = [];
  let order = framework.profile.length;
  framework.profile.forEach((field, i) => {
    if (field.showWhen)
      owners.push({ rule: field.showWhen, path: `profile[${i}]`, before: i, itemId: field.id });
  });
  framework.sections.forEach((section, s) => {
    if (section.showWhen) {
      owners.push({ rule: section.showWhen, path: `sections[${s}]`, before: order, itemId: null });
    }
    section.standards.forEach((standard, t) => {
      const path = `sections[${s}].standards[${t}]`;
      if (standard.showWhen) {
        owners.push({ rule: standard.showWhen, path, before: order, itemId: null });
      }
      standard.questions.forEach((question, q) => {
        if (question.showWhen) {
          owners.push({
            rule: question.showWhen,
            path: `${path}.questions[${q}]`,
            before: order,
            itemId: question.id,
          });
        }
        order++;
      });
    });
  });
  return owners;
}

/** Checks every rule, adding each problem to `errors` in file order. */
export function checkRules(
  errors: ValidationError[],
  framework: Framework,
  located: readonly Located[],
  scales: ReadonlyMap<string, Scale>,
) {
  const byId = new Map(located.map((l) => [l.item.id, l]));
  const edges = new Map<string, string[]>();
  const owners = ruleOwners(framework);
  const targets = owners.map((owner) => ruleTargets(errors, owner, byId, scales, framework));
  owners.forEach((owner, i) => {
    if (owner.itemId !== null) {
      edges.set(
        owner.itemId,
        targets[i]!.map((t) => t.target.item.id),
      );
    }
  });
  // Cycles first: they explain themselves better than "refers to a later question".
  const inCycle = cycleErrors(errors, edges, byId);
  owners.forEach((owner, i) => {
    if (owner.itemId !== null && inCycle.has(owner.itemId)) return;
    const governed = owner.itemId === null ? 'the questions it governs' : 'it';
    for (const { target, path } of targets[i]!) {
      if (target.order >= owner.before && target.item.id !== owner.itemId) {
        errors.push({
          path,
          message: `refers to ${quote(target.item.id)}, which comes later; a rule can only depend on items asked before ${governed}`,
        });
      }
    }
  });
}
