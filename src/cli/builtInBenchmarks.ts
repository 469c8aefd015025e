/**
 * The published figures that ship beside a built-in framework
 * (`audit-frameworks/<id>/benchmarks-<version>.json`), for `findings` to use "from the
 * framework" when no benchmark file is named.
 */
import { access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type BenchmarkSet, type Framework, loadBenchmarkSet } from '../core';
import type { CliIo } from './cliIo';

/** Where the benchmark file for this framework version would be, in the project's folder. */
export function builtInBenchmarksPath(frameworkId: string, version: string): string {
  return fileURLToPath(
    new URL(`../../audit-frameworks/${frameworkId}/benchmarks-${version}.json`, import.meta.url),
  );
}

/**
 * The figures that ship for this framework version, read against it; null when none ship. A
 * shipped file that does not read is a bug (the unit tests read every one), so it throws.
 */
export async function builtInBenchmarksFor(
  io: CliIo,
  framework: Framework,
): Promise<BenchmarkSet | null> {
  // Ids are lower-case letters, digits and dashes, and versions semantic, so neither leaves the folder.
  const path = builtInBenchmarksPath(framework.id, framework.version);
  try {
    await access(path);
  } catch {
    return null;
  }
  const read = loadBenchmarkSet(await io.readText(path), framework);
  if (read.status !== 'ok') {
    const first = read.errors[0];
    throw new Error(`built-in ${path} does not read: ${first?.path}: ${first?.message}`);
  }
  return read.value;
}
