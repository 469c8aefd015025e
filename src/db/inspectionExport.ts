/**
 * Everything of one inspection on this device, as the inspection file holds it (core's
 * `inspectionFile.ts`): the pinned framework, the inspection, every case — including reserves —
 * with its current answers and its whole answer history in the order it happened, and the
 * report draft. Read in one transaction, so the file is one consistent moment.
 */
import {
  type Answer,
  buildInspectionFile,
  frameworkKey,
  type HistoryEntry,
  type InspectionFile,
  type InspectionFileCase,
  type InspectionFileContents,
  isEmptyDraft,
  moderationRecordSchema,
  readReportDraft,
} from '../core';
import { database } from './connection';
import type { AnswerHistoryRecord, AnswerRecord } from './database';

export type ExportContents =
  | { readonly status: 'ok'; readonly contents: InspectionFileContents }
  | { readonly status: 'missing'; readonly message: string };

function answerOf(row: AnswerRecord): Answer {
  return {
    value: row.value,
    note: row.note,
    rev: row.rev,
    at: row.at,
    by: row.by,
    device: row.device,
  };
}

function historyOf(row: AnswerHistoryRecord): HistoryEntry {
  return {
    itemId: row.itemId,
    value: row.value,
    note: row.note,
    rev: row.rev,
    at: row.at,
    by: row.by,
    device: row.device,
    via: row.via,
    ...(row.source === undefined ? {} : { source: row.source }),
    ...(row.before === undefined ? {} : { before: row.before }),
  };
}

/** What the inspection file of an inspection holds. */
export async function loadInspectionFileContents(inspectionId: string): Promise<ExportContents> {
  const db = database();
  return db.transaction(
    'r',
    [
      db.inspections,
      db.frameworks,
      db.cases,
      db.answers,
      db.answerHistory,
      db.reports,
      db.moderation,
    ],
    async (): Promise<ExportContents> => {
      const inspection = await db.inspections.get(inspectionId);
      if (!inspection) {
        return { status: 'missing', message: 'This inspection is no longer on this device.' };
      }
      const [record, caseRows, answerRows, historyRows, reportRow, moderationRows] =
        await Promise.all([
          db.frameworks.get(frameworkKey(inspection.framework)),
          db.cases.where('inspectionId').equals(inspectionId).toArray(),
          db.answers.where('inspectionId').equals(inspectionId).toArray(),
          db.answerHistory.where('inspectionId').equals(inspectionId).toArray(),
          db.reports.get(inspectionId),
          db.moderation.where('inspectionId').equals(inspectionId).toArray(),
        ]);
      if (!record) {
        return {
          status: 'missing',
          message: `The framework this inspection is pinned to (${frameworkKey(inspection.framework)}) is not on this device.`,
        };
      }
      const byCase = new Map<string, InspectionFileCase>();
      const cases = caseRows
        .sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0))
        .map((row) => {
          const kase: InspectionFileCase = { ...row, answers: {}, history: [] };
          byCase.set(row.id, kase);
          return kase;
        });
      for (const row of answerRows) {
        const kase = byCase.get(row.caseId);
        if (kase) (kase.answers as Record<string, Answer>)[row.itemId] = answerOf(row);
      }
      historyRows.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
      for (const row of historyRows) byCase.get(row.caseId)?.history.push(historyOf(row));
      const draft = reportRow ? readReportDraft(reportRow.draft) : null;
      const report = draft?.status === 'ok' && !isEmptyDraft(draft.value) ? draft.value : null;
      return {
        status: 'ok',
        contents: {
          framework: record.framework,
          inspection,
          cases,
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
  made: { readonly exportedAt: string; readonly appVersion: string },
): Promise<
  | { readonly status: 'ok'; readonly file: InspectionFile }
  | { readonly status: 'missing'; readonly message: string }
> {
  const loaded = await loadInspectionFileContents(inspectionId);
  if (loaded.status !== 'ok') return loaded;
  return { status: 'ok', file: await buildInspectionFile(loaded.contents, made, webSha256) };
}
