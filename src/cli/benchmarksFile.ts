/**
 * `--benchmarks <file.json>`: the published figures to read the findings against, checked by
 * core against the framework (`loadBenchmarkSet`); `--benchmarks published`: those that ship
 * beside the framework. A file that cannot be used is refused with the place named, and nothing
 * is counted.
 */
import { type BenchmarkSet, type Framework, loadBenchmarkSet, plural } from '../core';
import { builtInBenchmarksFor } from './builtInBenchmarks';
import { type CliIo, readTextOrSay } from './cliIo';

/** The word that asks for the figures shipped with the framework rather than a file. */
export const PUBLISHED = 'published';

/** The benchmark file read and checked; null after saying on stderr what is wrong, and where. */
export async function readBenchmarksFile(
  io: CliIo,
  file: string,
  framework: Framework,
): Promise<BenchmarkSet | null> {
  if (file === PUBLISHED) {
    const shipped = await builtInBenchmarksFor(io, framework);
    if (!shipped) {
      io.err(
        `--benchmarks published: no published figures ship with ${framework.id} ${framework.version}; name a benchmark file`,
      );
    }
    return shipped;
  }
  const text = await readTextOrSay(io, file);
  if (text === null) return null;
  const read = loadBenchmarkSet(text, framework);
  if (read.status === 'ok') return read.value;
  io.err(`${file}: not a usable benchmark file — ${plural(read.errors.length, 'problem')}:`);
  for (const e of read.errors) io.err(`  ${e.path}: ${e.message}`);
  return null;
}
