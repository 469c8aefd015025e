/**
 * Rules a framework must follow beyond its shape: unique ids, rules that refer to earlier items
 * and real option values, no cycles, bands that cover 0–100% without gaps or overlaps, key
 * questions that can be counted. Each error names the JSON path and the problem in plain words.
 */
import { plural } from '../phrasing/plural';
import type { ValidationError } from '../validation/validationResult';
import { NOT_APPLICABLE, NOT_KNOWN } from './answerCodes';
import {
  COMPARISON_OPERATORS,
  type Condition,
  type Framework,
  type ProfileField,
  type Question,
  SCALED_KINDS,
  type Scale,
} from './frameworkSchema';

type Located = {
  readonly type: 'profile' | 'question';
  readonly item: ProfileField | Question;
  readonly path: string;
  readonly order: number;
};

function quote(id: string): string {
  return `"${id}"`;
}

function checkUnique(
  errors: ValidationError[],
  entries: readonly { id: string; path: string }[],
  what: string,
) {
  const seen = new Map<string, string>();
  for (const { id, path } of entries) {
    const first = seen.get(id);
    if (first !== undefined) {
      errors.push({
        path: `${path}.id`,
        message: `${what} id ${quote(id)} is used twice (first at ${first})`,
      });
    } else seen.set(id, path);
  }
}

function locateItems(framework: Framework): Located[] {
  const located: Located[] = [];
  framework.profile.forEach((item, i) => {
    located.push({ type: 'profile', item, path: `profile[${i}]`, order: located.length });
  });
  framework.sections.forEach((section, s) => {
    section.standards.forEach((standard, t) => {
      standard.questions.forEach((item, q) => {
        located.push({
          type: 'question',
          item,
          path: `sections[${s}].standards[${t}].questions[${q}]`,
          order: located.length,
        });
      });
    });
  });
  return located;
}

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

function checkRules(
  errors: ValidationError[],
  located: readonly Located[],
  scales: ReadonlyMap<string, Scale>,
) {
  const byId = new Map(located.map((l) => [l.item.id, l]));
  const edges = new Map<string, string[]>();

  for (const owner of located) {
    const rule = owner.item.showWhen;
    if (!rule) continue;
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
    edges.set(owner.item.id, targets);
  }

  // Cycles first: they explain themselves better than "refers to a later question".
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

function checkRating(errors: ValidationError[], framework: Framework) {
  const rating = framework.rating;
  if (!rating) return;
  const sorted = rating.bands
    .map((band, i) => ({ band, i }))
    .sort((a, b) => a.band.minPercent - b.band.minPercent);
  sorted.forEach(({ band, i }) => {
    if (band.minPercent >= band.maxPercent) {
      errors.push({ path: `rating.bands[${i}]`, message: 'minPercent must be below maxPercent' });
    }
  });
  // An upside-down band is reported once above, not again as overlaps and gaps.
  const bands = sorted.filter(({ band }) => band.minPercent < band.maxPercent);
  const first = bands[0];
  if (first && first.band.minPercent !== 0) {
    errors.push({
      path: `rating.bands[${first.i}].minPercent`,
      message: `the bands leave a gap: nothing covers 0% to ${first.band.minPercent}%`,
    });
  }
  for (let k = 1; k < bands.length; k++) {
    const prev = bands[k - 1]!;
    const next = bands[k]!;
    if (next.band.minPercent < prev.band.maxPercent) {
      errors.push({
        path: `rating.bands[${next.i}].minPercent`,
        message: `bands overlap: ${quote(prev.band.label)} runs to ${prev.band.maxPercent}% but ${quote(next.band.label)} starts at ${next.band.minPercent}%`,
      });
    } else if (next.band.minPercent > prev.band.maxPercent) {
      errors.push({
        path: `rating.bands[${next.i}].minPercent`,
        message: `the bands leave a gap between ${prev.band.maxPercent}% and ${next.band.minPercent}%`,
      });
    }
  }
  const last = bands[bands.length - 1];
  if (last && last.band.maxPercent !== 100) {
    errors.push({
      path: `rating.bands[${last.i}].maxPercent`,
      message: `the bands leave a gap: nothing covers ${last.band.maxPercent}% to 100%`,
    });
  }

  const overall = rating.overall;
  if (!overall) return;
  const ratedStandards = framework.sections
    .flatMap((s) => s.standards)
    .filter((st) => (st.ratedBy ?? 'key-questions') !== 'not-rated').length;
  const maxPoints = ratedStandards * Math.max(...rating.bands.map((b) => b.points));
  const sortedPoints = overall.bands
    .map((band, i) => ({ band, i }))
    .sort((a, b) => a.band.minPoints - b.band.minPoints);
  sortedPoints.forEach(({ band, i }) => {
    if (band.minPoints > band.maxPoints) {
      errors.push({
        path: `rating.overall.bands[${i}]`,
        message: 'minPoints must not be above maxPoints',
      });
    }
  });
  const points = sortedPoints.filter(({ band }) => band.minPoints <= band.maxPoints);
  const firstPoints = points[0];
  if (firstPoints && firstPoints.band.minPoints !== 0) {
    errors.push({
      path: `rating.overall.bands[${firstPoints.i}].minPoints`,
      message:
        firstPoints.band.minPoints === 1
          ? 'the overall bands leave a gap: nothing covers 0 points'
          : `the overall bands leave a gap: nothing covers 0 to ${firstPoints.band.minPoints - 1} points`,
    });
  }
  for (let k = 1; k < points.length; k++) {
    const prev = points[k - 1]!;
    const next = points[k]!;
    if (next.band.minPoints <= prev.band.maxPoints) {
      errors.push({
        path: `rating.overall.bands[${next.i}].minPoints`,
        message: `overall bands overlap: ${quote(prev.band.rating)} runs to ${prev.band.maxPoints} points but ${quote(next.band.rating)} starts at ${next.band.minPoints}`,
      });
    } else if (next.band.minPoints > prev.band.maxPoints + 1) {
      errors.push({
        path: `rating.overall.bands[${next.i}].minPoints`,
        message: `the overall bands leave a gap between ${prev.band.maxPoints} and ${next.band.minPoints} points`,
      });
    }
  }
  const lastPoints = points[points.length - 1];
  if (lastPoints && lastPoints.band.maxPoints !== maxPoints) {
    errors.push({
      path: `rating.overall.bands[${lastPoints.i}].maxPoints`,
      message: `the overall bands should end at ${maxPoints} points (${plural(ratedStandards, 'rated standard')} × ${plural(maxPoints / Math.max(ratedStandards, 1), 'point')}), not ${lastPoints.band.maxPoints}`,
    });
  }
}

/** Checks everything the schema cannot. Returns every problem found, in file order. */
export function checkFramework(framework: Framework): ValidationError[] {
  const errors: ValidationError[] = [];
  const scales = new Map(framework.scales.map((s) => [s.id, s]));
  const located = locateItems(framework);

  checkUnique(
    errors,
    framework.scales.map((s, i) => ({ id: s.id, path: `scales[${i}]` })),
    'scale',
  );
  framework.scales.forEach((scale, i) => {
    checkUnique(
      errors,
      scale.options.map((o, k) => ({ id: o.value, path: `scales[${i}].options[${k}]` })),
      'option value',
    );
  });
  checkUnique(
    errors,
    framework.sections.map((s, i) => ({ id: s.id, path: `sections[${i}]` })),
    'section',
  );
  checkUnique(
    errors,
    framework.sections.flatMap((s, i) =>
      s.standards.map((st, t) => ({ id: st.id, path: `sections[${i}].standards[${t}]` })),
    ),
    'standard',
  );
  checkUnique(
    errors,
    located.map((l) => ({ id: l.item.id, path: l.path })),
    'question or profile field',
  );
  checkUnique(
    errors,
    (framework.areas ?? []).map((a, i) => ({ id: a.id, path: `areas[${i}]` })),
    'area',
  );
  checkUnique(
    errors,
    (framework.strata ?? []).map((a, i) => ({ id: a.id, path: `strata[${i}]` })),
    'stratum',
  );

  for (const { item, path } of located) {
    if (item.scale !== undefined && !scales.has(item.scale)) {
      errors.push({
        path: `${path}.scale`,
        message: `refers to a scale ${quote(item.scale)} that this framework does not have`,
      });
    }
  }

  framework.sections.forEach((section, s) => {
    if (section.standards.length === 0) {
      errors.push({
        path: `sections[${s}].standards`,
        message: `section ${quote(section.id)} is empty: it needs at least one standard`,
      });
    }
    section.standards.forEach((standard, t) => {
      const path = `sections[${s}].standards[${t}]`;
      const ratedBy = standard.ratedBy ?? 'key-questions';
      if (standard.questions.length === 0 && ratedBy !== 'lead-judgement') {
        errors.push({
          path: `${path}.questions`,
          message: `standard ${quote(standard.id)} is empty: it needs at least one question`,
        });
      }
      standard.questions.forEach((question, q) => {
        if (!question.key) return;
        const qPath = `${path}.questions[${q}]`;
        if (
          !(SCALED_KINDS as readonly string[]).includes(question.kind) ||
          question.kind === 'multichoice'
        ) {
          errors.push({
            path: `${qPath}.key`,
            message: `a key question must be a judgement, rating or choice question, not ${question.kind}`,
          });
          return;
        }
        const scale = question.scale === undefined ? undefined : scales.get(question.scale);
        if (scale && !scale.options.some((o) => o.meaning === 'positive')) {
          errors.push({
            path: `${qPath}.scale`,
            message: `key question ${quote(question.id)} uses scale ${quote(scale.id)}, which has no positive option, so it can never be counted`,
          });
        }
      });
      if (
        framework.rating?.standardRule === 'lowest-key-question' &&
        ratedBy === 'key-questions' &&
        standard.questions.length > 0 &&
        !standard.questions.some((q) => q.key)
      ) {
        errors.push({
          path: `${path}.questions`,
          message: `standard ${quote(standard.id)} is rated from its key questions but has none (mark some "key": true, or set "ratedBy")`,
        });
      }
    });
  });

  checkRules(errors, located, scales);
  checkRating(errors, framework);
  return errors;
}
