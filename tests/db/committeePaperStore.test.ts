/**
 * The committee paper's record: empty until written, saved whole after its commit, a draft the
 * schema refuses never stored, none for an inspection not on the device, and a stored row this
 * version cannot read said so rather than shown as empty.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCommitteePaperDraft } from '../../src/core';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { loadCommitteePaper, saveCommitteePaper } from '../../src/db/register/committeePaperStore';
import { PAPER_DRAFT } from '../fixtures/committeePaperFixture';
import { inspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

const fixture = inspectionFixture({ id: 'paper-store' });
const ID = fixture.inspection.id;
let n = 0;

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`committee-paper-store-${n++}`, TEST_DATA_KEY));
  await storeInspectionFixture(database(), fixture);
});
afterEach(() => useDatabase(null));

describe('the committee paper store', () => {
  it('is empty until written, then gives back what was saved', async () => {
    expect(await loadCommitteePaper(ID)).toEqual({
      status: 'ok',
      draft: emptyCommitteePaperDraft(),
      updatedAt: null,
    });
    const at = new Date('2013-03-20T10:00:00.000Z');
    expect(await saveCommitteePaper(ID, PAPER_DRAFT, () => at)).toEqual({
      status: 'saved',
      at: at.toISOString(),
    });
    expect(await loadCommitteePaper(ID)).toEqual({
      status: 'ok',
      draft: PAPER_DRAFT,
      updatedAt: at.toISOString(),
    });
  });

  it('refuses a draft the schema refuses, storing nothing', async () => {
    const outcome = await saveCommitteePaper(ID, { ...PAPER_DRAFT, agendaItem: 'x'.repeat(21) });
    expect(outcome.status).toBe('invalid');
    expect(outcome.status === 'invalid' && outcome.errors.map((e) => e.path)).toEqual([
      'agendaItem',
    ]);
    expect(await database().committeePapers.get(ID)).toBeUndefined();
  });

  it('stores none for an inspection not on this device', async () => {
    expect(await saveCommitteePaper('gone', PAPER_DRAFT)).toEqual({
      status: 'missing',
      message: 'This inspection is no longer on this device.',
    });
  });

  it('says a stored paper this version cannot read is unreadable', async () => {
    await database().committeePapers.put({
      inspectionId: ID,
      updatedAt: '2013-03-20T10:00:00.000Z',
      draft: { ...PAPER_DRAFT, heading: 'a field from a later version' },
    });
    expect((await loadCommitteePaper(ID)).status).toBe('invalid');
  });
});
