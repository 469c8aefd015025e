/**
 * Publishing a draft: the same checks as importing a framework file (core's `loadFramework`);
 * with any problem left nothing is stored. A sound draft becomes an immutable version
 * (`id@version`) with its content hash and the moment it was published, and the draft goes,
 * in one transaction. An id and version already in the library is refused (`exists`): a
 * published version never changes, so the author chooses another number.
 */
import { type Framework, frameworkKey, loadFramework, type ValidationError } from '../../core';
import { database, retrying } from '../connection';
import type { FrameworkDraftRecord, FrameworkRecord } from '../database';
import { type Clock, systemClock } from '../writeOutcome';
import { contentHash, ensureBuiltInFrameworks } from './frameworkStore';

export type PublishOutcome =
  | { readonly status: 'published'; readonly record: FrameworkRecord }
  | { readonly status: 'invalid'; readonly problems: readonly ValidationError[] }
  | { readonly status: 'exists'; readonly record: FrameworkRecord };

/** The library's record of a version published from a draft. */
function publishedRecord(framework: Framework, hash: string, at: string): FrameworkRecord {
  return {
    key: frameworkKey(framework),
    id: framework.id,
    version: framework.version,
    title: framework.title,
    builtIn: false,
    addedAt: at,
    framework,
    hash,
    publishedAt: at,
  };
}

/** Checks the draft and, if sound and new, stores it as a version and removes the draft. */
export async function publishDraft(
  draftId: string,
  now: Clock = systemClock,
): Promise<PublishOutcome> {
  await ensureBuiltInFrameworks();
  // The check and the hash run outside the transaction (a transaction cannot wait for
  // WebCrypto); the transaction publishes only the revision that was checked.
  for (;;) {
    const draft = await database().frameworkDrafts.get(draftId);
    if (!draft) throw new Error('This draft is no longer on this device.');
    const checked = loadFramework(JSON.stringify(draft.framework));
    if (checked.status !== 'ok') return { status: 'invalid', problems: checked.errors };
    const hash = await contentHash(checked.value);
    const outcome = await retrying((db) =>
      db.transaction('rw', db.frameworks, db.frameworkDrafts, async () => {
        const current: FrameworkDraftRecord | undefined = await db.frameworkDrafts.get(draftId);
        if (!current || current.revision !== draft.revision) return null;
        const existing = await db.frameworks.get(frameworkKey(checked.value));
        if (existing) return { status: 'exists', record: existing } as const;
        const record = publishedRecord(checked.value, hash, now().toISOString());
        await db.frameworks.add(record);
        await db.frameworkDrafts.delete(draftId);
        return { status: 'published', record } as const;
      }),
    );
    // Saved again in another tab meanwhile: check that revision instead.
    if (outcome) return outcome;
  }
}
