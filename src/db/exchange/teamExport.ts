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
  buildPackFile,
  buildWorkFile,
  deviceNamesIn,
  type HistoryEntry,
  type Inspection,
  indexFramework,
  inspectionShortName,
  nameOfDevice,
  type PackFile,
  packFileName,
  type WorkFile,
  workFileName,
} from '../../core';
import { database } from '../connection';
import type { CaseRecord } from '../database';
import { knownDeviceNames } from '../device/identityStore';
import { moderationAssignmentsFor, secondReadingsBy } from '../moderation/moderationExchange';
import { byRef, casesWithWork, historyEntryOf, inspectionAndFramework } from './exportContents';
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

function memberName(inspection: Inspection, id: string): string {
  return inspection.team.find((m) => m.id === id)?.name ?? id;
}

/**
 * A pack for one inspector (their cases, their second readings) or for everyone (every case; no
 * second readings, since every case's answers are in it).
 */
export async function makePack(
  inspectionId: string,
  options: Made & {
    readonly inspectorId: string | null;
    readonly by: string;
    readonly device: string;
  },
): Promise<TeamFileOutcome<PackFile>> {
  const db = database();
  const contents = await db.transaction(
    'r',
    [db.inspections, db.frameworks, db.cases, db.answers, db.answerHistory, db.moderation],
    async () => {
      const found = await inspectionAndFramework(db, inspectionId);
      if (found.status !== 'ok') return found;
      const { inspection, framework } = found;
      const all = await db.cases.where('inspectionId').equals(inspectionId).toArray();
      const { inspectorId } = options;
      if (inspectorId === null) {
        return {
          status: 'ok' as const,
          inspection,
          framework,
          name: null,
          cases: await casesWithWork(db, all),
          moderation: [],
        };
      }
      const moderation = await moderationAssignmentsFor(inspectionId, inspectorId);
      const secondReads = new Set(moderation.map((m) => m.caseId));
      const theirs = all.filter((c) => c.inspectorId === inspectorId || secondReads.has(c.id));
      // A case they second-read goes without its answers and history: the reading stays blind.
      const blind = new Set(
        all.filter((c) => secondReads.has(c.id) && c.inspectorId !== inspectorId).map((c) => c.id),
      );
      return {
        status: 'ok' as const,
        inspection,
        framework,
        name: memberName(inspection, inspectorId),
        cases: await casesWithWork(db, theirs, blind),
        moderation,
      };
    },
  );
  if (contents.status !== 'ok') return contents;
  const from = { by: options.by, device: options.device };
  const file = await buildPackFile(
    {
      for: { inspectorId: options.inspectorId, name: contents.name ?? 'Everyone' },
      from,
      framework: contents.framework,
      inspection: contents.inspection,
      cases: contents.cases,
      moderation: contents.moderation,
      devices: deviceNamesIn(
        { from, cases: contents.cases, moderation: contents.moderation },
        await knownDeviceNames(),
      ),
    },
    options,
    webSha256,
  );
  return {
    status: 'ok',
    file,
    cases: file.cases.length,
    fileName: packFileName(
      inspectionShortName(contents.inspection, contents.framework),
      contents.name,
      options.stamp,
      options,
    ),
  };
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
  const db = database();
  const contents = await db.transaction(
    'r',
    [db.inspections, db.frameworks, db.cases, db.answers, db.answerHistory, db.moderation],
    async () => {
      const found = await inspectionAndFramework(db, inspectionId);
      if (found.status !== 'ok') return found;
      const { inspection, framework } = found;
      const all = await db.cases.where('inspectionId').equals(inspectionId).toArray();
      const touched = new Set<string>();
      await db.answerHistory
        .where('inspectionId')
        .equals(inspectionId)
        .each((row) => {
          if (row.device === options.device) touched.add(row.caseId);
        });
      const mine = all.filter((c) => c.inspectorId === options.scorer || touched.has(c.id));
      return {
        status: 'ok' as const,
        inspection,
        framework,
        cases: await casesWithWork(db, mine),
        moderation: await secondReadingsBy(inspectionId, options.scorer),
      };
    },
  );
  if (contents.status !== 'ok') return contents;
  const { inspection } = contents;
  const member = inspection.team.find((m) => m.id === options.scorer);
  const name = member?.name ?? options.scorer;
  const from = { inspectorId: member ? member.id : null, name, device: options.device };
  const file = await buildWorkFile(
    {
      inspection: { id: inspection.id, title: inspection.title, framework: inspection.framework },
      from,
      cases: contents.cases,
      moderation: contents.moderation,
      devices: deviceNamesIn(
        { from, cases: contents.cases, moderation: contents.moderation },
        await knownDeviceNames(),
      ),
    },
    options,
    webSha256,
  );
  return {
    status: 'ok',
    file,
    cases: file.cases.length,
    fileName: workFileName(
      inspectionShortName(inspection, contents.framework),
      name,
      options.stamp,
      options,
    ),
  };
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
      const names = new Map(inspection.team.map((m) => [m.id, m.name]));
      const text = auditTrailCsv(
        indexFramework(framework),
        [...cases].sort(byRef).map((c) => ({ ref: c.ref, history: byCase.get(c.id) ?? [] })),
        {
          member: (id) => names.get(id) ?? id,
          device: (id) => {
            const name = id === here ? 'this device' : nameOfDevice(deviceNames, id);
            return name === undefined ? id : `${id} (${name})`;
          },
        },
        { byteOrderMark: true },
      );
      const what = caseId
        ? `audit-trail-${cases[0]!.ref.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
        : 'audit-trail';
      return {
        status: 'ok' as const,
        fileName: `${inspectionShortName(inspection, framework)}-${what}-${date}.csv`,
        text,
        changes: history.length,
      };
    },
  );
}
