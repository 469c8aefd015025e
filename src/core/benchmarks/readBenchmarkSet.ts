/**
 * Reading a benchmark file against the framework it is for: the shape (the schema), then what
 * needs the framework — the same framework and version, questions it has, answers their scales
 * offer — and no question's answers counted twice. Every problem names its place; a file with
 * any problem gives nothing, so a figure is never read against a question it was not made for.
 */

import { readFileForFramework } from '../framework/fileForFramework';
import { indexFramework } from '../framework/frameworkItems';
import type { Framework } from '../framework/frameworkSchema';
import { SCALED_KINDS } from '../framework/frameworkSchema';
import { cappedErrors } from '../validation/cappedErrors';
import { parseJsonText } from '../validation/parseJsonText';
import {
  formatPath,
  invalid,
  type ValidationError,
  type ValidationResult,
  valid,
} from '../validation/validationResult';
import { type BenchmarkFigure, type BenchmarkSet, benchmarkSetSchema } from './benchmarkSchema';

/** A report states at most a few hundred figures; anything near this is the wrong file. */
export const BENCHMARKS_MAX_BYTES = 2 * 1024 * 1024;
const BENCHMARKS_MAX_DEPTH = 10;

function figureProblems(
  figure: BenchmarkFigure,
  at: number,
  framework: Framework,
): ValidationError[] {
  const index = indexFramework(framework);
  const place = (...rest: (string | number)[]) => formatPath(['figures', at, ...rest]);
  const entry = index.itemById.get(figure.itemId);
  if (entry?.type !== 'question') {
    return [
      {
        path: place('itemId'),
        message: `no question ${JSON.stringify(figure.itemId)} in the framework`,
      },
    ];
  }
  const question = entry.item;
  const scale = question.scale === undefined ? undefined : index.scaleById.get(question.scale);
  if (!(SCALED_KINDS as readonly string[]).includes(question.kind) || !scale) {
    return [
      {
        path: place('itemId'),
        message: `question ${JSON.stringify(question.id)} is a ${question.kind} question: a figure counts the answers of a question with a scale`,
      },
    ];
  }
  const values = scale.options.map((o) => o.value);
  const errors: ValidationError[] = [];
  const seen = new Set<string>();
  for (const [i, value] of figure.counts.entries()) {
    if (!values.includes(value)) {
      errors.push({
        path: place('counts', i),
        message: `${JSON.stringify(value)} is not an answer of question ${JSON.stringify(question.id)} (its answers: ${values.join(', ')})`,
      });
    } else if (seen.has(value)) {
      errors.push({
        path: place('counts', i),
        message: `${JSON.stringify(value)} is listed twice`,
      });
    }
    seen.add(value);
  }
  return errors;
}

/** The same question counting the same answers, in any order, is the same figure. */
function figureKey(figure: BenchmarkFigure): string {
  return JSON.stringify([figure.itemId, [...new Set(figure.counts)].sort()]);
}

function duplicateProblems(figures: readonly BenchmarkFigure[]): ValidationError[] {
  const first = new Map<string, number>();
  const errors: ValidationError[] = [];
  for (const [i, figure] of figures.entries()) {
    const key = figureKey(figure);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else {
      errors.push({
        path: formatPath(['figures', i]),
        message: `repeats figures[${earlier}]: question ${JSON.stringify(figure.itemId)} counting ${figure.counts.join(', ')} is already given`,
      });
    }
  }
  return errors;
}

/** Checks a parsed benchmark file against the framework version it must be for. */
export function readBenchmarkSet(
  value: unknown,
  framework: Framework,
): ValidationResult<BenchmarkSet> {
  const read = readFileForFramework(value, benchmarkSetSchema, framework, {
    holding: 'published figures',
    file: 'this file',
  });
  if (read.status !== 'ok') return read;
  const set = read.value;
  const errors = [
    ...set.figures.flatMap((figure, i) => figureProblems(figure, i, framework)),
    ...duplicateProblems(set.figures),
  ];
  return errors.length > 0 ? invalid(cappedErrors(errors)) : valid(set);
}

/** Reads a benchmark file's text: JSON syntax, size and depth, then `readBenchmarkSet`. */
export function loadBenchmarkSet(
  text: string,
  framework: Framework,
): ValidationResult<BenchmarkSet> {
  const json = parseJsonText(
    text,
    { maxBytes: BENCHMARKS_MAX_BYTES, maxDepth: BENCHMARKS_MAX_DEPTH },
    'benchmark file',
  );
  if (json.status !== 'ok') return json;
  return readBenchmarkSet(json.value, framework);
}
