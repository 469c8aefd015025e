/**
 * 600 random corruptions of a valid work file — truncated, bytes flipped, values edited, fields
 * dropped, cases duplicated, ids changed; half of the structural edits re-signed with a correct
 * checksum, as a determined hand-editor would — each merged into the lead's database. Each one
 * is either refused with a message, the database then byte for byte as before (every table
 * dumped and compared), or, still a sound file, applied exactly as planned: the database holds
 * what the plan wrote, and the same file again plans nothing.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, type MergePlan } from '../../src/core';
import { inspectionFileChecksum } from '../../src/core/exchange/fileEnvelope';
import { getAnswer } from '../../src/db/cases/answerStore';
import { completeCase } from '../../src/db/cases/caseStatusWriter';
import { database, useDatabase } from '../../src/db/connection';
import { webSha256 } from '../../src/db/exchange/inspectionExport';
import { commitMerge, planMergeHere } from '../../src/db/exchange/mergeWork';
import { openTeamFile } from '../../src/db/exchange/teamFileOpening';
import {
  DEVICE,
  devices,
  dump,
  leadInspection,
  merge,
  on,
  packText,
  ready,
  score,
  who,
  workText,
} from '../fixtures/teamDb';

const INSP = 'insp-team';
const RUNS = 600;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

let valid = '';
let baseline: Map<string, unknown[]> = new Map();

async function snapshot(): Promise<Map<string, unknown[]>> {
  const db = database();
  return new Map(
    await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
}

async function restore(tables: Map<string, unknown[]>): Promise<void> {
  const db = database();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      await table.bulkAdd(tables.get(table.name) ?? []);
    }
  });
}

beforeAll(async () => {
  // The lead sends ap a pack; ap scores and completes a case, changes another; the lead
  // changes one of the same answers meanwhile (a conflict in every sound variant).
  const d = devices();
  on(d.lead);
  await leadInspection();
  const pack = await packText(INSP, 'ap');
  on(d.ap);
  await merge(INSP, [await ready(pack)], 'ap');
  for (const item of ['q1', 'q2', 'q3'])
    await score('ap', 'insp-team-case-1', item, 'yes', `Seen ${item}`);
  expect(
    (await completeCase({ caseId: 'insp-team-case-1', by: 'ap', device: DEVICE.ap })).status,
  ).toBe('done');
  await score('ap', 'insp-team-case-3', 'q2', 'no', 'Plan not on file');
  await score('ap', 'insp-team-case-3', 'q2', 'na', 'Plan not needed');
  valid = (await workText(INSP, 'ap')).text;
  on(d.lead);
  await score('lead', 'insp-team-case-3', 'q2', 'yes');
  baseline = await snapshot();
});

afterAll(() => useDatabase(null));

// Corruptions ------------------------------------------------------------------------------------

type Corruption =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'splice'; at: number; length: number; junk: string }
  | { kind: 'edit'; path: number; value: Json; resign: boolean }
  | { kind: 'drop'; path: number; resign: boolean }
  | { kind: 'duplicate-case'; index: number; change: boolean; resign: boolean }
  | {
      kind: 'change-id';
      which: 'case' | 'inspection' | 'item' | 'device';
      index: number;
      to: string;
      resign: boolean;
    };

const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>('yes', 'no', 'na', 'not_known', '', null, 0, 1, -1, true, [], {}),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 10_000 }),
);

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    length: fc.integer({ min: 0, max: 40 }),
    junk: fc.string({ maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    path: fc.nat(),
    value: jsonValue,
    resign: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('drop' as const), path: fc.nat(), resign: fc.boolean() }),
  fc.record({
    kind: fc.constant('duplicate-case' as const),
    index: fc.nat(),
    change: fc.boolean(),
    resign: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('change-id' as const),
    which: fc.constantFrom(
      'case' as const,
      'inspection' as const,
      'item' as const,
      'device' as const,
    ),
    index: fc.nat(),
    to: fc.constantFrom('insp-team-case-2', 'insp-team-case-9', 'other', 'q9', 'q2', ''),
    resign: fc.boolean(),
  }),
);

/** Every place in a JSON value that holds a value: [parent, key]. */
function places(root: Json): [Json[] | Record<string, Json>, string | number][] {
  const out: [Json[] | Record<string, Json>, string | number][] = [];
  const walk = (node: Json) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        out.push([node, i]);
        walk(child);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        out.push([node, key]);
        walk(node[key]!);
      }
    }
  };
  walk(root);
  return out;
}

async function resigned(file: Record<string, Json>): Promise<string> {
  file.checksum = await inspectionFileChecksum(file, webSha256);
  return JSON.stringify(file, null, 1);
}

async function corrupt(text: string, c: Corruption): Promise<string> {
  switch (c.kind) {
    case 'truncate':
      return text.slice(0, c.at % text.length);
    case 'flip': {
      const bytes = new TextEncoder().encode(text);
      const i = c.at % bytes.length;
      bytes[i] = bytes[i]! ^ (1 << c.bit);
      return new TextDecoder().decode(bytes);
    }
    case 'splice': {
      const i = c.at % text.length;
      return text.slice(0, i) + c.junk + text.slice(i + c.length);
    }
    default:
      break;
  }
  const file = JSON.parse(text) as Record<string, Json>;
  const cases = file.cases as Record<string, Json>[];
  switch (c.kind) {
    case 'edit': {
      const all = places(file);
      const [parent, key] = all[c.path % all.length]!;
      (parent as Record<string, Json>)[key as string] = c.value;
      break;
    }
    case 'drop': {
      const all = places(file);
      const [parent, key] = all[c.path % all.length]!;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      break;
    }
    case 'duplicate-case': {
      const copy = structuredClone(cases[c.index % cases.length]!);
      if (c.change) copy.ref = `${copy.ref}-B`;
      cases.push(copy);
      break;
    }
    case 'change-id': {
      const kase = cases[c.index % cases.length]!;
      if (c.which === 'case') kase.id = c.to;
      if (c.which === 'inspection') {
        (file.inspection as Record<string, Json>).id = c.to;
        for (const k of cases) k.inspectionId = c.to;
      }
      if (c.which === 'item') {
        const history = kase.history as Record<string, Json>[];
        if (history.length > 0) history[c.index % history.length]!.itemId = c.to;
      }
      if (c.which === 'device') (file.from as Record<string, Json>).device = c.to;
      break;
    }
  }
  return c.resign ? resigned(file) : JSON.stringify(file, null, 1);
}

// The check ----------------------------------------------------------------------------------------

type Tally = { refusedOnOpen: number; refusedOnMerge: number; applied: number };

async function expectApplied(plan: MergePlan): Promise<void> {
  const db = database();
  for (const row of plan.writes.answers) {
    expect(await getAnswer(db, row.caseId, row.itemId)).toEqual(row);
  }
  for (const row of plan.writes.cases) expect(await db.cases.get(row.id)).toEqual(row);
  for (const row of plan.writes.conflicts) expect(await db.conflicts.get(row.id)).toEqual(row);
  for (const row of plan.writes.files) expect(await db.imports.get(row.id)).toEqual(row);
  const history = await db.answerHistory.toArray();
  const before = (baseline.get('answerHistory') ?? []).length;
  expect(history.length).toBe(before + plan.writes.history.length);
  expect(history.slice(before).map(({ seq: _s, ...h }) => canonicalJson(h))).toEqual(
    plan.writes.history.map((h) => canonicalJson(h)),
  );
}

describe('corrupted work files', { timeout: 300_000 }, () => {
  it(`refuses or applies correctly each of ${RUNS} corruptions, never half of one`, async () => {
    const tally: Tally = { refusedOnOpen: 0, refusedOnMerge: 0, applied: 0 };
    const before = await dump();
    await fc.assert(
      fc.asyncProperty(corruption, async (c) => {
        const text = await corrupt(valid, c);
        const opened = await openTeamFile('work.json', text);
        if (opened.status !== 'ready') {
          expect(opened.status === 'invalid' ? opened.errors.length : 0).toBeGreaterThan(0);
          expect(await dump()).toBe(before);
          tally.refusedOnOpen++;
          return;
        }
        const planned = await planMergeHere(INSP, [opened.incoming], new Map(), who('lead'));
        const outcome = await commitMerge(INSP, [opened.incoming], new Map(), who('lead'));
        if (outcome.status !== 'merged' || outcome.files[0]?.status !== 'ok') {
          const messages =
            outcome.status === 'refused'
              ? [outcome.message]
              : outcome.status === 'merged' && outcome.files[0]?.status === 'refused'
                ? outcome.files[0].errors.map((e) => e.message)
                : [];
          expect(messages.length, JSON.stringify(outcome).slice(0, 300)).toBeGreaterThan(0);
          expect(await dump()).toBe(before);
          tally.refusedOnMerge++;
          return;
        }
        // Sound: applied exactly as planned, and the same file again changes nothing.
        if (planned.status !== 'ok') throw new Error('planned differently');
        await expectApplied(planned.plan);
        const applied = await dump();
        const again = await commitMerge(INSP, [opened.incoming], new Map(), who('lead'));
        expect(again.status === 'merged' && again.files[0]?.status).toBe('already-merged');
        expect(await dump()).toBe(applied);
        // And were its hash forgotten, the plan itself would write nothing but the record.
        await database().imports.delete(opened.incoming.id);
        const replan = await planMergeHere(INSP, [opened.incoming], new Map(), who('lead'));
        if (replan.status !== 'ok') throw new Error('replan refused');
        expect(replan.plan.writes.answers).toEqual([]);
        expect(replan.plan.writes.history).toEqual([]);
        expect(replan.plan.writes.cases).toEqual([]);
        await restore(baseline);
        expect(await dump()).toBe(before);
        tally.applied++;
      }),
      { numRuns: RUNS, seed: 20260302 },
    );
    expect(tally.refusedOnOpen + tally.refusedOnMerge + tally.applied).toBe(RUNS);
    // The re-signed edits reach the merge: some are refused there, some are sound.
    expect(tally.refusedOnMerge).toBeGreaterThan(0);
    expect(tally.applied).toBeGreaterThan(0);
  });
});
