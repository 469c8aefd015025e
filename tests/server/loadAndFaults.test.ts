/**
 * The team server under load and faults, over real HTTP to real server processes: two processes
 * on one PostgreSQL, eight inspectors with 60 cases of 60 answers each changing their own cases
 * over several rounds, alternating between the two servers; some go offline for rounds and then
 * push everything they hold; one server is killed mid-round and started again; one push's answer
 * is lost and the push retried under the same id; PostgreSQL itself is restarted mid-round (its
 * own cluster, so no other test sees it), the pushes in flight answered 503 or cut and retried
 * under their ids, and both servers carry on. At the end every answer is on the server once,
 * as its inspector last saved it, no history entry is doubled, and the answers, history and
 * conflicts are those a lead's device finds merging the same work files in the same order.
 *
 * Over 400 lines: one scenario, round by round, with the checks of where it ends; split, its
 * rounds and their faults would no longer read in order.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AnswerRow,
  type ConflictRecord,
  type HistoryEntry,
  type IncomingFile,
  pushAsIncoming,
  type WorkFile,
} from '../../src/core';
import type { PullResponse } from '../../src/core/sync/syncSchemas';
import { mergeFilesInOrder } from './support/fileMerge';
import {
  call,
  expectStatus,
  memberOf,
  type PushAnswer,
  pushAndHangUp,
  pushWithRetries,
  type Session,
} from './support/httpClient';
import {
  casesOf,
  LOAD_LEAD,
  LoadDevice,
  loadInspection,
  loadInspectors,
  loadPack,
  momentsFrom,
  QUESTIONS,
  seeded,
} from './support/loadWork';
import { type ServerProcess, startServerProcess } from './support/serverProcess';
import { openOwnPostgres } from './support/testDatabases';

const INSPECTORS = loadInspectors(8);
const CASES_EACH = 60;
const INSPECTION = loadInspection(INSPECTORS);
const CASES = INSPECTORS.flatMap((m) => casesOf(INSPECTION, m, CASES_EACH));
const PASSWORD = 'walnut signal meadow forty';
const ADMIN = {
  email: 'lead.admin@inspectorate.example',
  name: 'Alex Admin',
  password: 'granite lantern orchard seven',
};
/** The answer the lead and inspector 1 both change: the one real conflict. */
const CONTESTED = { caseId: 'case-i1-01', itemId: 'q1' };

type Client = { readonly index: number; readonly device: LoadDevice; session: Session };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the team server under load and faults (two processes, one PostgreSQL)', () => {
  let database: Awaited<ReturnType<typeof openOwnPostgres>>;
  let a: ServerProcess;
  let b: ServerProcess;
  const servers = [() => a.url, () => b.url];
  const at = momentsFrom();
  const random = seeded(14);
  /** Every push made, by the id the server records it under. */
  const pushes = new Map<string, IncomingFile>();
  /** The server's answer to each push whose answer arrived, by the push's file id. */
  const answers = new Map<string, PushAnswer>();
  let clients: Client[] = [];
  let lead: { device: LoadDevice; session: Session };
  let pack: Awaited<ReturnType<typeof loadPack>>;

  async function setUp(): Promise<Session> {
    for (let waited = 0; !a.setupToken() && waited < 10_000; waited += 50) await sleep(50);
    const made = await call(a.url, 'POST', '/api/setup', { token: a.setupToken(), ...ADMIN });
    if (made.status !== 201 || !made.session) throw new Error(`set-up: ${made.status}`);
    return made.session;
  }

  beforeAll(async () => {
    database = await openOwnPostgres();
    a = await startServerProcess(database.url);
    const admin = await setUp();
    b = await startServerProcess(database.url);
    await expectStatus(
      call(
        a.url,
        'POST',
        '/api/inspections',
        { id: INSPECTION.id, title: INSPECTION.title },
        admin,
      ),
      201,
      'inspection',
    );
    lead = {
      device: new LoadDevice(LOAD_LEAD, INSPECTION, []),
      session: await memberOf(
        b.url,
        admin,
        INSPECTION.id,
        { ...LOAD_LEAD, role: 'lead' },
        PASSWORD,
      ),
    };
    clients = [];
    for (const [index, who] of INSPECTORS.entries()) {
      const device = new LoadDevice(who, INSPECTION, casesOf(INSPECTION, who, CASES_EACH));
      clients.push({
        index,
        device,
        session: await memberOf(
          servers[index % 2]!(),
          admin,
          INSPECTION.id,
          { ...who, role: 'inspector' },
          PASSWORD,
        ),
      });
    }
    pack = await loadPack(INSPECTION, CASES);
    pushes.set(pack.checksum, { id: pack.checksum, name: 'Lead’s pack', file: pack });
    await expectStatus(
      call(a.url, 'POST', `/api/inspections/${INSPECTION.id}/files`, pack, lead.session),
      200,
      'pack',
    );
  }, 120_000);

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await database?.close();
  });

  /** A client pushes what it changed since its last push, retrying under one push id. */
  async function sync(
    client: { device: LoadDevice; session: Session },
    first: number,
    onSend?: (base: string) => void,
  ) {
    if (client.device.dirty.size === 0) return null;
    const work = await client.device.workFile(at());
    const push = { pushId: randomUUID(), work };
    pushes.set(pushAsIncoming(push).id, pushAsIncoming(push));
    const { session } = client;
    const answer = await pushWithRetries(servers, first, INSPECTION.id, push, session, onSend);
    answers.set(pushAsIncoming(push).id, answer);
    client.device.dirty.clear();
    return answer;
  }

  /** Round r of the first three: each inspector answers a third of their cases, every question. */
  function answerThird(client: Client, round: number) {
    for (const kase of [...client.device.cases.keys()].slice((round - 1) * 20, round * 20)) {
      for (let q = 1; q <= QUESTIONS; q++) {
        client.device.change(kase, `q${q}`, random() < 0.5 ? 'yes' : 'no', `Seen on p. ${q}`, at());
      }
    }
  }

  /** A later round: 40 changes to answers already given, never the contested one. */
  function changeSome(client: Client, round: number) {
    const ids = [...client.device.cases.keys()];
    for (let n = 0; n < 40; n++) {
      const caseId = ids[Math.floor(random() * ids.length)]!;
      const itemId = `q${1 + Math.floor(random() * QUESTIONS)}`;
      if (caseId === CONTESTED.caseId && itemId === CONTESTED.itemId) continue;
      const held = client.device.cases.get(caseId)!.answers[itemId];
      const value = held?.value === 'yes' ? 'no' : 'yes';
      client.device.change(caseId, itemId, value, `Checked again in round ${round}`, at());
    }
  }

  /** Who is offline in a round: a quarter at random, inspector 4 for rounds 2–3, none at the end. */
  function online(round: number): Client[] {
    return clients.filter((c) => {
      if (round === 7) return true;
      if (c.index === 3 && (round === 2 || round === 3)) return false;
      if (c.index <= 2) return true; // the conflict's and the lost answer's pushers
      return random() >= 0.25;
    });
  }

  it('ends with every answer once, and the conflicts a file merge finds', async () => {
    let skipped = 0;
    for (let round = 1; round <= 7; round++) {
      for (const client of clients) {
        if (round <= 3) answerThird(client, round);
        else if (round <= 6) changeSome(client, round);
      }
      if (round === 2) {
        // Inspector 1 changes the answer the lead changed after round 1: a real conflict.
        const held = clients[0]!.device.cases.get(CONTESTED.caseId)!.answers[CONTESTED.itemId];
        const value = held?.value === 'yes' ? 'no' : 'yes';
        clients[0]!.device.change(CONTESTED.caseId, CONTESTED.itemId, value, 'Rechecked', at());
      }
      const pushing = online(round);
      skipped += clients.length - pushing.length;
      if (round === 4) {
        // Server B is killed while a push to it is in flight, and started again.
        let sentToB: () => void = () => undefined;
        const toB = new Promise<void>((r) => {
          sentToB = r;
        });
        const onSend = (base: string) => base === b.url && sentToB();
        const all = Promise.all(pushing.map((c) => sync(c, (c.index + round) % 2, onSend)));
        await toB;
        await sleep(20);
        await b.kill();
        const restarted = b.restart();
        const done = await all;
        await restarted;
        expect(done.some((d) => (d?.attempts ?? 0) > 1)).toBe(true);
      } else if (round === 5) {
        await Promise.all([
          lostAnswer(clients[2]!),
          ...pushing.filter((c) => c.index !== 2).map((c) => sync(c, (c.index + round) % 2)),
        ]);
      } else if (round === 6) {
        await restartPostgresWhilePushing(pushing, round);
      } else {
        await Promise.all(pushing.map((c) => sync(c, (c.index + round) % 2)));
      }
      if (round === 1) await leadChangesContested();
    }
    expect(skipped).toBeGreaterThan(0);

    await expectTheServerHoldsEveryAnswerOnce();
    await expectWhatAFileMergeFinds();
    await expectAnInspectorPullsTheirCases();
  }, 240_000);

  /**
   * PostgreSQL restarted (fast: connections cut, transactions rolled back) once the round's
   * pushes are on their way: those in flight are answered 503, or cut, and retried under their
   * ids; both servers reconnect and answer again.
   */
  async function restartPostgresWhilePushing(pushing: readonly Client[], round: number) {
    let sent: () => void = () => undefined;
    const first = new Promise<void>((r) => {
      sent = r;
    });
    const all = Promise.all(pushing.map((c) => sync(c, (c.index + round) % 2, () => sent())));
    await first;
    await sleep(10);
    database.restart();
    const done = await all;
    expect(done.some((d) => (d?.attempts ?? 0) > 1)).toBe(true);
    for (const server of servers) {
      expect((await call(server(), 'GET', '/api/health')).status).toBe(200);
    }
  }

  async function leadChangesContested() {
    lead.device.hold(clients[0]!.device.cases.get(CONTESTED.caseId)!);
    lead.device.change(CONTESTED.caseId, CONTESTED.itemId, 'na', 'Lead: not applicable', at());
    const pushed = await sync(lead, 1);
    expect(pushed).toMatchObject({ status: 'merged' });
  }

  /** A push whose answer is lost: sent, taken, the line cut; retried with the same push id. */
  async function lostAnswer(client: Client) {
    const work: WorkFile = await client.device.workFile(at());
    const push = { pushId: randomUUID(), work };
    const incoming = pushAsIncoming(push);
    pushes.set(incoming.id, incoming);
    const landed = async () =>
      (await database.db.query('select 1 from sync_merged_files where id = $1', [incoming.id]))
        .rowCount === 1;
    await pushAndHangUp(a.url, INSPECTION.id, push, client.session, landed);
    expect(await landed()).toBe(true);
    const retried = await pushWithRetries(servers, 1, INSPECTION.id, push, client.session);
    expect(retried.status).toBe('already-merged');
    expect(retried.counts.answersTaken).toBe(0);
    client.device.dirty.clear();
  }

  async function expectTheServerHoldsEveryAnswerOnce() {
    const { rows } = await database.db.query<{ record: AnswerRow }>(
      'select record from sync_answers where inspection_id = $1',
      [INSPECTION.id],
    );
    expect(rows).toHaveLength(INSPECTORS.length * CASES_EACH * QUESTIONS);
    const onServer = new Map(rows.map((r) => [`${r.record.caseId}|${r.record.itemId}`, r.record]));
    for (const client of clients) {
      for (const kase of client.device.cases.values()) {
        for (const [itemId, answer] of Object.entries(kase.answers)) {
          const key = `${kase.id}|${itemId}`;
          // The contested answer stays as the lead's push left it, until the lead decides.
          if (kase.id === CONTESTED.caseId && itemId === CONTESTED.itemId) continue;
          const held = onServer.get(key);
          expect(held && { value: held.value, rev: held.rev, device: held.device }, key).toEqual({
            value: answer.value,
            rev: answer.rev,
            device: answer.device,
          });
        }
      }
    }
    const doubled = await database.db.query(
      `select case_id, record->>'itemId', record->>'rev', record->>'device', count(*)
       from sync_history where inspection_id = $1 group by 1, 2, 3, 4 having count(*) > 1`,
      [INSPECTION.id],
    );
    expect(doubled.rows).toEqual([]);
    // Every change an inspector saved is in the history, but the one kept in the conflict.
    const history = await database.db.query<{ key: string }>(
      `select concat_ws('|', case_id, record->>'itemId', record->>'rev', record->>'device') as key
       from sync_history where inspection_id = $1`,
      [INSPECTION.id],
    );
    const keys = new Set(history.rows.map((r) => r.key));
    const missing = clients.flatMap((c) =>
      [...c.device.cases.values()].flatMap((kase) =>
        kase.history
          .map((e) => `${kase.id}|${e.itemId}|${e.rev}|${e.device}`)
          .filter((key) => !keys.has(key)),
      ),
    );
    expect(missing).toEqual([`${CONTESTED.caseId}|${CONTESTED.itemId}|2|i1-laptop`]);
  }

  async function expectWhatAFileMergeFinds() {
    const order = await database.db.query<{ id: string }>(
      'select id from sync_merged_files where inspection_id = $1 order by seq',
      [INSPECTION.id],
    );
    // Every push was merged once, the lost one and the killed server's included.
    expect(order.rows.map((r) => r.id).sort()).toEqual([...pushes.keys()].sort());
    const files = order.rows.map((r) => pushes.get(r.id)!);
    const merged = mergeFilesInOrder(INSPECTION.id, files);

    const history = await database.db.query<{ record: HistoryEntry & { caseId: string } }>(
      'select record from sync_history where inspection_id = $1 order by seq',
      [INSPECTION.id],
    );
    const entryKey = (caseId: string, e: HistoryEntry) =>
      `${caseId}|${e.itemId}|${e.rev}|${e.device}|${String(e.value)}`;
    const expectedHistory = [...merged.state.cases.values()].flatMap((c) =>
      c.history.map((e) => entryKey(c.id, e)),
    );
    expect(history.rows.map((r) => entryKey(r.record.caseId, r.record)).sort()).toEqual(
      expectedHistory.sort(),
    );
    const answersHeld = await database.db.query<{ record: AnswerRow }>(
      'select record from sync_answers where inspection_id = $1',
      [INSPECTION.id],
    );
    for (const { record } of answersHeld.rows) {
      const expected = merged.state.cases.get(record.caseId)?.answers[record.itemId];
      expect(record.rev, `${record.caseId}|${record.itemId}`).toBe(expected?.rev);
      expect(record.value).toBe(expected?.value);
    }

    // Each push merged as the same file merged on a device: the same counts, conflicts included.
    let conflictsCounted = 0;
    for (const [id, answer] of answers) {
      if (answer.status !== 'merged') continue;
      expect(answer.counts, id).toEqual(merged.counts.get(id));
      conflictsCounted += answer.counts.conflicts;
    }
    expect(conflictsCounted).toBeGreaterThanOrEqual(1);

    const conflicts = await database.db.query<{ record: ConflictRecord }>(
      'select record from sync_conflicts where inspection_id = $1',
      [INSPECTION.id],
    );
    const inShort = (c: ConflictRecord) => ({
      id: c.id,
      caseId: c.caseId,
      itemId: c.itemId,
      status: c.status,
      mine: c.mine && { value: c.mine.value, rev: c.mine.rev, device: c.mine.device },
      theirs: { value: c.theirs.value, rev: c.theirs.rev, device: c.theirs.device },
      fileId: c.fileId,
    });
    const onServer = conflicts.rows.map((r) => inShort(r.record));
    expect(onServer).toEqual(merged.conflicts.map(inShort));
    expect(onServer).toEqual([
      expect.objectContaining({
        ...CONTESTED,
        status: 'open',
        mine: expect.objectContaining({ value: 'na', rev: 2, device: 'lead-tablet' }),
        theirs: expect.objectContaining({ rev: 2, device: 'i1-laptop' }),
      }),
    ]);
  }

  async function expectAnInspectorPullsTheirCases() {
    const pulled = await call(
      b.url,
      'GET',
      `/api/inspections/${INSPECTION.id}/pull?since=0`,
      undefined,
      clients[1]!.session,
    );
    expect(pulled.status).toBe(200);
    const work = (pulled.body as PullResponse).work;
    expect(work?.cases).toHaveLength(CASES_EACH);
    for (const kase of work?.cases ?? []) {
      expect(kase.inspectorId).toBe('i2');
      expect(Object.keys(kase.answers)).toHaveLength(QUESTIONS);
    }
  }
});
