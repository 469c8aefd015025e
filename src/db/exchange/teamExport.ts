/**
 * The team files a device makes (core's teamFiles.ts), each read in one transaction so a file
 * is one consistent moment:
 * - a pack (lead → inspector): the pinned framework, the inspection's details, that inspector's
 *   cases with their answers and full history (or every case, for everyone), the second
 *   readings they are asked to do (moderationStore), and the records of the cases they
 *   second-read without any answer or history, so their reading stays blind;
 * - "my work" (inspector → lead): the cases assigned to them and every case changed on this
 *   device, with answers, notes and full history, and their second readings.
 * Either can be protected with a passphrase when saved (fileContent.ts). Both carry the names of
 * the devices they record, as far as this device knows them.
 */
import {
  auditTrailCsv,
  auditTrailFileName,
  buildPackFile,
  buildWorkFile,
  byRef,
  type DeviceNames,
  deviceNamesIn,
  type Framework,
  type HistoryEntry,
  historyEntryOf,
  type Inspection,
  indexFramework,
  inspectionShortName,
  memberName,
  nameOfDevice,
  type PackFile,
  packFileName,
  packScope,
  type WorkFile,
  workFileName,
} from '../../core';
import { answerTables } from '../cases/answerStore';
import { database } from '../connection';
import type { CaseAuditDatabase, CaseRecord } from '../database';
import { knownDeviceNames } from '../device/identityStore';
import { moderationAssignmentsFor, secondReadingsBy } from '../moderation/moderationExchange';
import { casesWithWork, inspectionAndFramework } from './exportContents';
import { webSha256 } from './inspectionExport';

type Made = {
  readonly exportedAt: string;
  readonly appVersion: string;
  /** The local moment the file is named by, `yyyy-mm-dd-hhmmss`. */
  readonly stamp: string;
  /** Whether it will be saved protected by a passphrase: its name says so. */
  readonly protected?: boolean;
};

export type TeamFileOutcome<F> =
  | { readonly status: 'ok'; readonly file: F; readonly fileName: string; readonly cases: number }
  | { readonly status: 'missing'; readonly message: string };

const FILE_TABLES = (db: CaseAuditDatabase) => [
  db.inspections,
  db.frameworks,
  db.cases,
  ...answerTables(db),
  db.answerHistory,
  db.moderation,
];

type Read<T> = { readonly inspection: Inspection; readonly framework: Framework } & T;

/**
 * What a team file holds, read in one transaction (so the file is one consistent moment): the
 * inspection, its framework and its cases for `pick` to choose from.
 */
function readForFile<T>(
  inspectionId: string,
  pick: (db: CaseAuditDatabase, all: CaseRecord[], inspection: Inspection) => Promise<T>,
): Promise<
  ({ readonly status: 'ok' } & Read<T>) | { readonly status: 'missing'; readonly message: string }
> {
  const db = database();
  return db.transaction('r', FILE_TABLES(db), async () => {
    const found = await inspectionAndFramework(db, inspectionId);
    if (found.status !== 'ok') return found;
    const all = await db.cases.where('inspectionId').equals(inspectionId).toArray();
    const picked = await pick(db, all, found.inspection);
    return {
      ...picked,
      status: 'ok' as const,
      inspection: found.inspection,
      framework: found.framework,
    };
  });
}

/** What a team file records of who worked where: the devices named in it are these. */
type Recorded = {
  readonly from: object;
  readonly cases: readonly object[];
  readonly moderation: readonly object[];
};

/**
 * A pack or work file made from its contents, with the names of the devices it records (as far
 * as this device knows them) and its checksum; with its name and how many cases it carries.
 */
async function fileMade<C extends Recorded, F extends PackFile | WorkFile>(
  build: (
    contents: C & { devices: DeviceNames | undefined },
    made: Made,
    sha256: typeof webSha256,
  ) => Promise<F>,
  contents: C,
  options: Made,
  fileName: string,
): Promise<TeamFileOutcome<F>> {
  const { from, cases, moderation } = contents;
  const devices = deviceNamesIn({ from, cases, moderation }, await knownDeviceNames());
  const file = await build({ ...contents, devices }, options, webSha256);
  return { status: 'ok', file, cases: file.cases.length, fileName };
}

/**
 * A pack for one inspector (their cases, their second readings) or for everyone (every case; no
 * second readings, since every case's answers are in it). Core's `packScope` decides who may see
 * what; this reads the rows.
 */
export async function makePack(
  inspectionId: string,
  options: Made & {
    readonly inspectorId: string | null;
    readonly by: string;
    readonly device: string;
    /** Lock the inspector's device after this many minutes without use (the pack's setting). */
    readonly autoLockMinutes?: number;
  },
): Promise<TeamFileOutcome<PackFile>> {
  const { inspectorId } = options;
  const contents = await readForFile(inspectionId, async (db, all, inspection) => {
    // The pack for everyone asks no second readings, so it reads none.
    const readings =
      inspectorId === null ? [] : await moderationAssignmentsFor(inspectionId, inspectorId);
    const scope = packScope(all, readings, inspectorId);
    return {
      name: inspectorId === null ? null : memberName(inspection.team, inspectorId),
      cases: await casesWithWork(
        db,
        all.filter((c) => scope.caseIds.has(c.id)),
        scope.blind,
      ),
      moderation: scope.assignments,
    };
  });
  if (contents.status !== 'ok') return contents;
  const { inspection, framework, cases, moderation, name } = contents;
  const from = { by: options.by, device: options.device };
  const forWhom = { inspectorId, name: name ?? 'Everyone' };
  const shortName = inspectionShortName(inspection, framework);
  const { autoLockMinutes } = options;
  return fileMade(
    buildPackFile,
    {
      for: forWhom,
      from,
      framework,
      inspection,
      cases,
      moderation,
      ...(autoLockMinutes === undefined ? {} : { autoLockMinutes }),
    },
    options,
    packFileName(shortName, name, options.stamp, options),
  );
}

/**
 * One inspector's work: the cases assigned to them and every case changed on this device, with
 * answers, notes and full history, and their second readings.
 */
export async function makeWork(
  inspectionId: string,
  options: Made & {
    /** The team member id scoring here, or the name typed when the inspection has no team. */
    readonly scorer: string;
    readonly device: string;
  },
): Promise<TeamFileOutcome<WorkFile>> {
  const contents = await readForFile(inspectionId, async (db, all) => {
    const touched = new Set<string>();
    for (const row of await db.answerHistory.where('inspectionId').equals(inspectionId).toArray()) {
      if (row.device === options.device) touched.add(row.caseId);
    }
    const mine = all.filter((c) => c.inspectorId === options.scorer || touched.has(c.id));
    return {
      cases: await casesWithWork(db, mine),
      moderation: await secondReadingsBy(inspectionId, options.scorer),
    };
  });
  if (contents.status !== 'ok') return contents;
  const { inspection, framework, cases, moderation } = contents;
  const member = inspection.team.find((m) => m.id === options.scorer);
  const name = member?.name ?? options.scorer;
  const from = { inspectorId: member ? member.id : null, name, device: options.device };
  const { id, title } = inspection;
  const shortName = inspectionShortName(inspection, framework);
  return fileMade(
    buildWorkFile,
    { inspection: { id, title, framework: inspection.framework }, from, cases, moderation },
    options,
    workFileName(shortName, name, options.stamp, options),
  );
}

/**
 * The audit trail as a spreadsheet (core's `auditTrailCsv`): every change to every answer of
 * one case, or of every case of the inspection, oldest first. `date` is the local
 * `yyyy-mm-dd` the file is named by; `here` is this device's id (shown as "(this device)"),
 * and a device with a known name has it beside its id.
 */
export async function auditTrailFile(
  inspectionId: string,
  caseId: string | null,
  date: string,
  here: string,
): Promise<
  | {
      readonly status: 'ok';
      readonly fileName: string;
      readonly text: string;
      readonly changes: number;
    }
  | { readonly status: 'missing'; readonly message: string }
> {
  const deviceNames = await knownDeviceNames();
  const db = database();
  return db.transaction(
    'r',
    [db.inspections, db.frameworks, db.cases, db.answerHistory],
    async () => {
      const found = await inspectionAndFramework(db, inspectionId);
      if (found.status !== 'ok') return found;
      const { inspection, framework } = found;
      const cases = caseId
        ? [await db.cases.get(caseId)].filter(
            (c): c is CaseRecord => c !== undefined && c.inspectionId === inspectionId,
          )
        : await db.cases.where('inspectionId').equals(inspectionId).toArray();
      if (caseId && cases.length === 0) {
        return { status: 'missing' as const, message: 'This case is no longer on this device.' };
      }
      const history = caseId
        ? await db.answerHistory.where('caseId').equals(caseId).toArray()
        : await db.answerHistory.where('inspectionId').equals(inspectionId).toArray();
      history.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
      const byCase = new Map<string, HistoryEntry[]>();
      for (const row of history) {
        const list = byCase.get(row.caseId);
        if (list) list.push(historyEntryOf(row));
        else byCase.set(row.caseId, [historyEntryOf(row)]);
      }
      const text = auditTrailCsv(
        indexFramework(framework),
        [...cases].sort(byRef).map((c) => ({ ref: c.ref, history: byCase.get(c.id) ?? [] })),
        {
          member: (id) => memberName(inspection.team, id),
          device: (id) => {
            const name = id === here ? 'this device' : nameOfDevice(deviceNames, id);
            return name === undefined ? id : `${id} (${name})`;
          },
        },
        { byteOrderMark: true },
      );
      return {
        status: 'ok' as const,
        fileName: auditTrailFileName(inspection, framework, caseId ? cases[0]!.id : null, date),
        text,
        changes: history.length,
      };
    },
  );
}
