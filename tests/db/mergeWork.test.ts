/**
 * Team work over real databases, one per device: packs out, work back, merged in one
 * transaction, conflicts kept or decided, the same file twice changing nothing, refusals that
 * change nothing, passphrases, a 5,000-case file.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildWorkFile,
  encryptedFileText,
  encryptFileText,
  type FilePlan,
  readMergeDecision,
  teamFileText,
  type WorkFile,
} from '../../src/core';
import { allAnswers, getAnswer } from '../../src/db/cases/answerStore';
import { completeCase } from '../../src/db/cases/caseStatusWriter';
import { database, useDatabase } from '../../src/db/connection';
import { fileContent } from '../../src/db/exchange/fileContent';
import { webSha256 } from '../../src/db/exchange/inspectionExport';
import { openConflicts, resolveConflict } from '../../src/db/exchange/mergeConflicts';
import { commitMerge } from '../../src/db/exchange/mergeWork';
import { openTeamFile, unlockTeamFile } from '../../src/db/exchange/teamFileOpening';
import { assignSecondReadings } from '../../src/db/moderation/moderationAssignment';
import { getModeration } from '../../src/db/moderation/moderationStore';
import { finishSecondReading, saveSecondAnswer } from '../../src/db/moderation/secondReadingStore';
import {
  DEVICE,
  devices,
  dump,
  leadInspection,
  MADE,
  merge,
  on,
  packText,
  preview,
  ready,
  score,
  who,
  workText,
} from '../fixtures/teamDb';

afterEach(() => useDatabase(null));

const INSP = 'insp-team';

function ok(plan: FilePlan | undefined): Extract<FilePlan, { status: 'ok' }> {
  if (plan?.status !== 'ok') throw new Error(`expected ok: ${JSON.stringify(plan)}`);
  return plan;
}

/** The lead sends ap a pack; ap imports it on their laptop. */
async function packToAp(d: ReturnType<typeof devices>) {
  on(d.lead);
  const fixture = await leadInspection();
  const pack = await packText(INSP, 'ap');
  on(d.ap);
  await merge(INSP, [await ready(pack)], 'ap');
  return { fixture, pack };
}

describe('a pack on an inspector’s laptop', () => {
  it('brings the framework, the inspection and their cases, and says who scores there', async () => {
    const d = devices();
    const { pack } = await packToAp(d);
    expect(pack.name).toBe('team-test-thematic-pack-ap-2026-03-02-1700.json');
    const db = database();
    expect(await db.inspections.get(INSP)).toMatchObject({ title: expect.any(String) });
    expect((await db.cases.toArray()).map((c) => c.ref).sort()).toEqual(['LAC-01-01', 'LAC-01-03']);
    expect(await db.frameworks.get('team-test@1.0.0')).toBeDefined();
    expect(await db.meta.get(`scorer:${INSP}`)).toEqual({ key: `scorer:${INSP}`, value: 'ap' });
  });

  it('imported twice, changes nothing the second time', async () => {
    const d = devices();
    const { pack } = await packToAp(d);
    const before = await dump();
    const again = await merge(INSP, [await ready(pack)], 'ap');
    expect(again.files[0]!.status).toBe('already-merged');
    expect(again.wrote).toBe(false);
    expect(await dump()).toBe(before);
  });

  it('a newer pack updates assignments and adds cases, but never overwrites answers made here', async () => {
    const d = devices();
    await packToAp(d);
    await score('ap', 'insp-team-case-1', 'q1', 'yes', 'Memo p. 3');
    // Meanwhile the lead changes the same answer, and gives ap case 2 as well.
    on(d.lead);
    await score('lead', 'insp-team-case-1', 'q1', 'no');
    const db = database();
    await db.cases.update('insp-team-case-2', { inspectorId: 'ap' });
    await db.inspections.update(INSP, { updatedAt: '2026-03-02T16:00:00.000Z' });
    const newer = await packText(INSP, 'ap');
    on(d.ap);
    const outcome = await merge(INSP, [await ready(newer)], 'ap');
    const plan = ok(outcome.files[0]);
    expect(plan.counts).toMatchObject({ newCases: 1, conflicts: 1, keptForLater: 1 });
    const mine = await getAnswer(database(), 'insp-team-case-1', 'q1');
    expect(mine).toMatchObject({ value: 'yes', note: 'Memo p. 3', device: DEVICE.ap });
    expect(await database().cases.get('insp-team-case-2')).toMatchObject({ inspectorId: 'ap' });
    expect(await openConflicts(INSP)).toHaveLength(1);
  });
});

describe('merging work on the lead’s laptop', () => {
  it('brings the inspector’s answers, notes and history, each entry saying which file', async () => {
    const d = devices();
    await packToAp(d);
    await score('ap', 'insp-team-case-1', 'q1', 'yes', 'Allocation memo, p. 3');
    await score('ap', 'insp-team-case-3', 'q2', 'no');
    const work = await workText(INSP, 'ap');
    expect(work.name).toBe('team-test-thematic-work-ap-2026-03-02-1700.json');
    on(d.lead);
    const files = await preview(INSP, [await ready(work)]);
    expect(ok(files[0]).counts).toMatchObject({ updatedCases: 2, answersTaken: 2, conflicts: 0 });
    const before = await dump();
    expect(await dump()).toBe(before); // the preview wrote nothing
    await merge(INSP, [await ready(work)]);
    const answer = await getAnswer(database(), 'insp-team-case-1', 'q1');
    expect(answer).toMatchObject({
      value: 'yes',
      note: 'Allocation memo, p. 3',
      by: 'ap',
      device: DEVICE.ap,
      rev: 1,
    });
    const history = await database()
      .answerHistory.where('caseId')
      .equals('insp-team-case-1')
      .toArray();
    expect(history).toEqual([
      expect.objectContaining({
        itemId: 'q1',
        value: 'yes',
        device: DEVICE.ap,
        via: 'import',
        source: work.name,
      }),
    ]);
    expect(await database().imports.get(ok(files[0]).fileId)).toMatchObject({
      fileName: work.name,
    });
  });

  it('merges two inspectors’ files at once, and the same files again change nothing', async () => {
    const d = devices();
    on(d.lead);
    await leadInspection();
    const packs = { ap: await packText(INSP, 'ap'), jm: await packText(INSP, 'jm') };
    on(d.ap);
    await merge(INSP, [await ready(packs.ap)], 'ap');
    await score('ap', 'insp-team-case-1', 'q1', 'yes');
    const apWork = await workText(INSP, 'ap');
    on(d.jm);
    await merge(INSP, [await ready(packs.jm)], 'jm');
    await score('jm', 'insp-team-case-2', 'q1', 'no');
    await score('jm', 'insp-team-case-4', 'q3', 'na');
    const jmWork = await workText(INSP, 'jm');
    on(d.lead);
    const both = [await ready(apWork), await ready(jmWork)];
    const outcome = await merge(INSP, both);
    expect(outcome.files.map((f) => f.status)).toEqual(['ok', 'ok']);
    expect((await allAnswers(database())).length).toBe(3);
    const after = await dump();
    const again = await merge(INSP, both);
    expect(again.files.map((f) => f.status)).toEqual(['already-merged', 'already-merged']);
    expect(await dump()).toBe(after);
  });

  describe('a conflict', () => {
    async function conflicting() {
      const d = devices();
      await packToAp(d);
      await score('ap', 'insp-team-case-1', 'q1', 'yes', 'Memo p. 3');
      const work = await workText(INSP, 'ap');
      on(d.lead);
      await score('lead', 'insp-team-case-1', 'q1', 'no', 'Not in the file');
      const incoming = await ready(work);
      const plan = ok((await preview(INSP, [incoming]))[0]);
      return { work, incoming, plan };
    }

    it('is shown with both sides before anything is written', async () => {
      const { plan } = await conflicting();
      expect(plan.conflicts).toHaveLength(1);
      expect(plan.conflicts[0]).toMatchObject({
        caseRef: 'LAC-01-01',
        itemId: 'q1',
        mine: { value: 'no', note: 'Not in the file', by: 'lead', device: DEVICE.lead },
        theirs: { value: 'yes', note: 'Memo p. 3', by: 'ap', device: DEVICE.ap },
      });
    });

    it('keep theirs: the answer is theirs, with their entry and the decision in the history', async () => {
      const { incoming, plan, work } = await conflicting();
      const key = plan.conflicts[0]!.key;
      await merge(INSP, [incoming], 'lead', new Map([[key, 'theirs']]));
      expect(await getAnswer(database(), 'insp-team-case-1', 'q1')).toMatchObject({
        value: 'yes',
        note: 'Memo p. 3',
        by: 'lead',
        device: DEVICE.lead,
      });
      const history = await database()
        .answerHistory.where('caseId')
        .equals('insp-team-case-1')
        .toArray();
      expect(history.map((h) => [h.value, h.device, h.via])).toEqual([
        ['no', DEVICE.lead, 'edit'],
        ['yes', DEVICE.ap, 'import'],
        ['yes', DEVICE.lead, 'import'],
      ]);
      expect(readMergeDecision(history[2]!.source)).toEqual({
        keep: 'theirs',
        fileName: work.name,
      });
      expect(await openConflicts(INSP)).toEqual([]);
    });

    it('keep both for later: mine stays, the conflict is open until resolved from the list', async () => {
      const { incoming } = await conflicting();
      await merge(INSP, [incoming]);
      expect(await getAnswer(database(), 'insp-team-case-1', 'q1')).toMatchObject({
        value: 'no',
      });
      const [open] = await openConflicts(INSP);
      expect(open).toMatchObject({ caseId: 'insp-team-case-1', itemId: 'q1', status: 'open' });
      const before = await dump();
      // Resolved later: keep mine.
      const resolved = await resolveConflict(
        open!.id,
        'mine',
        who('lead', '2026-03-04T09:00:00.000Z'),
      );
      expect(resolved.status).toBe('resolved');
      expect(await dump()).not.toBe(before);
      expect(await getAnswer(database(), 'insp-team-case-1', 'q1')).toMatchObject({
        value: 'no',
        // Both were at revision 1; the decision is revision 2, by the lead on the lead's laptop.
        rev: 2,
        device: DEVICE.lead,
      });
      expect(await openConflicts(INSP)).toEqual([]);
      // Resolving again finds nothing to do.
      expect((await resolveConflict(open!.id, 'theirs', who('lead'))).status).toBe('missing');
    });
  });

  describe('all or nothing', () => {
    it('a failure during the write leaves the database exactly as it was', async () => {
      const d = devices();
      await packToAp(d);
      await score('ap', 'insp-team-case-1', 'q1', 'yes');
      const work = await workText(INSP, 'ap');
      on(d.lead);
      const incoming = await ready(work);
      const before = await dump();
      // The last write of the transaction fails (as a full disk would).
      const spy = vi
        .spyOn(database().imports, 'bulkPut')
        .mockRejectedValue(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }));
      const outcome = await commitMerge(INSP, [incoming], new Map(), who('lead'));
      spy.mockRestore();
      expect(outcome).toMatchObject({ status: 'failed', reason: 'quota' });
      expect(await dump()).toBe(before);
      // And it goes in whole once the disk has room.
      await merge(INSP, [incoming]);
      expect(await getAnswer(database(), 'insp-team-case-1', 'q1')).toMatchObject({
        value: 'yes',
      });
    });
  });

  describe('refused, and nothing changes', () => {
    async function leadWith() {
      const d = devices();
      on(d.lead);
      await leadInspection();
      return d;
    }

    async function refused(file: WorkFile, name = 'x.json') {
      const opened = await openTeamFile(name, teamFileText(file));
      if (opened.status !== 'ready') throw new Error(opened.status);
      const before = await dump();
      const outcome = await merge(INSP, [opened.incoming]);
      expect(await dump()).toBe(before);
      const plan = outcome.files[0]!;
      if (plan.status !== 'refused') throw new Error(plan.status);
      return plan.errors.map((e) => e.message);
    }

    async function work(inspection: WorkFile['inspection']): Promise<WorkFile> {
      return buildWorkFile(
        {
          inspection,
          from: { inspectorId: 'ap', name: 'A. Patel', device: DEVICE.ap },
          cases: [],
          moderation: [],
        },
        MADE,
        webSha256,
      );
    }

    it('a file for another framework version says which', async () => {
      await leadWith();
      const inspection = (await database().inspections.get(INSP))!;
      const messages = await refused(
        await work({
          id: INSP,
          title: inspection.title,
          framework: { id: 'team-test', version: '1.1.0' },
        }),
      );
      expect(messages).toEqual([
        `This file is for ‘${inspection.title}’ (framework team-test@1.1.0); this inspection uses team-test@1.0.0. Only work made for team-test@1.0.0, or for a version this inspection was moved from, can be merged.`,
      ]);
    });

    it('a file for another inspection says which', async () => {
      await leadWith();
      const messages = await refused(
        await work({
          id: 'insp-other',
          title: 'Youth justice self-audit',
          framework: { id: 'team-test', version: '1.0.0' },
        }),
      );
      expect(messages[0]).toMatch(
        /^This file is for ‘Youth justice self-audit’ \(framework team-test@1\.0\.0\)/,
      );
    });

    it('damaged files are refused before anything is read into the database', async () => {
      const d = await leadWith();
      on(d.ap);
      await leadInspection();
      await score('ap', 'insp-team-case-1', 'q1', 'yes');
      const { text } = await workText(INSP, 'ap');
      on(d.lead);
      const before = await dump();
      const cases: [string, string, RegExp][] = [
        ['truncated', text.slice(0, text.length / 2), /is not valid JSON/],
        ['edited by hand', text.replace('"yes"', '"no"'), /checksum: does not match/],
        [
          'from a newer app',
          text.replace('"formatVersion": 1', '"formatVersion": 2'),
          /newer version of Case Audit/,
        ],
        ['not JSON at all', '\u0000\u0001PK', /is not valid JSON/],
      ];
      for (const [what, damaged, message] of cases) {
        const opened = await openTeamFile(`${what}.json`, damaged);
        expect(opened.status, what).toBe('invalid');
        if (opened.status === 'invalid') {
          expect(opened.errors.map((e) => `${e.path}: ${e.message}`).join('\n'), what).toMatch(
            message,
          );
        }
      }
      expect(await dump()).toBe(before);
    });
  });

  describe('passphrases', { timeout: 30_000 }, () => {
    it('a protected work file opens with its passphrase, and a wrong one changes nothing', async () => {
      const d = devices();
      await packToAp(d);
      await score('ap', 'insp-team-case-1', 'q1', 'yes');
      const work = await workText(INSP, 'ap');
      const opened = await openTeamFile(work.name, work.text);
      if (opened.status !== 'ready') throw new Error(opened.status);
      const protectedText = await fileContent(opened.incoming.file, 'orange kettle harbour');
      on(d.lead);
      const before = await dump();
      const locked = await openTeamFile(work.name, protectedText);
      if (locked.status !== 'locked') throw new Error(locked.status);
      const wrong = await unlockTeamFile(work.name, locked.encrypted, 'orange kettle harbor');
      expect(wrong).toMatchObject({
        status: 'locked',
        error: expect.stringMatching(/^The passphrase is not right for this file/),
      });
      expect(await dump()).toBe(before);
      const right = await unlockTeamFile(work.name, locked.encrypted, 'orange kettle harbour');
      if (right.status !== 'ready') throw new Error(right.status);
      // The same content as the plain file: recognised as the same file.
      expect(right.incoming.id).toBe(opened.incoming.id);
      await merge(INSP, [right.incoming]);
      expect(await getAnswer(database(), 'insp-team-case-1', 'q1')).toMatchObject({
        value: 'yes',
      });
    });

    it('tampered ciphertext is refused like a wrong passphrase', async () => {
      const text = encryptedFileText(
        await encryptFileText('{"a":1}', 'work', 'orange kettle harbour', crypto),
      );
      const locked = await openTeamFile('x.json', text);
      if (locked.status !== 'locked') throw new Error(locked.status);
      const { ciphertext } = locked.encrypted;
      // A different first character whatever the random ciphertext starts with.
      const first = ciphertext.startsWith('A') ? 'B' : 'A';
      const flipped = { ...locked.encrypted, ciphertext: `${first}${ciphertext.slice(1)}` };
      const result = await unlockTeamFile('x.json', flipped, 'orange kettle harbour');
      expect(result.status).toBe('locked');
    });
  });

  it('carries second readings: assigned in the pack (blind), read on the laptop, merged back', async () => {
    const d = devices();
    on(d.lead);
    await leadInspection();
    // jm's case 2 is complete; the lead asks ap to read it again.
    for (const item of ['q1', 'q2', 'q3'])
      await score('jm', 'insp-team-case-2', item, 'yes', 'First reading');
    expect(
      (await completeCase({ caseId: 'insp-team-case-2', by: 'lead', device: DEVICE.lead })).status,
    ).toBe('done');
    const assigned = await assignSecondReadings({
      inspectionId: INSP,
      assignments: [{ caseId: 'insp-team-case-2', secondReaderId: 'ap' }],
      selection: { method: 'hand', seed: null, description: null, at: MADE.exportedAt, by: 'lead' },
      by: 'lead',
    });
    expect(assigned.status).toBe('done');
    const pack = await packText(INSP, 'ap');
    // Blind: the case travels without its first reading.
    expect(pack.text).not.toContain('First reading');
    const packed = JSON.parse(pack.text) as {
      cases: { id: string; answers: object; history: unknown[] }[];
      moderation: unknown[];
    };
    expect(packed.moderation).toHaveLength(1);
    expect(packed.cases.find((c) => c.id === 'insp-team-case-2')).toMatchObject({
      answers: {},
      history: [],
    });
    on(d.ap);
    const imported = await merge(INSP, [await ready(pack)], 'ap');
    expect(imported.moderation).toEqual([`${pack.name}: 1 second reading to do`]);
    for (const item of ['q1', 'q2', 'q3']) {
      const saved = await saveSecondAnswer({
        caseId: 'insp-team-case-2',
        itemId: item,
        patch: { value: item === 'q2' ? 'no' : 'yes' },
        base: { value: null, note: '', rev: 0 },
        by: 'ap',
        device: DEVICE.ap,
      });
      expect(saved.status).toBe('saved');
    }
    expect(
      (await finishSecondReading({ inspectionId: INSP, caseId: 'insp-team-case-2', by: 'ap' }))
        .status,
    ).toBe('done');
    const work = await workText(INSP, 'ap');
    on(d.lead);
    const merged = await merge(INSP, [await ready(work)]);
    expect(merged.moderation).toEqual([`${work.name}: 1 second reading merged`]);
    const record = await getModeration(INSP, 'insp-team-case-2');
    expect(record?.data).toMatchObject({ status: 'read', secondReaderId: 'ap' });
    expect(record?.data.secondReading.q2).toMatchObject({ value: 'no', by: 'ap' });
    // The first reading is untouched.
    expect(await getAnswer(database(), 'insp-team-case-2', 'q2')).toMatchObject({
      value: 'yes',
    });
  });

  it('a 5,000-case file merges in one transaction, reporting progress', {
    timeout: 120_000,
  }, async () => {
    const d = devices();
    on(d.lead);
    await leadInspection(0);
    const inspection = (await database().inspections.get(INSP))!;
    const at = '2026-03-03T10:00:00.000Z';
    const cases = Array.from({ length: 5_000 }, (_, i) => {
      const answer = {
        value: i % 3 === 0 ? 'no' : 'yes',
        note: '',
        rev: 1,
        at,
        by: 'ap',
        device: DEVICE.ap,
      };
      return {
        id: `big-${i}`,
        inspectionId: INSP,
        ref: `LAC-09-${String(i).padStart(4, '0')}`,
        areaId: 'north',
        stratumId: null,
        inspectorId: 'ap',
        status: 'in-progress' as const,
        role: 'sample' as const,
        createdAt: at,
        updatedAt: at,
        answers: { q1: answer, q2: answer },
        history: [
          { itemId: 'q1', ...answer, via: 'edit' as const, before: null },
          { itemId: 'q2', ...answer, via: 'edit' as const, before: null },
        ],
      };
    });
    const file = await buildWorkFile(
      {
        inspection: { id: INSP, title: inspection.title, framework: inspection.framework },
        from: { inspectorId: 'ap', name: 'A. Patel', device: DEVICE.ap },
        cases,
        moderation: [],
      },
      MADE,
      webSha256,
    );
    const incoming = await ready({ name: 'big.json', text: teamFileText(file) });
    const progress: number[] = [];
    const outcome = await commitMerge(INSP, [incoming], new Map(), who('lead'), (p) => {
      if (p.phase === 'writing') progress.push(p.done);
    });
    expect(ok(outcome.status === 'merged' ? outcome.files[0] : undefined).counts.newCases).toBe(
      5_000,
    );
    expect(await database().cases.count()).toBe(5_000);
    expect((await allAnswers(database())).length).toBe(10_000);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(5_000 + 10_000 + 10_000);
  });
});
