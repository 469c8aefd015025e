/**
 * The checks on applicability rules (`showWhen`): each refers to an item the framework has, of
 * the right type, compares it with an answer it can have, and depends only on items asked
 * before it, with no cycles. Each error names the JSON path and the problem in plain words.
 */
import type { ValidationError } from '../validation/validationResult';
import { NOT_APPLICABLE, NOT_KNOWN } from './answerCodes';
import { COMPARISON_OPERATORS, type Condition, type Scale } from './frameworkSchema';
import { type Located, quote } from './locatedItems';

/** Every comparison in a rule, with its path relative to the rule. */
function comparisons(rule: Condition, path: string): { rule: Condition; path: string }[] {
  if (rule.all) return rule.all.flatMap((c, i) => comparisons(c, `${path}.all[${i}]`));
  if (rule.any) return rule.any.flatMap((c, i) => comparisons(c, `${path}.any[${i}]`));
  if (rule.not) return comparisons(rule.not, `${path}.not`);
  return [{ rule, path }];
}

function allowedValues(scale: Scale): Set<string> {
  const values = new Set(scale.options.map((o) => o.value));
  if (scale.allowNotApplicable) values.add(NOT_APPLICABLE);
  if (scale.allowNotKnown) values.add(NOT_KNOWN);
  return values;
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
  if (operator === 'equals' || operator === 'notEquals' || operator === 'in') {
    const scaleId = target.item.scale;
    const scale = scaleId === undefined ? undefined : scales.get(scaleId);
    if (scale) {
      const allowed = allowedValues(scale);
      const compared = operator === 'in' ? (cmp.in ?? []) : [cmp[operator]];
      compared.forEach((value, i) => {
        if (typeof value !== 'string' || !allowed.has(value)) {
          errors.push({
            path: operator === 'in' ? `${path}.in[${i}]` : `${path}.${operator}`,
            message: `${JSON.stringify(value)} is not an answer ${quote(ref)} can have (its scale ${quote(scale.id)} has: ${[...allowed].join(', ')})`,
          });
        }
      });
    }
  }
}

/** One item's rule: the items it refers to (those the framework has, of the right type). */
function ruleTargets(
  errors: ValidationError[],
  owner: Located,
  rule: Condition,
  byId: ReadonlyMap<string, Located>,
  scales: ReadonlyMap<string, Scale>,
): string[] {
  const targets: string[] = [];
  for (const { rule: cmp, path } of comparisons(rule, `${owner.path}.showWhen`)) {
    const refKey = cmp.question !== undefined ? 'question' : 'profile';
    const ref = cmp.question ?? cmp.profile;
    if (ref === undefined) continue;
    const target = byId.get(ref);
    if (!target) {
      errors.push({
        path: `${path}.${refKey}`,
        message: `refers to ${refKey === 'question' ? 'a question' : 'a profile field'} ${quote(ref)} that this framework does not have`,
      });
      continue;
    }
    if (target.type !== refKey) {
      errors.push({
        path: `${path}.${refKey}`,
        message: `${quote(ref)} is a ${target.type === 'profile' ? 'profile field' : 'question'}: write "${target.type}": ${quote(ref)}`,
      });
      continue;
    }
    targets.push(ref);
    comparisonErrors(errors, cmp, path, target, scales);
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

/** Checks every item's rule, adding each problem to `errors` in file order. */
export function checkRules(
  errors: ValidationError[],
  located: readonly Located[],
  scales: ReadonlyMap<string, Scale>,
) {
  const byId = new Map(located.map((l) => [l.item.id, l]));
  const edges = new Map<string, string[]>();
  for (const owner of located) {
    const rule = owner.item.showWhen;
    if (rule) edges.set(owner.item.id, ruleTargets(errors, owner, rule, byId, scales));
  }
  // Cycles first: they explain themselves better than "refers to a later question".
  const inCycle = cycleErrors(errors, edges, byId);
  for (const owner of located) {
    if (inCycle.has(owner.item.id) || !owner.item.showWhen) continue;
    for (const { rule: cmp, path } of comparisons(owner.item.showWhen, `${owner.path}.showWhen`)) {
      const ref = cmp.question ?? cmp.profile;
      const target = ref === undefined ? undefined : byId.get(ref);
      if (target && target.order > owner.order) {
        errors.push({
          path: `${path}.${target.type}`,
          message: `refers to ${quote(target.item.id)}, which comes later; a rule can only depend on items asked before it`,
        });
      }
    }
  }
}
