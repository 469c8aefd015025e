/**
 * The team server's pushes, over HTTP on loopback to the server started in this process
 * (buildServerApp, listening on a free port): one inspector pushing 1,000 answers in one batch,
 * on PGlite (in a folder, as by default) and on PostgreSQL (a throwaway cluster,
 * scripts/postgres.mjs); then 50 inspectors pushing at once on PostgreSQL, a few answers each,
 * all into one inspection (the worst case: merges into one inspection take turns) and spread
 * over ten, each after a wave of the same pushes one at a time (what a push costs alone). The
 * clients share this process with the server: its one thread does both. Accounts and sessions
 * are written straight into the database; the pack, and every push timed, go over HTTP.
 * Each 1,000-answer push brings answers to cases not answered before, so every run merges as
 * much as the first. Run on its own with `npx tsx scripts/bench/teamServer.ts`.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { formatCount, plural } from '../../src/core';
import { createAccount } from '../../src/server/accounts/accountStore';
import { hashPassword } from '../../src/server/accounts/passwords';
import { startSession } from '../../src/server/accounts/sessionStore';
import { buildServerApp } from '../../src/server/http/serverApp';
import { SESSION_COOKIE } from '../../src/server/http/signedIn';
import { createInspection, setRole } from '../../src/server/inspections/inspectionStore';
import type { Database } from '../../src/server/store/database';
import { migrate } from '../../src/server/store/migrations';
import { openPgliteDatabase } from '../../src/server/store/pgliteDatabase';
import { openPostgresDatabase } from '../../src/server/store/postgresDatabase';
import {
  casesOf,
  LOAD_LEAD,
  LoadDevice,
  loadInspection,
  loadInspectors,
  loadPack,
  type Member,
  momentsFrom,
} from '../../tests/server/support/loadWork';
// @ts-expect-error -- plain .mjs helper shared with the npm scripts
import { startPostgres } from '../postgres.mjs';
import { sized } from './mode';
import { type BenchRow, kb, median, ms, percentile } from './support';

type Caller = { cookie: string; csrf: string };

type Server = {
  readonly db: Database;
  readonly url: string;
  readonly adminId: string;
  readonly passwordHash: string;
  close: () => Promise<void>;
};

type Team = {
  readonly url: string;
  readonly inspectionId: string;
  readonly devices: LoadDevice[];
  readonly callers: Caller[];
  readonly cases: number;
};

const at = momentsFrom();

/** The server on `db`, listening on a free port, with an administrator. */
async function serverOn(db: Database): Promise<Server> {
  await migrate(db);
  const app = await buildServerApp({ db, now: () => new Date(), secureCookies: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  // One hash for every account: the bench measures pushes, not Argon2id.
  const passwordHash = await hashPassword('walnut signal meadow forty');
  const admin = await createAccount(
    db,
    { email: 'admin@inspectorate.example', name: 'Alex Admin', passwordHash, administrator: true },
    new Date().toISOString(),
  );
  if (!admin) throw new Error('no administrator');
  return {
    db,
    url: `http://127.0.0.1:${address.port}`,
    adminId: admin.id,
    passwordHash,
    close: () => app.close(),
  };
}

/** An inspection on the server with a lead and `inspectors`, and the lead's pack taken. */
async function teamIn(
  server: Server,
  inspectionId: string,
  inspectors: readonly Member[],
  casesEach: number,
): Promise<Team> {
  const { db } = server;
  const inspection = loadInspection(inspectors, inspectionId);
  const now = new Date().toISOString();
  await createInspection(db, { id: inspection.id, title: inspection.title }, server.adminId, now);
  const session = async (who: Member, role: 'lead' | 'inspector'): Promise<Caller> => {
    const email = `${inspectionId}.${who.id}@inspectorate.example`;
    const account = await createAccount(
      db,
      { email, name: who.name, passwordHash: server.passwordHash, administrator: false },
      now,
    );
    if (!account) throw new Error(`account ${email} exists`);
    await setRole(db, inspection.id, account.id, role, who.id);
    const started = await startSession(db, account.id, new Date());
    return { cookie: started.token, csrf: started.csrfToken };
  };
  const lead = await session(LOAD_LEAD, 'lead');
  const callers: Caller[] = [];
  for (const who of inspectors) callers.push(await session(who, 'inspector'));
  const devices = inspectors.map(
    (m) => new LoadDevice(m, inspection, casesOf(inspection, m, casesEach)),
  );
  const pack = await loadPack(
    inspection,
    devices.flatMap((d) => [...d.cases.values()]),
  );
  const path = `/api/inspections/${inspection.id}/files`;
  const taken = await post(server.url, path, JSON.stringify(pack), lead);
  if (taken.status !== 200) throw new Error(`pack refused: ${taken.status} ${taken.body}`);
  return {
    url: server.url,
    inspectionId: inspection.id,
    devices,
    callers,
    cases: inspectors.length * casesEach,
  };
}

async function post(url: string, path: string, body: string, as: Caller) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: `${SESSION_COOKIE}=${as.cookie}`,
      'x-csrf-token': as.csrf,
    },
    body,
  });
  return { status: response.status, body: await response.text() };
}

/** Times one push of what the device changed; a push the server does not take is an error. */
async function timedPush(team: Team, index: number): Promise<{ ms: number; bytes: number }> {
  const device = team.devices[index]!;
  const work = await device.workFile(at());
  const body = JSON.stringify({ pushId: randomUUID(), work });
  const start = performance.now();
  const answered = await post(
    team.url,
    `/api/inspections/${team.inspectionId}/push`,
    body,
    team.callers[index]!,
  );
  const took = performance.now() - start;
  if (answered.status !== 200 || !answered.body.includes('"merged"')) {
    throw new Error(`push refused: ${answered.status} ${answered.body.slice(0, 300)}`);
  }
  device.dirty.clear();
  return { ms: took, bytes: Buffer.byteLength(body) };
}

/** Every question of `questions` answered on the given cases. */
function answerCases(device: LoadDevice, caseIds: readonly string[], questions: number): void {
  for (const caseId of caseIds) {
    for (let q = 1; q <= questions; q++) {
      device.change(caseId, `q${q}`, q % 3 === 0 ? 'no' : 'yes', `Seen on p. ${q}`, at());
    }
  }
}

const BATCH_QUESTIONS = 50;

/** Medians of pushing `cases` × 50 answers in one batch, `runs` times after one warm-up. */
async function batchPushes(db: Database, runs: number, cases: number): Promise<BenchRow> {
  const server = await serverOn(db);
  try {
    const team = await teamIn(server, 'insp-load', loadInspectors(1), (runs + 1) * cases);
    const ids = [...team.devices[0]!.cases.keys()];
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run <= runs; run++) {
      answerCases(team.devices[0]!, ids.slice(run * cases, (run + 1) * cases), BATCH_QUESTIONS);
      const pushed = await timedPush(team, 0);
      if (run > 0) times.push(pushed.ms);
      bytes = pushed.bytes;
    }
    const answers = cases * BATCH_QUESTIONS;
    return {
      name: `push of ${formatCount(answers)} answers in one batch (${db.engine === 'pglite' ? 'PGlite' : 'PostgreSQL'})`,
      size: `${formatCount(answers)} answers with their history, ${plural(cases, 'case')}, ${kb(bytes)}; the inspection holds ${formatCount(team.cases)} cases`,
      median: ms(median(times)),
      note: `p95 ${ms(percentile(times, 95))}, ${plural(runs, 'run')} after a warm-up; target ≤ 1 s`,
    };
  } finally {
    await server.close();
  }
}

/** One wave: every client of every team changes `answers` answers of its next case and pushes. */
async function wave(teams: readonly Team[], n: number, answers: number, together: boolean) {
  for (const team of teams) {
    for (const device of team.devices) answerCases(device, [[...device.cases.keys()][n]!], answers);
  }
  const pushes = teams.flatMap((team) => team.devices.map((_, i) => () => timedPush(team, i)));
  if (together) return Promise.all(pushes.map((push) => push()));
  const done = [];
  for (const push of pushes) done.push(await push());
  return done;
}

/**
 * `clients` inspectors, in `inspections` inspections, each pushing `answers` changed answers of
 * one case: one at a time (what a push costs alone), then all at once, `waves` times.
 */
async function concurrentPushes(
  db: Database,
  inspections: number,
  clients: number,
  waves: number,
  answers: number,
): Promise<BenchRow[]> {
  const server = await serverOn(db);
  try {
    const everyone = loadInspectors(clients);
    const each = clients / inspections;
    const teams: Team[] = [];
    for (let k = 0; k < inspections; k++) {
      const members = everyone.slice(k * each, (k + 1) * each);
      teams.push(await teamIn(server, `insp-load-${k + 1}`, members, waves + 2));
    }
    await wave(teams, 0, answers, true); // warm-up
    const alone = (await wave(teams, 1, answers, false)).map((p) => p.ms);
    const together: number[] = [];
    let bytes = 0;
    for (let n = 2; n < waves + 2; n++) {
      const pushed = await wave(teams, n, answers, true);
      together.push(...pushed.map((p) => p.ms));
      bytes = Math.max(bytes, ...pushed.map((p) => p.bytes));
    }
    const held = teams.reduce((sum, t) => sum + t.cases, 0);
    const where =
      inspections === 1
        ? `one inspection of ${formatCount(held)} cases`
        : `${inspections} inspections of ${formatCount(held / inspections)} cases`;
    const size = `${clients} clients × ${plural(waves, 'wave')}, ${answers} answers of one case a push (${kb(bytes)}); ${where}`;
    return [
      {
        name: `${clients} clients pushing at once, ${where.split(' of ')[0]} (PostgreSQL): per push`,
        size,
        median: ms(median(together)),
        note: `p95 ${ms(percentile(together, 95))} (target p95 ≤ 200 ms); ${plural(together.length, 'push', 'pushes')} after a warm-up wave; one at a time: median ${ms(median(alone))}`,
      },
    ];
  } finally {
    await server.close();
  }
}

async function onPostgres<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const postgres = (await startPostgres()) as { url: string; stop: () => void };
  try {
    const admin = new pg.Client(postgres.url);
    await admin.connect();
    await admin.query('create database bench');
    await admin.end();
    const db = await openPostgresDatabase(postgres.url.replace(/\/postgres$/, '/bench'));
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  } finally {
    postgres.stop();
  }
}

export async function benchTeamServer(): Promise<BenchRow[]> {
  const runs = sized(7, 1);
  const cases = sized(20, 2);
  const folder = mkdtempSync(join(tmpdir(), 'case-audit-bench-pglite-'));
  const rows: BenchRow[] = [];
  try {
    const pglite = await openPgliteDatabase(folder);
    try {
      rows.push(await batchPushes(pglite, runs, cases));
    } finally {
      await pglite.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  rows.push(await onPostgres((db) => batchPushes(db, runs, cases)));
  const [clients, waves, answers] = sized([50, 5, 10], [5, 1, 3]);
  rows.push(...(await onPostgres((db) => concurrentPushes(db, 1, clients, waves, answers))));
  rows.push(
    ...(await onPostgres((db) => concurrentPushes(db, sized(10, 5), clients, waves, answers))),
  );
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { printTable } = await import('./support');
  printTable('Team server: pushes on PGlite and PostgreSQL (Node)', await benchTeamServer());
}
