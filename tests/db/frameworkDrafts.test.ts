/**
 * Framework drafts and publishing: a draft saved from an older revision never overwrites the
 * newer one, a draft with problems is never published, a taken version number is refused, and
 * every version in the library carries its content hash.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import {
  createDraft,
  deleteDraft,
  getDraft,
  listDrafts,
  saveDraft,
} from '../../src/db/frameworks/frameworkDrafts';
import { importFramework, listFrameworks } from '../../src/db/frameworks/frameworkStore';
import { publishDraft } from '../../src/db/frameworks/publishDraft';
import { judgement, minimalFramework, withQuestions } from '../fixtures/frameworkBuilder';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
const at = (iso: string) => () => new Date(iso);
const sha256 = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

beforeEach(() => useDatabase(new CaseAuditDatabase(`test-drafts-${n++}`, TEST_DATA_KEY)));
afterEach(() => useDatabase(null));

describe('starting a draft', () => {
  it('starts the next version of a built-in one without changing it', async () => {
    const draft = await createDraft(
      { kind: 'next-version', from: 'hmip-lac-placed-away-2012@1.0.1' },
      { newId: () => 'd1', now: at('2026-04-01T10:00:00.000Z') },
    );
    expect(draft).toMatchObject({
      draftId: 'd1',
      basedOn: 'hmip-lac-placed-away-2012@1.0.1',
      revision: 1,
      createdAt: '2026-04-01T10:00:00.000Z',
    });
    expect(draft.framework.version).toBe('1.0.2');
    const builtIn = await database().frameworks.get('hmip-lac-placed-away-2012@1.0.1');
    expect(builtIn?.framework.version).toBe('1.0.1');
    expect(await listDrafts()).toHaveLength(1);
  });

  it('numbers a next version past those already in the library: 1.0.0 → 1.0.2 when 1.0.1 is there', async () => {
    const draft = await createDraft({
      kind: 'next-version',
      from: 'hmip-lac-placed-away-2012@1.0.0',
    });
    expect(draft.framework.version).toBe('1.0.2');
  });

  it('duplicates a version as a new framework that records where it came from', async () => {
    const draft = await createDraft({
      kind: 'duplicate',
      from: 'yjb-case-file-2010@1.0.1',
      id: 'our-case-file',
      title: 'Our case file audit',
    });
    expect(draft.framework).toMatchObject({
      id: 'our-case-file',
      title: 'Our case file audit',
      version: '1.0.0',
      basedOn: { id: 'yjb-case-file-2010', version: '1.0.1' },
    });
  });

  it('starts an empty framework under an id no other has', async () => {
    const first = await createDraft({ kind: 'new' });
    const second = await createDraft({ kind: 'new' });
    expect(first.framework.id).toBe('untitled-framework');
    expect(second.framework.id).toBe('untitled-framework-2');
    await deleteDraft(first.draftId);
    expect(await getDraft(first.draftId)).toBeUndefined();
  });
});

describe('two tabs saving one draft', () => {
  it('saves from the stored revision, and refuses a save made from an older one', async () => {
    const draft = await createDraft({ kind: 'new' }, { newId: () => 'd1' });
    const tabA = { ...draft.framework, title: 'Tab A title' };
    const tabB = { ...draft.framework, title: 'Tab B title' };
    expect(await saveDraft('d1', tabA, 1)).toEqual({ status: 'saved', revision: 2 });
    const refused = await saveDraft('d1', tabB, 1);
    expect(refused.status).toBe('changed-elsewhere');
    if (refused.status !== 'changed-elsewhere') return;
    expect(refused.current.framework.title).toBe('Tab A title');
    expect(refused.current.revision).toBe(2);
    expect((await getDraft('d1'))?.framework.title).toBe('Tab A title');
    expect(await saveDraft('d1', tabB, 2)).toEqual({ status: 'saved', revision: 3 });
  });
});

describe('publishing a draft', () => {
  async function draftOf(framework = minimalFramework()) {
    const draft = await createDraft({ kind: 'new' }, { newId: () => 'd1' });
    await saveDraft('d1', framework, draft.revision);
    return 'd1';
  }

  it('refuses a draft with problems, naming them, and stores nothing', async () => {
    const broken = withQuestions([judgement('q1', { key: true }), judgement('q1')]);
    const outcome = await publishDraft(await draftOf(broken));
    expect(outcome.status).toBe('invalid');
    if (outcome.status !== 'invalid') return;
    expect(outcome.problems.map((p) => p.message).join(' ')).toContain('"q1" is used twice');
    expect(await database().frameworks.get('test-framework@1.0.0')).toBeUndefined();
    expect(await getDraft('d1')).toBeDefined();
  });

  it('stores a sound draft as a version with its hash, and removes the draft', async () => {
    const framework = minimalFramework();
    const outcome = await publishDraft(await draftOf(framework), at('2026-04-02T12:00:00.000Z'));
    expect(outcome.status).toBe('published');
    const stored = await database().frameworks.get('test-framework@1.0.0');
    expect(stored).toMatchObject({
      builtIn: false,
      publishedAt: '2026-04-02T12:00:00.000Z',
      hash: sha256(framework),
    });
    expect(await getDraft('d1')).toBeUndefined();
  });

  it('refuses a version number already in the library, keeping the draft', async () => {
    await importFramework(minimalFramework());
    const outcome = await publishDraft(await draftOf(minimalFramework({ title: 'Changed' })));
    expect(outcome.status).toBe('exists');
    if (outcome.status !== 'exists') return;
    expect(outcome.record.title).toBe('Test framework');
    expect(await getDraft('d1')).toBeDefined();
  });
});

describe('content hashes in the library', () => {
  it('are kept for built-in and imported versions', async () => {
    await importFramework(minimalFramework());
    const records = await listFrameworks();
    for (const record of records) expect(record.hash).toBe(sha256(record.framework));
  });
});
