/**
 * Framework drafts: frameworks being written or edited on this device, saved as they are typed,
 * not yet versions. A published version (or a built-in one) is never changed in place: editing
 * it starts a draft of its next version; duplicating it starts a draft of a new framework that
 * records where it came from. Publishing (publishDraft.ts) checks a draft, stores it as a
 * version and removes the draft.
 *
 * Two tabs editing one draft: every save says which revision it was made from, and a save made
 * from an older revision than the stored one is refused (`changed-elsewhere`, with the stored
 * draft), never written over it, so an edit is never lost silently.
 */
import { type Framework, nextVersion } from '../../core';
import { database, retrying } from '../connection';
import type { FrameworkDraftRecord } from '../database';
import { requestPersistenceOnFirstWrite } from '../device/storageStatus';
import { type Clock, systemClock } from '../writeOutcome';
import { getFramework } from './frameworkStore';

export type { FrameworkDraftRecord };

export type DraftStart =
  | { readonly kind: 'new' }
  | {
      readonly kind: 'duplicate';
      readonly from: string;
      readonly id: string;
      readonly title: string;
    }
  | { readonly kind: 'next-version'; readonly from: string };

export type SaveDraftOutcome =
  | { readonly status: 'saved'; readonly revision: number }
  | { readonly status: 'changed-elsewhere'; readonly current: FrameworkDraftRecord };

type DraftOptions = { readonly now?: Clock; readonly newId?: () => string };

/** An empty framework to start from: one section; everything else is for the author to fill in. */
function blankFramework(id: string, year: number): Framework {
  return {
    formatVersion: 1,
    id,
    version: '1.0.0',
    title: 'Untitled framework',
    publishers: [],
    year,
    source: { citation: '' },
    licence: '',
    status: 'draft',
    language: 'en-GB',
    quantifiers: 'fractions',
    scales: [],
    profile: [],
    sections: [{ id: 'section-1', title: 'Section 1', standards: [] }],
  };
}

/** An id no framework or draft on this device has: `untitled-framework`, then `-2`, `-3`… */
async function freeId(): Promise<string> {
  const db = database();
  const taken = new Set<string>([
    ...(await db.frameworks.toArray()).map((r) => r.id),
    ...(await db.frameworkDrafts.toArray()).map((d) => d.framework.id),
  ]);
  let id = 'untitled-framework';
  for (let n = 2; taken.has(id); n++) id = `untitled-framework-${n}`;
  return id;
}

async function startingFramework(
  start: DraftStart,
  at: Date,
): Promise<{ framework: Framework; basedOn?: string }> {
  if (start.kind === 'new')
    return { framework: blankFramework(await freeId(), at.getUTCFullYear()) };
  const record = await getFramework(start.from);
  if (!record) throw new Error(`The framework ${start.from} is not on this device.`);
  const from = record.framework;
  if (start.kind === 'next-version') {
    // Nothing has changed yet: the smallest step not already taken (the publish screen
    // suggests again from what did change by then).
    let version = nextVersion(from.version, 'wording');
    while (await database().frameworks.get(`${from.id}@${version}`)) {
      version = nextVersion(version, 'wording');
    }
    return { framework: { ...from, version }, basedOn: record.key };
  }
  return {
    framework: {
      ...from,
      id: start.id,
      title: start.title,
      version: '1.0.0',
      basedOn: { id: from.id, version: from.version, title: from.title },
    },
    basedOn: record.key,
  };
}

/** Starts a draft: an empty framework, a duplicate of a version, or the next version of one. */
export async function createDraft(
  start: DraftStart,
  options: DraftOptions = {},
): Promise<FrameworkDraftRecord> {
  const at = (options.now ?? systemClock)();
  const { framework, basedOn } = await startingFramework(start, at);
  const record: FrameworkDraftRecord = {
    draftId: (options.newId ?? (() => crypto.randomUUID()))(),
    framework,
    ...(basedOn === undefined ? {} : { basedOn }),
    revision: 1,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  };
  await retrying((db) => db.frameworkDrafts.add(record));
  void requestPersistenceOnFirstWrite();
  return record;
}

export function getDraft(draftId: string): Promise<FrameworkDraftRecord | undefined> {
  return database().frameworkDrafts.get(draftId);
}

/** Every draft on this device, the most recently saved first. */
export async function listDrafts(): Promise<FrameworkDraftRecord[]> {
  const drafts = await database().frameworkDrafts.toArray();
  return drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/**
 * Saves the draft's framework, made from `expectedRevision`: written with the next revision if
 * that is still the stored one; otherwise nothing is written and the stored draft comes back
 * (another tab saved meanwhile). Throws if the draft is gone or storage refuses.
 */
export async function saveDraft(
  draftId: string,
  framework: Framework,
  expectedRevision: number,
  now: Clock = systemClock,
): Promise<SaveDraftOutcome> {
  return retrying((db) =>
    db.transaction('rw', db.frameworkDrafts, async (): Promise<SaveDraftOutcome> => {
      const current = await db.frameworkDrafts.get(draftId);
      if (!current) throw new Error('This draft is no longer on this device.');
      if (current.revision !== expectedRevision) return { status: 'changed-elsewhere', current };
      const revision = current.revision + 1;
      await db.frameworkDrafts.put({
        ...current,
        framework,
        revision,
        updatedAt: now().toISOString(),
      });
      return { status: 'saved', revision };
    }),
  );
}

export async function deleteDraft(draftId: string): Promise<void> {
  await retrying((db) => db.frameworkDrafts.delete(draftId));
}
