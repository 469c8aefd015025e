/**
 * The team server's pushes over HTTP on loopback. One inspector pushing 1,000 answers in one
 * batch, on PGlite (in a folder, as by default) and on PostgreSQL (a throwaway cluster,
 * scripts/postgres.mjs), to a server started in this process (buildServerApp). Then 50
 * inspectors pushing at once on PostgreSQL, 10 changed answers of one case each, all into one
 * inspection (the worst case: merges into one inspection take turns behind its lock) and spread
 * over ten, each after a wave of the same pushes one at a time (what a push costs alone), to one
 * server process and to two on the same database with the clients shared between them (as behind
 * a load balancer). Those servers run as `npm run server` runs them, each in its own Node process
 * (tests/server/support/serverProcess.ts), so the clients (this process) do not share their
 * thread; every body of a wave is built before the wave's clock starts, and each push is timed
 * from its request sent to its answer read. The machine's two cores are shared by the clients,
 * the servers and PostgreSQL. Accounts and sessions are written straight into the database; the
 * pack, and every push timed, go over HTTP. Each 1,000-answer push brings answers to cases not
 * answered before, so every run merges as much as the first. Run on its own with
 * `npx tsx scripts/bench/teamServer.ts`.
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
import { type ServerProcess, startServerProcess } from '../../tests/server/support/serverProcess';
// @ts-expect-error -- plain .mjs helper shared with the npm scripts
import { startPostgres } from '../postgres.mjs';
import { sized } from './mode';
import { type BenchRow, kb, median, ms, percentile } from './support';

type Caller = { cookie: string; csrf: string };

type Server = {
  readonly db: Database;
  /** Where the clients push: client i to `urls[i % urls.length]`. */
  readonly urls: readonly string[];
  readonly adminId: string;
  readonly passwordHash: string;
  close: () => Promise<void>;
};

type Team = {
  readonly urls: readonly string[];
  readonly inspectionId: string;
  readonly devices: LoadDevice[];
  readonly callers: Caller[];
  readonly cases: number;
};

const at = momentsFrom();

/** An administrator, and the one password hash every account of the bench shares. */
async function administrator(db: Database) {
  // One hash for every account: the bench measures pushes, not Argon2id.
  const passwordHash = await hashPassword('walnut signal meadow forty');
  const admin = await createAccount(
    db,
    { email: 'admin@inspectorate.example', name: 'Alex Admin', passwordHash, administrator: true },
    new Date().toISOString(),
  );
  if (!admin) throw new Error('no administrator');
  return { adminId: admin.id, passwordHash };
}

/** The server on `db` in this process, listening on a free port, with an administrator. */
async function serverOn(db: Database): Promise<Server> {
  await migrate(db);
  const app = await buildServerApp({ db, now: () => new Date(), secureCookies: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  return {
    db,
    urls: [`http://127.0.0.1:${address.port}`],
    ...(await administrator(db)),
    close: () => app.close(),
  };
}

/**
 * `processes` servers on the PostgreSQL database at `url`, each its own process as
 * `npm run server` runs it (which brings the database up to date), and this process's own
 * connection to the same database, for accounts and sessions.
 */
async function serverProcessesOn(url: string, processes: number): Promise<Server> {
  const started: ServerProcess[] = [];
  try {
    for (let n = 0; n < processes; n++) started.push(await startServerProcess(url));
  } catch (error) {
    await Promise.all(started.map((p) => p.stop()));
    throw error;
  }
  const db = await openPostgresDatabase(url);
  return {
    db,
    urls: started.map((p) => p.url),
    ...(await administrator(db)),
    close: async () => {
      await Promise.all(started.map((p) => p.stop()));
      await db.close();
    },
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
  const taken = await post(server.urls[0]!, path, JSON.stringify(pack), lead);
  if (taken.status !== 200) throw new Error(`pack refused: ${taken.status} ${taken.body}`);
  return {
    urls: server.urls,
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

/** A push of what the device changed, ready to send: its body built, its clock not started. */
async function pushOf(team: Team, index: number) {
  const device = team.devices[index]!;
  const body = JSON.stringify({ pushId: randomUUID(), work: await device.workFile(at()) });
  device.dirty.clear();
  return () => timedPush(team, index, body);
}

/** Times one push, from its request sent to its answer read; one not merged is an error. */
async function timedPush(
  team: Team,
  index: number,
  body: string,
): Promise<{ ms: number; bytes: number }> {
  const url = team.urls[index % team.urls.length]!;
  const start = performance.now();
  const answered = await post(
    url,
    `/api/inspections/${team.inspectionId}/push`,
    body,
    team.callers[index]!,
  );
  const took = performance.now() - start;
  if (answered.status !== 200 || !answered.body.includes('"merged"')) {
    throw new Error(`push refused: ${answered.status} ${answered.body.slice(0, 300)}`);
  }
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
      const pushed = await (await pushOf(team, 0))();
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

/**
 * One wave: every client of every team changes `answers` answers of its next case, every body
 * is built, then all push at once (`together`) or one after another.
 */
async function wave(teams: readonly Team[], n: number, answers: number, together: boolean) {
  const pushes: (() => Promise<{ ms: number; bytes: number }>)[] = [];
  for (const team of teams) {
    for (const [i, device] of team.devices.entries()) {
      answerCases(device, [[...device.cases.keys()][n]!], answers);
      pushes.push(await pushOf(team, i));
    }
  }
  if (together) return Promise.all(pushes.map((push) => push()));
  const done = [];
  for (const push of pushes) done.push(await push());
  return done;
}

/**
 * `clients` inspectors, in `inspections` inspections, each pushing `answers` changed answers of
 * one case to one of `processes` server processes on PostgreSQL at `url`: one at a time (what
 * a push costs alone), then all at once, `waves` times.
 */
async function concurrentPushes(
  url: string,
  load: { processes: number; inspections: number; clients: number; waves: number; answers: number },
): Promise<BenchRow> {
  const { processes, inspections, clients, waves, answers } = load;
  const server = await serverProcessesOn(url, processes);
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
    const servers = processes === 1 ? 'one server process' : `${processes} server processes`;
    const how =
      processes === 1
        ? 'the server in a Node process of its own'
        : `${processes} server processes, each a Node process of its own, the clients shared between them`;
    return {
      name: `${clients} clients pushing at once, ${where.split(' of ')[0]}, ${servers} (PostgreSQL): per push`,
      size: `${clients} clients × ${plural(waves, 'wave')}, ${answers} answers of one case a push (${kb(bytes)}); ${where}; ${how}, on one PostgreSQL`,
      median: ms(median(together)),
      note: `p95 ${ms(percentile(together, 95))} (target p95 ≤ 200 ms); ${plural(together.length, 'push', 'pushes')} after a warm-up wave, each timed from its request sent to its answer read; one at a time: median ${ms(median(alone))}`,
    };
  } finally {
    await server.close();
  }
}

type Postgres = { url: string; stop: () => void };

/** A throwaway PostgreSQL for `work`, which makes a fresh database of it with `database()`. */
async function onPostgres<T>(work: (database: () => Promise<string>) => Promise<T>): Promise<T> {
  const postgres = (await startPostgres()) as Postgres;
  let made = 0;
  try {
    return await work(async () => {
      const admin = new pg.Client(postgres.url);
      await admin.connect();
      await admin.query(`create database bench_${++made}`);
      await admin.end();
      return postgres.url.replace(/\/postgres$/, `/bench_${made}`);
    });
  } finally {
    postgres.stop();
  }
}

async function batchOnPostgres(url: string, runs: number, cases: number): Promise<BenchRow> {
  const db = await openPostgresDatabase(url);
  try {
    return await batchPushes(db, runs, cases);
  } finally {
    await db.close();
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
  const [clients, waves, answers] = sized([50, 5, 10], [5, 1, 3]);
  await onPostgres(async (database) => {
    rows.push(await batchOnPostgres(await database(), runs, cases));
    for (const inspections of [1, sized(10, 5)]) {
      for (const processes of [1, 2]) {
        const load = { processes, inspections, clients, waves, answers };
        rows.push(await concurrentPushes(await database(), load));
      }
    }
  });
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { printTable } = await import('./support');
  printTable('Team server: pushes on PGlite and PostgreSQL (Node)', await benchTeamServer());
}
