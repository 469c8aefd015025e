/**
 * Rules a framework must follow beyond its shape: unique ids, rules that refer to earlier items
 * and real option values, no cycles (checkRules.ts), bands that cover 0–100% without gaps or
 * overlaps (checkRatingBands.ts), key questions that can be counted, translations that name a
 * text the framework has (frameworkLanguages.ts). Each error names the JSON
 * path and the problem in plain words.
 */
import type { ValidationError } from '../validation/validationResult';
import { checkRating } from './checkRatingBands';
import { checkRules } from './checkRules';
import { checkScales } from './checkScales';
import { translationErrors } from './frameworkLanguages';
import {
  type Framework,
  type Question,
  SCALED_KINDS,
  type Scale,
  type Standard,
} from './frameworkSchema';
import { type Located, locateItems, quote } from './locatedItems';

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

/** Ids used twice: scales, each scale's options, sections, standards, items, areas, strata. */
function uniquenessErrors(
  errors: ValidationError[],
  framework: Framework,
  located: readonly Located[],
) {
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
}

/** A key question must be scored: a judgement, rating or choice on a scale with a positive option. */
function keyQuestionErrors(
  errors: ValidationError[],
  question: Question,
  qPath: string,
  scales: ReadonlyMap<string, Scale>,
) {
  if (!question.key) return;
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
}

/** A standard has questions (unless the lead rates it), and key questions when rated by them. */
function standardErrors(
  errors: ValidationError[],
  framework: Framework,
  standard: Standard,
  path: string,
  scales: ReadonlyMap<string, Scale>,
) {
  const ratedBy = standard.ratedBy ?? 'key-questions';
  if (standard.questions.length === 0 && ratedBy !== 'lead-judgement') {
    errors.push({
      path: `${path}.questions`,
      message: `standard ${quote(standard.id)} is empty: it needs at least one question`,
    });
  }
  standard.questions.forEach((question, q) => {
    keyQuestionErrors(errors, question, `${path}.questions[${q}]`, scales);
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
}

/** Checks everything the schema cannot. Returns every problem found, in file order. */
export function checkFramework(framework: Framework): ValidationError[] {
  const errors: ValidationError[] = [];
  const scales = new Map(framework.scales.map((s) => [s.id, s]));
  const located = locateItems(framework);
  uniquenessErrors(errors, framework, located);
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
      standardErrors(errors, framework, standard, `sections[${s}].standards[${t}]`, scales);
    });
  });
  checkRules(errors, framework, located, scales);
  checkScales(errors, framework, located);
  checkRating(errors, framework);
  errors.push(...translationErrors(framework));
  return errors;
}
