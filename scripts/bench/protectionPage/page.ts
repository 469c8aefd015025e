/**
 * The page `npm run bench` drives for the protection figures (scripts/bench/protection.ts),
 * built by Vite as the app is. It runs the app's own code against two databases in one page:
 * the protected one (`CaseAuditDatabase` with its data key, every record sealed) and an
 * unprotected one of the same schema (`LegacyCaseAuditDatabase`, no sealing), so the two are
 * measured in the same browser, the same run, on the same data:
 * - answering: the case editor and answer writer the scoring screens use, started by a click on
 *   a radio, measured as the app measures it (`case-audit:answer-commit`, input → committed);
 * - findings: the findings screen itself (`Findings`, as the route mounts it) opened until its
 *   figures are drawn; and, within it, its read (`loadFindingsValues`) and its figures computed
 *   in the findings worker;
 * - unlock: key derivation in the worker, the data key unwrapped, the person's space opened.
 */
import { h, render } from 'preact';
import { LocationProvider } from 'preact-iso';
import { type Framework, findingsOptionsFor, type Inspection } from '../../../src/core';
import { casesAnswers } from '../../../src/db/cases/answerStore';
import { loadFindingsValues } from '../../../src/db/cases/findingsSource';
import { useDatabase } from '../../../src/db/connection';
import { CaseAuditDatabase } from '../../../src/db/database';
import { damagedRecords } from '../../../src/db/protection/damagedRecords';
import { LegacyCaseAuditDatabase } from '../../../src/db/protection/legacyDatabase';
import { CaseEditor } from '../../../src/editing/caseEditor';
import '../../../src/ui/styles/app.scss';
import Findings from '../../../src/ui/findings/Findings/Findings';
import { RENDERED_MARK } from '../../../src/ui/findings/Findings/useFindingsScreen';
import { findingsOfValuesOffPage } from '../../../src/workers/findingsBridge';
import { syntheticFindingsFixture } from '../../../tests/fixtures/findingsFixture';
import {
  type InspectionFixture,
  storeInspectionFixture,
} from '../../../tests/fixtures/inspectionFixture';
import { syntheticFramework } from '../../../tests/fixtures/syntheticFramework';
import { setUpBenchPerson, unlockBenchPerson } from './unlock';

export type Which = 'protected' | 'unprotected';

const COMMIT_MEASURE = 'case-audit:answer-commit';
const FINDINGS_ID = 'bench-findings';
const SCORING_ID = 'bench-scoring';
/** Six areas, as in seed 000. */
const AREAS = ['north', 'south', 'east', 'west', 'high', 'low'].map((id) => ({
  id,
  name: `${id[0]!.toUpperCase()}${id.slice(1)} YOT`,
}));

let dataKey: CryptoKey | null = null;
let findings: InspectionFixture | null = null;
let scoring: InspectionFixture | null = null;

function openDatabase(which: Which): CaseAuditDatabase {
  if (which === 'unprotected') {
    // The same schema and stores without the sealing: what the app was before protection.
    return new LegacyCaseAuditDatabase('bench-unprotected') as unknown as CaseAuditDatabase;
  }
  if (!dataKey) throw new Error('prepare() first');
  return new CaseAuditDatabase('bench-protected', dataKey);
}

/** Makes `which` the app's database (a fresh connection, opened before anything is timed). */
async function use(which: Which): Promise<CaseAuditDatabase> {
  const db = openDatabase(which);
  await db.open();
  useDatabase(db);
  return db;
}

/**
 * Stores the same two inspections in both databases: `cases` complete cases of a 60-question
 * framework (63 items with its profile) for findings, and one case in progress of a
 * 64-question framework, every item answered (a note on every third), for answering.
 */
async function prepare(
  cases: number,
): Promise<{ findingsItems: number; scoringItems: number; sealed: boolean }> {
  // As the session holds it after unlock: non-extractable, encrypt and decrypt only.
  dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  findings = syntheticFindingsFixture(syntheticFramework(4, 15), {
    id: FINDINGS_ID,
    caseCount: cases,
    areas: AREAS,
  });
  const scoringFramework: Framework = { ...syntheticFramework(8, 8), id: 'bench-scoring' };
  const one = syntheticFindingsFixture(scoringFramework, { id: SCORING_ID, caseCount: 1 });
  scoring = { ...one, cases: one.cases.map((c) => ({ ...c, status: 'in-progress' as const })) };
  for (const which of ['unprotected', 'protected'] as const) {
    const db = await use(which);
    await storeInspectionFixture(db, findings);
    await storeInspectionFixture(db, scoring);
  }
  const itemsOf = (f: InspectionFixture) => new Set(f.answers.map((a) => a.itemId)).size;
  return {
    findingsItems: itemsOf(findings),
    scoringItems: itemsOf(scoring),
    sealed: await storedSealed(),
  };
}

/**
 * Whether the protected database really holds its cases sealed (read straight from IndexedDB,
 * past the middleware): a case record with its seal and without its reference in the clear.
 */
async function storedSealed(): Promise<boolean> {
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('bench-protected');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const records = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const request = raw.transaction('cases').objectStore('cases').getAll(undefined, 10);
    request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
    request.onerror = () => reject(request.error);
  });
  raw.close();
  return records.length > 0 && records.every((r) => 'sealed' in r && !('ref' in r));
}

let editor: CaseEditor | null = null;
let questions: string[] = [];
let next = 0;
const problems: string[] = [];

/** Opens the scoring case in `which` with a fresh editor, as its screen would. */
async function startAnswering(which: Which): Promise<void> {
  if (!scoring) throw new Error('prepare() first');
  await editor?.dispose();
  const db = await use(which);
  const caseId = scoring.cases[0]!.id;
  const current = new CaseEditor({ caseId, by: 'ap', device: 'bench-device', lifecycle: false });
  const stored = await casesAnswers(db, [caseId]);
  for (const answer of stored) current.seen(answer.itemId, answer);
  questions = stored.filter((a) => a.value === 'yes' || a.value === 'no').map((a) => a.itemId);
  current.subscribe((itemId) => {
    const state = current.state(itemId);
    if (state.kind === 'failed' || state.kind === 'conflict' || state.kind === 'locked') {
      problems.push(`${which} ${itemId}: ${state.kind}`);
    }
  });
  editor = current;
  clearCommits();
}

// A click on either radio changes the next question's answer to the other of yes and no, as
// a click on a question's radio does on the scoring screen (the event's time is its start).
document.getElementById('answer')!.addEventListener('change', (event) => {
  if (!editor || questions.length === 0) return;
  const itemId = questions[next++ % questions.length]!;
  const value = editor.shown(itemId, undefined).value === 'yes' ? 'no' : 'yes';
  void editor.change(itemId, { value }, { startedAt: event.timeStamp });
});

function commits(): { count: number; problems: readonly string[] } {
  return { count: performance.getEntriesByName(COMMIT_MEASURE).length, problems };
}

function commitTimes(): number[] {
  return performance.getEntriesByName(COMMIT_MEASURE).map((e) => e.duration);
}

function clearCommits(): void {
  performance.clearMeasures(COMMIT_MEASURE);
}

/**
 * The findings of the large inspection, opened afresh in `which`: its cases and answer values
 * read as the findings screen reads them, then its figures computed in the findings worker
 * (the data sent anew, as to a screen just opened). Drawing the figures is left out: it is the
 * same work protected or not.
 */
async function openFindings(
  which: Which,
): Promise<{ read: number; figures: number; cases: number; damaged: number }> {
  if (!findings) throw new Error('prepare() first');
  await use(which);
  const inspection: Inspection = findings.inspection;
  const start = performance.now();
  const values = await loadFindingsValues(FINDINGS_ID);
  const read = performance.now() - start;
  const options = findingsOptionsFor(inspection, { confidence: 0.95 });
  await findingsOfValuesOffPage(findings.framework.framework, values.cases, options);
  return {
    read,
    figures: performance.now() - start,
    cases: values.cases.length,
    damaged: damagedRecords().length,
  };
}

/** Resolves once the findings screen has drawn its figures (its own performance mark). */
function figuresDrawn(): Promise<PerformanceEntry> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      const mark = list.getEntriesByName(RENDERED_MARK)[0];
      if (!mark) return;
      observer.disconnect();
      resolve(mark);
    });
    observer.observe({ type: 'mark' });
  });
}

/**
 * The findings screen of the large inspection opened afresh in `which`, as its route mounts it:
 * from the mount to its figures drawn (tables and charts, the screen's own
 * `case-audit:findings-rendered` mark). Unmounted afterwards.
 */
async function openFindingsScreen(which: Which): Promise<{ shown: number; cases: number }> {
  if (!findings) throw new Error('prepare() first');
  await use(which);
  const root = document.getElementById('screen')!;
  performance.clearMarks(RENDERED_MARK);
  const drawn = figuresDrawn();
  const start = performance.now();
  window.history.replaceState(null, '', `/inspections/${FINDINGS_ID}/findings`);
  render(h(LocationProvider, null, h(Findings, { inspectionId: FINDINGS_ID })), root);
  const mark = await drawn;
  const shown = mark.startTime - start;
  const cases = /Based on ([\d,]+) complete/.exec(root.textContent ?? '')?.[1] ?? '0';
  render(null, root);
  return { shown, cases: Number(cases.replace(/,/g, '')) };
}

export const bench = {
  openFindingsScreen,
  prepare,
  startAnswering,
  commits,
  commitTimes,
  clearCommits,
  openFindings,
  setUpBenchPerson,
  unlockBenchPerson,
};

export type Bench = typeof bench;

(window as unknown as { bench: Bench }).bench = bench;
