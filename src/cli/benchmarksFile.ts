/**
 * `--benchmarks <file.json>`: the published figures to read the findings against. A file that
 * cannot be used is refused with the place named, and nothing is counted.
 */
import {
  type BenchmarkSet,
  benchmarkSetSchema,
  type Framework,
  invalid,
  issuesToErrors,
  parseJsonText,
  plural,
  type ValidationResult,
  valid,
} from '../core';
import type { CliIo } from './cliIo';

const LIMITS = { maxBytes: 5 * 1024 * 1024, maxDepth: 20 };

/**
 * The file's figures checked against the framework: the same framework and version, and every
 * figure for one of its questions. Stands in for core's reading of a benchmark file.
 */
function readBenchmarks(text: string, framework: Framework): ValidationResult<BenchmarkSet> {
  const json = parseJsonText(text, LIMITS, 'benchmark file');
  if (json.status === 'invalid') return json;
  const parsed = benchmarkSetSchema.safeParse(json.value);
  if (!parsed.success) return invalid(issuesToErrors(parsed.error.issues));
  const set = parsed.data;
  const { id, version } = set.framework;
  if (id !== framework.id || version !== framework.version) {
    return invalid([
      {
        path: 'framework',
        message: `is ${id}@${version}, but the findings are of ${framework.id}@${framework.version}`,
      },
    ]);
  }
  const questions = new Set(
    framework.sections.flatMap((s) => s.standards.flatMap((st) => st.questions.map((q) => q.id))),
  );
  const errors = set.figures.flatMap((figure, i) =>
    questions.has(figure.itemId)
      ? []
      : [
          {
            path: `figures[${i}].itemId`,
            message: `"${figure.itemId}" is not a question of ${framework.id}@${framework.version}`,
          },
        ],
  );
  return errors.length > 0 ? invalid(errors) : valid(set);
}

/** The benchmark file read and checked; null after saying on stderr what is wrong, and where. */
export async function readBenchmarksFile(
  io: CliIo,
  file: string,
  framework: Framework,
): Promise<BenchmarkSet | null> {
  let text: string;
  try {
    text = await io.readText(file);
  } catch (error) {
    io.err(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
  const read = readBenchmarks(text, framework);
  if (read.status === 'ok') return read.value;
  io.err(`${file}: not a usable benchmark file — ${plural(read.errors.length, 'problem')}:`);
  for (const e of read.errors) io.err(`  ${e.path}: ${e.message}`);
  return null;
}
