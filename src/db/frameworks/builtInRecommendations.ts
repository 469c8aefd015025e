/**
 * The recommendations of the report a built-in framework was written from
 * (`audit-frameworks/<id>/recommendations-<version>.json`): which framework versions have them,
 * how many, and the recommendations for one, read against that framework. Each file is its own
 * chunk, loaded only when a screen asks for it.
 */
import { type Framework, type RegisterFile, readRegisterFile } from '../../core';

const builtInRecommendationFiles = import.meta.glob<unknown>(
  '/audit-frameworks/*/recommendations-*.json',
  { import: 'default' },
);

/** `id@version` from a path like `/audit-frameworks/<id>/recommendations-<version>.json`. */
function keyFromPath(path: string): string {
  const [, id, version] =
    /\/audit-frameworks\/([^/]+)\/recommendations-([^/]+)\.json$/.exec(path) ?? [];
  return `${id}@${version}`;
}

const pathByKey = new Map(
  Object.keys(builtInRecommendationFiles).map((path) => [keyFromPath(path), path]),
);

/** Whether recommendations ship for this framework version (no file is loaded to say so). */
export function hasBuiltInRecommendations(frameworkId: string, version: string): boolean {
  return pathByKey.has(`${frameworkId}@${version}`);
}

/**
 * The recommendations that ship for this framework version, or null when none do. A shipped
 * file that does not read against its framework is a bug (a unit test reads every one), so it
 * throws rather than coming back as a value.
 */
export async function builtInRecommendationsFor(
  framework: Framework,
): Promise<RegisterFile | null> {
  const path = pathByKey.get(`${framework.id}@${framework.version}`);
  if (path === undefined) return null;
  const read = readRegisterFile(await builtInRecommendationFiles[path]!(), framework);
  if (read.status !== 'ok') {
    const first = read.errors[0];
    throw new Error(`built-in ${path} does not read: ${first?.path}: ${first?.message}`);
  }
  return read.value;
}
