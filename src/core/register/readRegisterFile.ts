/**
 * Reading a register file against the framework it is for: the shape (the schema), then what
 * needs the framework — the same framework and version, and evidence linked only to questions it
 * has — and no recommendation, action or evidence id given twice. Every problem names its place
 * (`recommendations[2].evidence[0].itemId`); a file with any problem gives nothing.
 */

import { readFileForFramework } from '../framework/fileForFramework';
import { indexFramework } from '../framework/frameworkItems';
import type { Framework } from '../framework/frameworkSchema';
import { cappedErrors } from '../validation/cappedErrors';
import { parseJsonText } from '../validation/parseJsonText';
import {
  formatPath,
  invalid,
  type ValidationError,
  type ValidationResult,
  valid,
} from '../validation/validationResult';
import { issuesToErrors } from '../validation/zodIssues';
import {
  type RegisterFile,
  type RegisterRecommendation,
  registerFileSchema,
  registerRecommendationSchema,
} from './registerSchema';

/** A register holds at most a few hundred recommendations; anything near this is the wrong file. */
export const REGISTER_MAX_BYTES = 5 * 1024 * 1024;
const REGISTER_MAX_DEPTH = 10;

/** Each id given again after its first, named at the later place. */
function repeatedIds(
  ids: readonly string[],
  place: (i: number) => (string | number)[],
): ValidationError[] {
  const first = new Map<string, number>();
  const errors: ValidationError[] = [];
  for (const [i, id] of ids.entries()) {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else {
      errors.push({
        path: formatPath([...place(i), 'id']),
        message: `${JSON.stringify(id)} is already the id of ${formatPath(place(earlier))}`,
      });
    }
  }
  return errors;
}

/** What one recommendation needs of the framework, and its own ids kept apart. */
function recommendationProblems(
  recommendation: RegisterRecommendation,
  framework: Framework,
  at: readonly (string | number)[] = [],
): ValidationError[] {
  const index = indexFramework(framework);
  const evidence = recommendation.evidence.flatMap((e, i) =>
    e.itemId !== null && index.itemById.get(e.itemId)?.type !== 'question'
      ? [
          {
            path: formatPath([...at, 'evidence', i, 'itemId']),
            message: `no question ${JSON.stringify(e.itemId)} in the framework`,
          },
        ]
      : [],
  );
  return [
    ...evidence,
    ...repeatedIds(
      recommendation.actions.map((a) => a.id),
      (i) => [...at, 'actions', i],
    ),
    ...repeatedIds(
      recommendation.evidence.map((e) => e.id),
      (i) => [...at, 'evidence', i],
    ),
  ];
}

/**
 * One recommendation as a screen or store hands it in, checked whole against the framework:
 * problems are named inside it (`actions[1].text`, `evidence[0].itemId`).
 */
export function readRecommendation(
  value: unknown,
  framework: Framework,
): ValidationResult<RegisterRecommendation> {
  const parsed = registerRecommendationSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return invalid(cappedErrors(issuesToErrors(parsed.error.issues)));
  const errors = recommendationProblems(parsed.data, framework);
  return errors.length > 0 ? invalid(errors) : valid(parsed.data);
}

/** Checks a parsed register file against the framework version it must be for. */
export function readRegisterFile(
  value: unknown,
  framework: Framework,
): ValidationResult<RegisterFile> {
  const read = readFileForFramework(value, registerFileSchema, framework, {
    holding: 'a recommendations register',
    file: 'this register',
  });
  if (read.status !== 'ok') return read;
  const file = read.value;
  const errors = [
    ...file.recommendations.flatMap((r, i) =>
      recommendationProblems(r, framework, ['recommendations', i]),
    ),
    ...repeatedIds(
      file.recommendations.map((r) => r.id),
      (i) => ['recommendations', i],
    ),
  ];
  return errors.length > 0 ? invalid(cappedErrors(errors)) : valid(file);
}

/** Reads a register file's text: JSON syntax, size and depth, then `readRegisterFile`. */
export function loadRegisterFile(
  text: string,
  framework: Framework,
): ValidationResult<RegisterFile> {
  const json = parseJsonText(
    text,
    { maxBytes: REGISTER_MAX_BYTES, maxDepth: REGISTER_MAX_DEPTH },
    'register file',
  );
  if (json.status !== 'ok') return json;
  return readRegisterFile(json.value, framework);
}
