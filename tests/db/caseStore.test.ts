import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_ANSWER } from '../../src/core';
import { answerTables } from '../../src/db/cases/answerStore';
import { importAnswers, type SaveRequest, saveAnswer } from '../../src/db/cases/answerWriter';
import { answersOf, CASE_STATUS_ITEM, historyOf } from '../../src/db/cases/caseReads';
import { completeCase, markModerated, reopenCase } from '../../src/db/cases/caseStatusWriter';
import { markCaseClosed, markCaseOpen, takeUncleanExit } from '../../src/db/cases/openCaseMarkers';
import { classifyWriteError, database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { deviceId, forgetDeviceId, scorerFor, setScorer } from '../../src/db/device/identityStore';
import { CaseEditor, closeCaseEditors } from '../../src/editing/caseEditor';
import { hasUnsavedWork } from '../../src/editing/unsavedWork';
import { describeWriteFailure } from '../../src/ui/components/saveMessages';
import { inspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
const fixture = inspectionFixture();
const CASE = fixture.cases[0]!.id;
const clock = (iso: string) => () => new Date(iso);

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`test-cases-${n++}`, TEST_DATA_KEY));
  forgetDeviceId();
  await storeInspectionFixture(database(), fixture);
});
afterEach(async () => {
  await closeCaseEditors();
  useDatabase(null);
});

function request(itemId: string, patch: SaveRequest['patch'], extra: Partial<SaveRequest> = {}) {
  return { caseId: CASE, itemId, patch, base: NO_ANSWER, by: 'ap', device: 'tablet-1', ...extra };
}

describe('saving an answer', () => {
  it('commits the answer with rev 1, records it in the history and starts the case', async () => {
    const outcome = await saveAnswer(
      request('a1', { value: 'yes' }),
      clock('2026-03-03T14:32:00.000Z'),
    );
    expect(outcome.status).toBe('saved');
    // Committed: a fresh read (another connection would see the same) finds it.
    const stored = (await answersOf(CASE)).get('a1');
    expect(stored).toMatchObject({
      value: 'yes',
      note: '',
      rev: 1,
      at: '2026-03-03T14:32:00.000Z',
      by: 'ap',
      device: 'tablet-1',
      inspectionId: 'insp-1',
    });
    const history = await historyOf(CASE);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      itemId: 'a1',
      value: 'yes',
      before: null,
      via: 'edit',
      by: 'ap',
      device: 'tablet-1',
    });
    const caseRecord = await database().cases.get(CASE);
    expect(caseRecord?.status).toBe('in-progress');
    expect(caseRecord?.updatedAt).toBe('2026-03-03T14:32:00.000Z');
  });

  it('keeps the value when only the note changes, and records before and after', async () => {
    await saveAnswer(request('a1', { value: 'yes' }));
    const second = await saveAnswer(
      request('a1', { note: 'Plan on file, p. 12' }, { base: { value: 'yes', note: '', rev: 1 } }),
    );
    expect(second.status === 'saved' && second.answer).toMatchObject({
      value: 'yes',
      note: 'Plan on file, p. 12',
      rev: 2,
    });
    const [latest] = await historyOf(CASE);
    expect(latest).toMatchObject({
      value: 'yes',
      note: 'Plan on file, p. 12',
      before: { value: 'yes', note: '' },
    });
  });

  it('reports a conflict when someone else changed the same field since the editor looked', async () => {
    await saveAnswer(request('a1', { value: 'no', note: 'Their note' }, { by: 'jm' }));
    // This editor still thinks the question is unanswered (rev 0).
    const outcome = await saveAnswer(request('a1', { value: 'yes' }));
    expect(outcome.status).toBe('conflict');
    expect(outcome.status === 'conflict' && outcome.theirs).toMatchObject({
      value: 'no',
      note: 'Their note',
      by: 'jm',
      rev: 1,
    });
    // Nothing was overwritten.
    expect((await answersOf(CASE)).get('a1')).toMatchObject({ value: 'no', rev: 1 });
    expect(await historyOf(CASE)).toHaveLength(1);
  });

  it('merges a change to the other field: their note stays, my value is written', async () => {
    await saveAnswer(request('a1', { note: 'Their note' }, { by: 'jm' }));
    const outcome = await saveAnswer(request('a1', { value: 'yes' }));
    expect(outcome.status).toBe('saved');
    expect((await answersOf(CASE)).get('a1')).toMatchObject({
      value: 'yes',
      note: 'Their note',
      rev: 2,
    });
  });

  it('returns a failure as a value, classified', async () => {
    const db = database();
    await db.open();
    vi.spyOn(db.answerValues, 'put').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const outcome = await saveAnswer(request('a1', { value: 'yes' }));
    expect(outcome).toMatchObject({ status: 'failed', reason: 'quota' });
    expect(await answersOf(CASE)).toEqual(new Map());
    expect(describeWriteFailure('quota')).toBe('the device is out of storage space');
  });

  it('classifies write errors by what the inspector can do about them', () => {
    expect(classifyWriteError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(classifyWriteError(new Dexie.DatabaseClosedError('closed'))).toBe('closed');
    expect(classifyWriteError(new DOMException('gone', 'InvalidStateError'))).toBe('closed');
    expect(classifyWriteError(new Error('boom'))).toBe('other');
  });

  it('refuses changes to a complete case', async () => {
    await database().cases.update(CASE, { status: 'complete' });
    expect(await saveAnswer(request('a1', { value: 'yes' }))).toEqual({
      status: 'locked',
      caseStatus: 'complete',
    });
  });
});

describe('the case editor', () => {
  function editor(extra: Partial<ConstructorParameters<typeof CaseEditor>[0]> = {}) {
    return new CaseEditor({
      caseId: CASE,
      by: 'ap',
      device: 'tablet-1',
      debounceMs: 40,
      lifecycle: false,
      ...extra,
    });
  }
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('saves a choice at once and says Saved only after the commit', async () => {
    const e = editor();
    const saving = e.change('a1', { value: 'yes' });
    expect(e.state('a1').kind).toBe('saving');
    await saving;
    expect(e.state('a1').kind).toBe('saved');
    expect((await answersOf(CASE)).get('a1')?.value).toBe('yes');
    await e.dispose();
  });

  it('holds typing for the debounce, counts it as unsaved meanwhile, and flushes on demand', async () => {
    const e = editor({ debounceMs: 10_000 });
    await e.change('a1', { note: 'Seen' }, { typing: true });
    expect(await answersOf(CASE)).toEqual(new Map());
    expect(hasUnsavedWork()).toBe(true);
    await e.flush();
    expect((await answersOf(CASE)).get('a1')?.note).toBe('Seen');
    expect(hasUnsavedWork()).toBe(false);
    expect(e.state('a1').kind).toBe('saved');
    await e.dispose();
  });

  it('is never more than the debounce behind while typing goes on', async () => {
    const e = editor({ debounceMs: 40 });
    let text = '';
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      text += 'x';
      await e.change('a1', { note: text }, { typing: true });
      await wait(15);
      seen.push((await answersOf(CASE)).get('a1')?.note ?? '');
    }
    // Typing never paused for 40 ms, yet saves happened along the way.
    expect(seen.filter((s) => s.length > 0).length).toBeGreaterThan(4);
    await e.endTyping('a1');
    expect((await answersOf(CASE)).get('a1')?.note).toBe(text);
    await e.dispose();
  });

  it('writes one history entry per stretch of typing in a field', async () => {
    const e = editor({ debounceMs: 5 });
    for (const text of ['P', 'Pl', 'Pla', 'Plan']) {
      await e.change('a1', { note: text }, { typing: true });
      await wait(20);
    }
    await e.endTyping('a1');
    let history = await historyOf(CASE);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ note: 'Plan', before: null });
    expect((await answersOf(CASE)).get('a1')?.rev).toBeGreaterThan(1);

    // Leaving the field ended the stretch: typing again starts a new entry.
    await e.change('a1', { note: 'Plan seen' }, { typing: true });
    await e.endTyping('a1');
    // A choice is its own entry.
    await e.change('a1', { value: 'yes' });
    history = await historyOf(CASE);
    expect(history.map((h) => [h.before?.note ?? null, h.note, h.value])).toEqual([
      ['Plan seen', 'Plan seen', 'yes'],
      ['Plan', 'Plan seen', null],
      [null, 'Plan', null],
    ]);
    await e.dispose();
  });

  it('retries a failed save and reports why meanwhile', async () => {
    let calls = 0;
    const e = editor({
      retryDelay: () => 10,
      save: async (req) => {
        calls++;
        if (calls < 3) return { status: 'failed', reason: 'quota', detail: 'QuotaExceededError' };
        return saveAnswer(req);
      },
    });
    await e.change('a1', { value: 'yes' });
    expect(e.state('a1')).toEqual({ kind: 'failed', reason: 'quota', attempt: 1 });
    expect(hasUnsavedWork()).toBe(true);
    await wait(80);
    expect(calls).toBe(3);
    expect(e.state('a1').kind).toBe('saved');
    expect((await answersOf(CASE)).get('a1')?.value).toBe('yes');
    await e.dispose();
  });

  it('reports a conflict, then keeps mine or theirs as chosen', async () => {
    const e = editor({ debounceMs: 10_000 });
    e.seen('a1', undefined);
    await e.change('a1', { note: 'My note' }, { typing: true });
    // Meanwhile, in another tab:
    await saveAnswer(request('a1', { note: 'Their note' }, { by: 'jm', device: 'tablet-2' }));
    e.seen('a1', (await answersOf(CASE)).get('a1'));
    const state = e.state('a1');
    expect(state.kind).toBe('conflict');
    expect(state.kind === 'conflict' && [state.mine.note, state.theirs.note]).toEqual([
      'My note',
      'Their note',
    ]);
    expect(hasUnsavedWork()).toBe(true);
    await e.keepMine('a1');
    expect((await answersOf(CASE)).get('a1')).toMatchObject({ note: 'My note', rev: 2, by: 'ap' });

    // And the other way: a conflict found at save time, resolved by keeping theirs.
    await saveAnswer(
      request(
        'a1',
        { note: 'Theirs again' },
        { by: 'jm', base: { value: null, note: 'My note', rev: 2 } },
      ),
    );
    await e.change('a1', { note: 'Mine again' });
    expect(e.state('a1').kind).toBe('conflict');
    e.keepTheirs('a1');
    expect(e.pending('a1')).toEqual({});
    expect(hasUnsavedWork()).toBe(false);
    expect((await answersOf(CASE)).get('a1')?.note).toBe('Theirs again');
    await e.dispose();
  });

  it('holds a change to a case completed meanwhile, and saves it once the case is reopened', async () => {
    const e = editor();
    await database().cases.update(CASE, { status: 'complete' });
    await e.change('a1', { note: 'Typed as it was completed elsewhere' });
    expect(e.state('a1')).toEqual({ kind: 'locked', caseStatus: 'complete' });
    expect(e.hasUnsaved()).toBe(true);
    expect(await answersOf(CASE)).toEqual(new Map());
    await database().cases.update(CASE, { status: 'in-progress' });
    await e.retryLocked();
    expect(e.state('a1').kind).toBe('saved');
    expect((await answersOf(CASE)).get('a1')?.note).toBe('Typed as it was completed elsewhere');
    await e.dispose();
  });

  it('keeps paused work until resumed', async () => {
    const e = editor();
    e.pause('test');
    await e.change('a1', { value: 'no' });
    expect(await answersOf(CASE)).toEqual(new Map());
    expect(e.hasUnsaved()).toBe(true);
    e.resume('test');
    await e.flush();
    expect((await answersOf(CASE)).get('a1')?.value).toBe('no');
    await e.dispose();
  });
});

describe('completing and reopening a case', () => {
  const who = { caseId: CASE, by: 'ap', device: 'tablet-1' };
  const complete: Record<string, unknown> = {
    age: 15,
    'placement-type': 'foster',
    mappa: 'no',
    a1: 'yes',
    a2: 'yes',
    a3: 'good',
    p1: 'yes',
    p2: ['education'],
    p3: 4,
    r1: 'yes',
  };

  it('completes only when every applicable required question is answered', async () => {
    const early = await completeCase(who);
    expect(early.status).toBe('incomplete');
    expect(early.status === 'incomplete' && early.missing).toHaveLength(10);
    for (const [itemId, value] of Object.entries(complete)) {
      if (itemId === 'p3') continue;
      await saveAnswer(request(itemId, { value: value as string }));
    }
    expect(await completeCase(who)).toEqual({ status: 'incomplete', missing: ['p3'] });
    await saveAnswer(request('p3', { value: 4 }));
    const done = await completeCase(who, clock('2026-03-04T10:00:00.000Z'));
    expect(done.status).toBe('done');
    expect((await database().cases.get(CASE))?.status).toBe('complete');

    const reopened = await reopenCase(who, clock('2026-03-04T11:00:00.000Z'));
    expect(reopened.status).toBe('done');
    expect((await database().cases.get(CASE))?.status).toBe('in-progress');
    const statusChanges = (await historyOf(CASE)).filter((h) => h.itemId === CASE_STATUS_ITEM);
    expect(statusChanges.map((h) => [h.before?.value, h.value, h.at])).toEqual([
      ['complete', 'in-progress', '2026-03-04T11:00:00.000Z'],
      ['in-progress', 'complete', '2026-03-04T10:00:00.000Z'],
    ]);
  });
});

describe('marking a case moderated', () => {
  const who = { caseId: CASE, by: 'lead', device: 'laptop-lead', source: 'moderation: J. Morgan' };

  it('moves a complete case to moderated, with its history entry, once', async () => {
    const db = database();
    await db.cases.update(CASE, { status: 'complete' });
    const at = clock('2026-03-06T15:00:00.000Z');
    expect(await markModerated(who, at)).toMatchObject({
      status: 'done',
      caseRecord: { status: 'moderated', updatedAt: '2026-03-06T15:00:00.000Z' },
    });
    expect((await historyOf(CASE))[0]).toMatchObject({
      itemId: CASE_STATUS_ITEM,
      value: 'moderated',
      before: { value: 'complete', note: '' },
      by: 'lead',
      device: 'laptop-lead',
      via: 'moderation',
      source: 'moderation: J. Morgan',
    });
    expect(await markModerated(who, at)).toMatchObject({ status: 'unchanged' });
    expect(await db.answerHistory.count()).toBe(1);
  });

  it('joins the caller’s transaction, and refuses a case that is not complete (a bug)', async () => {
    const db = database();
    await db.cases.update(CASE, { status: 'complete' });
    await expect(
      db.transaction('rw', [db.cases, db.answerHistory, db.moderation], async () => {
        await markModerated(who);
        throw new Error('the decision could not be kept');
      }),
    ).rejects.toThrow('the decision could not be kept');
    expect((await db.cases.get(CASE))?.status).toBe('complete');
    await db.cases.update(CASE, { status: 'in-progress' });
    await expect(markModerated(who)).rejects.toThrow(/only a complete case is moderated/);
    expect(await db.answerHistory.count()).toBe(0);
  });
});

describe('importing answers', () => {
  const incoming = [
    {
      caseId: CASE,
      inspectionId: 'insp-1',
      itemId: 'a1',
      value: 'yes',
      note: 'From the file',
      at: '2026-03-05T09:00:00.000Z',
      by: 'jm',
      device: 'laptop-7',
    },
    {
      caseId: CASE,
      inspectionId: 'insp-1',
      itemId: 'a2',
      value: 'no',
      note: '',
      at: '2026-03-05T09:00:00.000Z',
      by: 'jm',
      device: 'laptop-7',
    },
  ];

  it('writes many answers with their history, and changes nothing the second time', async () => {
    await saveAnswer(request('a1', { value: 'no' }));
    expect(await importAnswers(incoming, { via: 'import', source: 'jm.json' })).toEqual({
      written: 2,
      unchanged: 0,
    });
    const answers = await answersOf(CASE);
    expect(answers.get('a1')).toMatchObject({ value: 'yes', rev: 2, by: 'jm' });
    expect(answers.get('a2')).toMatchObject({ value: 'no', rev: 1 });
    const imported = (await historyOf(CASE)).filter((h) => h.via === 'import');
    expect(imported.find((h) => h.itemId === 'a1')).toMatchObject({
      source: 'jm.json',
      before: { value: 'no', note: '' },
    });
    expect(await importAnswers(incoming, { via: 'import', source: 'jm.json' })).toEqual({
      written: 0,
      unchanged: 2,
    });
  });

  it('records a moderation decision that keeps the answer, without a new revision', async () => {
    await importAnswers(incoming, { via: 'import', source: 'jm.json' });
    const decision = {
      ...incoming[0]!,
      at: '2026-03-06T15:00:00.000Z',
      by: 'lead',
      device: 'laptop-lead',
    };
    const source = 'moderation: A. Patel 2026-03-06: kept the first reading’s answer';
    expect(await importAnswers([decision], { via: 'moderation', source })).toEqual({
      written: 0,
      unchanged: 1,
    });
    // The answer is as it was: jm's, revision 1.
    expect((await answersOf(CASE)).get('a1')).toMatchObject({ value: 'yes', rev: 1, by: 'jm' });
    expect((await historyOf(CASE))[0]).toMatchObject({
      itemId: 'a1',
      value: 'yes',
      note: 'From the file',
      before: { value: 'yes', note: 'From the file' },
      rev: 1,
      at: '2026-03-06T15:00:00.000Z',
      by: 'lead',
      device: 'laptop-lead',
      via: 'moderation',
      source,
    });
  });

  it('joins the caller’s transaction: nothing is written if the caller fails', async () => {
    const db = database();
    await expect(
      db.transaction('rw', [...answerTables(db), db.answerHistory, db.imports], async () => {
        await importAnswers(incoming, { via: 'moderation' });
        throw new Error('the merge found a problem');
      }),
    ).rejects.toThrow('the merge found a problem');
    expect(await answersOf(CASE)).toEqual(new Map());
  });
});

describe('who is scoring, on which device', () => {
  it('makes one device id and keeps it', async () => {
    const [first, again] = await Promise.all([deviceId(), deviceId()]);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(again).toBe(first);
    forgetDeviceId();
    expect(await deviceId()).toBe(first);
  });

  it('remembers the scorer per inspection', async () => {
    expect(await scorerFor('insp-1')).toBeNull();
    await setScorer('insp-1', 'jm');
    expect(await scorerFor('insp-1')).toBe('jm');
    expect(await scorerFor('insp-2')).toBeNull();
  });
});

describe('recovering after a crash', () => {
  it('finds a case left open by a page that did not close normally, once', async () => {
    const mine = markCaseOpen({ caseId: CASE, inspectionId: 'insp-1', ref: 'LAC-01-01' });
    // A case open in this page is not a crash.
    expect(await takeUncleanExit()).toBeNull();
    await saveAnswer(request('a1', { value: 'yes' }), clock('2026-03-03T14:32:00.000Z'));
    // What a killed page leaves behind: its marker, and no lock held.
    await database().meta.put({
      key: 'open-case:crashed',
      value: {
        token: 'crashed',
        caseId: CASE,
        inspectionId: 'insp-1',
        ref: 'LAC-01-01',
        openedAt: '2026-03-03T14:00:00.000Z',
      },
    });
    expect(await takeUncleanExit()).toMatchObject({
      caseId: CASE,
      ref: 'LAC-01-01',
      lastSavedAt: '2026-03-03T14:32:00.000Z',
    });
    expect(await takeUncleanExit()).toBeNull();
    await markCaseClosed(mine);
    expect(await database().meta.where('key').startsWith('open-case:').count()).toBe(0);
  });

  it('does not take a page that closed normally for a crash, even if its marker stayed', async () => {
    const notes = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => notes.get(key) ?? null,
      setItem: (key: string, value: string) => notes.set(key, value),
      removeItem: (key: string) => notes.delete(key),
      key: (i: number) => [...notes.keys()][i] ?? null,
      get length() {
        return notes.size;
      },
    });
    // A note left by a page whose marker was removed normally is tidied away too.
    localStorage.setItem('case-audit:closed-normally:long-gone', '1');
    localStorage.setItem('case-audit:closed-normally:left', '1');
    await database().meta.put({
      key: 'open-case:left',
      value: {
        token: 'left',
        caseId: CASE,
        inspectionId: 'insp-1',
        ref: 'LAC-01-01',
        openedAt: '2026-03-03T14:00:00.000Z',
      },
    });
    expect(await takeUncleanExit()).toBeNull();
    expect(localStorage.getItem('case-audit:closed-normally:left')).toBeNull();
    expect(localStorage.getItem('case-audit:closed-normally:long-gone')).toBeNull();
    expect(await database().meta.where('key').startsWith('open-case:').count()).toBe(0);
    vi.unstubAllGlobals();
  });
});
