/**
 * Everything of one inspection on this device, as the inspection file holds it (core's
 * `inspectionFile.ts`): the pinned framework, the inspection, every case — including reserves —
 * with its current answers and its whole answer history in the order it happened, the report
 * draft, and the names of the devices it records. Read in one transaction, so the file is one
 * consistent moment.
 */
import {
  buildInspectionFile,
  casesWithAnswers,
  deviceNamesIn,
  type FileMade,
  type InspectionFile,
  type InspectionFileContents,
  isEmptyDraft,
  moderationRecordSchema,
  readReportDraft,
} from '../../core';
import { answerTables, inspectionAnswers } from '../cases/answerStore';
import { database } from '../connection';
import { knownDeviceNames } from '../device/identityStore';
import { inspectionAndFramework } from './exportContents';

type ExportContents =
  | { readonly status: 'ok'; readonly contents: InspectionFileContents }
  | { readonly status: 'missing'; readonly message: string };

/** What the inspection file of an inspection holds. */
function loadInspectionFileContents(inspectionId: string): Promise<ExportContents> {
  const db = database();
  return db.transaction(
    'r',
    [
      db.inspections,
      db.frameworks,
      db.cases,
      ...answerTables(db),
      db.answerHistory,
      db.reports,
      db.moderation,
    ],
    async (): Promise<ExportContents> => {
      const found = await inspectionAndFramework(db, inspectionId);
      if (found.status !== 'ok') return found;
      const [caseRows, answerRows, historyRows, reportRow, moderationRows] = await Promise.all([
        db.cases.where('inspectionId').equals(inspectionId).toArray(),
        inspectionAnswers(db, inspectionId),
        db.answerHistory.where('inspectionId').equals(inspectionId).toArray(),
        db.reports.get(inspectionId),
        db.moderation.where('inspectionId').equals(inspectionId).toArray(),
      ]);
      const draft = reportRow ? readReportDraft(reportRow.draft) : null;
      const report = draft?.status === 'ok' && !isEmptyDraft(draft.value) ? draft.value : null;
      return {
        status: 'ok',
        contents: {
          framework: found.framework,
          inspection: found.inspection,
          cases: casesWithAnswers(caseRows, answerRows, historyRows),
          report,
          // Sorted so the same inspection always gives the same file.
          moderation: moderationRows
            .map((row) => moderationRecordSchema.parse(row))
            .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
        },
      };
    },
  );
}

/** SHA-256 as lower-case hex, with the browser's WebCrypto. */
export async function webSha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The inspection file of an inspection, made now. */
export async function makeInspectionFile(
  inspectionId: string,
  made: FileMade,
): Promise<
  | { readonly status: 'ok'; readonly file: InspectionFile }
  | { readonly status: 'missing'; readonly message: string }
> {
  const loaded = await loadInspectionFileContents(inspectionId);
  if (loaded.status !== 'ok') return loaded;
  const devices = deviceNamesIn(loaded.contents, await knownDeviceNames());
  return {
    status: 'ok',
    file: await buildInspectionFile({ ...loaded.contents, devices }, made, webSha256),
  };
}
