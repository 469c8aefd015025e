/**
 * Framework versions: a published version (`id@version`) never changes, and its content hash
 * (SHA-256, lower-case hex, of `canonicalJson` of the framework) is kept with it, so two copies
 * can be told identical without comparing them. Core never hashes by itself: the caller passes
 * WebCrypto's `subtle` (the browser's, a worker's or Node's `crypto.webcrypto.subtle`).
 *
 * The next version's number is suggested from what changed (diffFrameworks.ts): patch for
 * wording only, minor when things were added (or moved), major when anything was removed,
 * renamed or changed in meaning.
 */
import { canonicalJson } from '../validation/canonicalJson';
import { diffFrameworks, type FrameworkDiff } from './diffFrameworks';
import type { Framework } from './frameworkSchema';

/** The part of WebCrypto's `subtle` used here. */
export type DigestLike = {
  digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
};

const encoder = new TextEncoder();

/** The content hash of a framework: SHA-256 of its canonical JSON, as 64 lower-case hex digits. */
export async function frameworkHash(framework: Framework, subtle: DigestLike): Promise<string> {
  const bytes = encoder.encode(canonicalJson(framework)) as Uint8Array<ArrayBuffer>;
  const digest = await subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Why a version number was suggested: wording only, additions, or removals and changes of meaning. */
export type VersionReason = 'wording' | 'added' | 'removed-or-changed';

export type VersionSuggestion = { readonly version: string; readonly reason: VersionReason };

/** The numeric parts of a version such as 1.2.3 (a pre-release suffix is dropped). */
function parts(version: string): [number, number, number] {
  const [major = 0, minor = 0, patch = 0] = version
    .split('-')[0]!
    .split('.')
    .map((p) => Number.parseInt(p, 10) || 0);
  return [major, minor, patch];
}

/** The version after `version` for a change of this reason: 1.2.3 → 1.2.4, 1.3.0 or 2.0.0. */
export function nextVersion(version: string, reason: VersionReason): string {
  const [major, minor, patch] = parts(version);
  if (reason === 'removed-or-changed') return `${major + 1}.0.0`;
  if (reason === 'added') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The reason a diff gives: the weightiest of its entries (nothing changed counts as wording). */
export function versionReason(diff: FrameworkDiff): VersionReason {
  const all = [...diff.added, ...diff.removed, ...diff.changed];
  if (all.some((e) => e.impact === 'major')) return 'removed-or-changed';
  if (all.some((e) => e.impact === 'minor')) return 'added';
  return 'wording';
}

/** The number to suggest for `draft`, a new version of `previous`, from what changed. */
export function suggestVersion(previous: Framework, draft: Framework): VersionSuggestion {
  const reason = versionReason(diffFrameworks(previous, draft));
  return { version: nextVersion(previous.version, reason), reason };
}
