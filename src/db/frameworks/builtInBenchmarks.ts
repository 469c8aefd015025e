/**
 * The published figures that ship beside the built-in frameworks
 * (`audit-frameworks/<id>/benchmarks-<version>.json`): which framework versions have them, and
 * the figures for one, read against that framework. Each file is its own chunk, loaded only when
 * a screen asks for it, so the first screen's JavaScript does not carry them. Screens ask
 * benchmarkStore.ts's `benchmarksFor`, which prefers figures a user imported for the version.
 */
import { type BenchmarkSet, type Framework, readBenchmarkSet } from '../../core';

const builtInBenchmarkFiles = import.meta.glob<unknown>('/audit-frameworks/*/benchmarks-*.json', {
  import: 'default',
});

/** `id@version` from a path like `/audit-frameworks/<id>/benchmarks-<version>.json`. */
function keyFromPath(path: string): string {
  const [, id, version] = /\/audit-frameworks\/([^/]+)\/benchmarks-([^/]+)\.json$/.exec(path) ?? [];
  return `${id}@${version}`;
}

const pathByKey = new Map(
  Object.keys(builtInBenchmarkFiles).map((path) => [keyFromPath(path), path]),
);

/** Whether published figures ship for this framework version (no file is loaded to say so). */
export function hasBuiltInBenchmarks(frameworkId: string, version: string): boolean {
  return pathByKey.has(`${frameworkId}@${version}`);
}

/**
 * The published figures that ship for this framework version, or null when none do. A shipped
 * file that does not read against its framework is a bug (the unit tests read every one), so it
 * throws rather than coming back as a value.
 */
export async function builtInBenchmarksFor(framework: Framework): Promise<BenchmarkSet | null> {
  const path = pathByKey.get(`${framework.id}@${framework.version}`);
  if (path === undefined) return null;
  const read = readBenchmarkSet(await builtInBenchmarkFiles[path]!(), framework);
  if (read.status !== 'ok') {
    const first = read.errors[0];
    throw new Error(`built-in ${path} does not read: ${first?.path}: ${first?.message}`);
  }
  return read.value;
}
