import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildInspectionFile,
  canonicalJson,
  computeFindings,
  emptyReportDraft,
  findingsCasesOf,
  inspectionFileText,
  toFindingsJson,
} from '../../src/core';
import { groupNamesOf } from '../../src/core/findings/findingsOptions';
import { getAnswer } from '../../src/db/cases/answerStore';
import { saveAnswer } from '../../src/db/cases/answerWriter';
import { loadFindingsSource } from '../../src/db/cases/findingsSource';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { makeInspectionFile, webSha256 } from '../../src/db/exchange/inspectionExport';
import { importInspectionFile } from '../../src/db/exchange/inspectionImport';
import { loadExampleInspection } from '../../src/db/inspections/exampleInspection';
import { saveReportDraft } from '../../src/db/inspections/reportStore';
import { assignSecondReadings } from '../../src/db/moderation/moderationAssignment';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
const fresh = () => useDatabase(new CaseAuditDatabase(`inspection-file-${n++}`, TEST_DATA_KEY));
const MADE = { exportedAt: '2026-11-22T10:00:00.000Z', appVersion: '0.1.0' };

beforeEach(fresh);
afterEach(() => useDatabase(null));

/** The example inspection, with a report draft and one answer changed by hand (an edit in its history). */
async function inspectionWithWork(): Promise<string> {
  const loaded = await loadExampleInspection({ newId: () => 'insp-example' });
  if (loaded.status !== 'loaded') throw new Error(`fixture: ${loaded.status}`);
  const draft = emptyReportDraft();
  draft.summary = 'Work with these children was often poor.';
  draft.keyFindings = [{ id: 'k1', text: 'A sentence.', source: null }];
  expect((await saveReportDraft('insp-example', draft)).status).toBe('saved');
  const kase = (await database().cases.where('inspectionId').equals('insp-example').toArray()).find(
    (c) => c.status === 'in-progress',
  )!;
  const stored = await getAnswer(database(), kase.id, 'alloc-prompt');
  const outcome = await saveAnswer({
    caseId: kase.id,
    itemId: 'alloc-prompt',
    patch: { value: stored?.value === 'no' ? 'yes' : 'no', note: 'Allocation memo, file p. 3' },
    base: stored
      ? { value: stored.value, note: stored.note, rev: stored.rev }
      : { value: null, note: '', rev: 0 },
    by: 'ap',
    device: 'laptop-1',
  });
  expect(outcome.status).toBe('saved');
  return 'insp-example';
}

async function findingsJson(id: string) {
  const source = await loadFindingsSource(id);
  if (!source?.framework) throw new Error('no source');
  return toFindingsJson(
    computeFindings(source.framework, findingsCasesOf(source.cases), {
      breakdownBy: 'area',
      names: groupNamesOf(source.inspection),
    }),
  );
}

async function snapshot(db: CaseAuditDatabase): Promise<string> {
  const tables = [
    db.frameworks,
    db.inspections,
    db.cases,
    db.answerValues,
    db.answerDetails,
    db.answerHistory,
    db.reports,
    db.moderation,
    db.imports,
  ] as const;
  return canonicalJson(await Promise.all(tables.map((t) => t.toArray())));
}

describe('exporting and importing an inspection file', { timeout: 60_000 }, () => {
  it('gives an identical inspection on another device: same ids, answers, history, report, findings', async () => {
    const id = await inspectionWithWork();
    const exported = await makeInspectionFile(id, MADE);
    if (exported.status !== 'ok') throw new Error(exported.message);
    const before = await findingsJson(id);
    const history = exported.file.cases.reduce((sum, c) => sum + c.history.length, 0);
    expect(history).toBeGreaterThan(exported.file.cases.length);

    fresh();
    const imported = await importInspectionFile(inspectionFileText(exported.file), {
      fileName: 'lac-2012-thematic-all-data-2026-11-22.json',
    });
    expect(imported).toMatchObject({ status: 'imported', cases: 60, history });
    // The same file again, made on this device: byte for byte, checksum and all.
    const again = await makeInspectionFile(id, MADE);
    if (again.status !== 'ok') throw new Error(again.message);
    expect(inspectionFileText(again.file)).toBe(inspectionFileText(exported.file));
    expect(await findingsJson(id)).toEqual(before);
  });

  it('keeps the moderation records (second readings and their selection) in the file', async () => {
    const id = await inspectionWithWork();
    const db = database();
    const kase = (await db.cases.where('inspectionId').equals(id).toArray()).find(
      (c) => c.status === 'complete',
    )!;
    const inspection = (await db.inspections.get(id))!;
    const reader = inspection.team.find((m) => m.id !== kase.inspectorId)!;
    const assigned = await assignSecondReadings({
      inspectionId: id,
      assignments: [{ caseId: kase.id, secondReaderId: reader.id }],
      selection: { method: 'hand', seed: null, description: null, at: MADE.exportedAt, by: 'lead' },
      by: 'lead',
    });
    expect(assigned.status).toBe('done');
    const exported = await makeInspectionFile(id, MADE);
    if (exported.status !== 'ok') throw new Error(exported.message);
    expect(exported.file.moderation.map((m) => m.caseId)).toEqual([kase.id]);

    fresh();
    const imported = await importInspectionFile(inspectionFileText(exported.file), {
      fileName: 'x.json',
    });
    expect(imported.status).toBe('imported');
    expect((await database().moderation.toArray()).map((m) => m.caseId)).toEqual([kase.id]);
  });

  it('brings a file from before case ids were random in under random ids, answers and readings with them', async () => {
    const id = await inspectionWithWork();
    const db = database();
    const kase = (await db.cases.where('inspectionId').equals(id).toArray()).find(
      (c) => c.status === 'complete',
    )!;
    const inspection = (await db.inspections.get(id))!;
    const reader = inspection.team.find((m) => m.id !== kase.inspectorId)!;
    await assignSecondReadings({
      inspectionId: id,
      assignments: [{ caseId: kase.id, secondReaderId: reader.id }],
      selection: { method: 'hand', seed: null, description: null, at: MADE.exportedAt, by: 'lead' },
      by: 'lead',
    });
    const exported = await makeInspectionFile(id, MADE);
    if (exported.status !== 'ok') throw new Error(exported.message);
    // As an earlier version made it: each case's id made from its reference.
    const oldId = (c: { ref: string }) => `${id}-${c.ref}`;
    const refOf = new Map(exported.file.cases.map((c) => [c.id, c.ref]));
    const old = await buildInspectionFile(
      {
        ...exported.file,
        cases: exported.file.cases.map((c) => ({ ...c, id: oldId(c) })),
        moderation: exported.file.moderation.map((m) => {
          const caseId = oldId({ ref: refOf.get(m.caseId)! });
          return { ...m, id: `second-reading:${caseId}`, caseId };
        }),
      },
      MADE,
      webSha256,
    );

    fresh();
    const imported = await importInspectionFile(inspectionFileText(old), { fileName: 'old.json' });
    expect(imported).toMatchObject({ status: 'imported', cases: 60 });
    const cases = await database().cases.toArray();
    for (const c of cases) expect(c.id).not.toContain(c.ref);
    const idOf = new Map(cases.map((c) => [c.ref, c.id]));
    const newId = idOf.get(kase.ref)!;
    const answers = exported.file.cases.find((c) => c.ref === kase.ref)!.answers;
    for (const [itemId, answer] of Object.entries(answers)) {
      expect(await getAnswer(database(), newId, itemId)).toMatchObject({ note: answer.note });
    }
    expect(await database().moderation.toArray()).toMatchObject([
      { id: `second-reading:${newId}`, caseId: newId },
    ]);
    expect((await database().answerHistory.toArray()).every((h) => !h.caseId.includes(id))).toBe(
      true,
    );
  });

  it('refuses an inspection already on this device, changing nothing', async () => {
    const id = await inspectionWithWork();
    const exported = await makeInspectionFile(id, MADE);
    if (exported.status !== 'ok') throw new Error(exported.message);
    const db = database();
    const before = await snapshot(db);
    const outcome = await importInspectionFile(inspectionFileText(exported.file), {
      fileName: 'x.json',
    });
    expect(outcome.status).toBe('refused');
    expect(outcome.status === 'refused' && outcome.message).toContain(
      'already has this inspection',
    );
    expect(await snapshot(db)).toBe(before);
  });

  it('refuses a framework that differs from the one of the same id and version here', async () => {
    const id = await inspectionWithWork();
    const exported = await makeInspectionFile(id, MADE);
    if (exported.status !== 'ok') throw new Error(exported.message);
    fresh();
    await loadExampleInspection({ newId: () => 'other' }); // seeds the built-in frameworks
    const db = database();
    const key = 'hmip-lac-placed-away-2012@1.0.1';
    const record = (await db.frameworks.get(key))!;
    await db.frameworks.put({ ...record, framework: { ...record.framework, title: 'Altered' } });
    const before = await snapshot(db);
    const outcome = await importInspectionFile(inspectionFileText(exported.file), {
      fileName: 'x.json',
    });
    expect(outcome.status === 'refused' && outcome.message).toContain('different framework');
    expect(await snapshot(db)).toBe(before);
  });

  it('rejects 200 random corruptions with a message, never a throw, leaving the database as it was', async () => {
    const id = await inspectionWithWork();
    const exported = await makeInspectionFile(id, MADE);
    if (exported.status !== 'ok') throw new Error(exported.message);
    // A smaller file (six cases) keeps 200 imports quick; the checks are the same.
    const small = { ...exported.file, cases: exported.file.cases.slice(0, 6) };
    const { buildInspectionFile } = await import('../../src/core');
    const { webSha256 } = await import('../../src/db/exchange/inspectionExport');
    const text = inspectionFileText(await buildInspectionFile(small, MADE, webSha256));
    fresh();
    await loadExampleInspection({ newId: () => 'already-here' });
    const db = database();
    const before = await snapshot(db);
    const positions = [...text].flatMap((ch, i) => (/\s/.test(ch) ? [] : [i]));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: positions.length - 1 }),
        fc.constantFrom('replace', 'delete', 'insert', 'truncate'),
        fc.constantFrom(...'aZ09}[",:é'),
        async (index, how, ch) => {
          const at = positions[index]!;
          fc.pre(how !== 'replace' || text[at] !== ch);
          const broken =
            how === 'replace'
              ? text.slice(0, at) + ch + text.slice(at + 1)
              : how === 'delete'
                ? text.slice(0, at) + text.slice(at + 1)
                : how === 'insert'
                  ? text.slice(0, at) + ch + text.slice(at)
                  : text.slice(0, at);
          const outcome = await importInspectionFile(broken, { fileName: 'broken.json' });
          expect(outcome.status).toBe('invalid');
          if (outcome.status === 'invalid') expect(outcome.errors[0]!.message).not.toBe('');
        },
      ),
      { numRuns: 200, seed: 42 },
    );
    expect(await snapshot(db)).toBe(before);
    // And the sound file still imports.
    expect((await importInspectionFile(text, { fileName: 'sound.json' })).status).toBe('imported');
  });
});
