/**
 * Reading a case for its screens: the case, its current answers, its history, and the
 * inspection with its pinned framework. Writing is answerWriter.ts's alone.
 */
import { type Inspection, STATUS_HISTORY_ITEM } from '../../core';
import { database } from '../connection';
import type { AnswerHistoryRecord, AnswerRecord, CaseRecord, FrameworkRecord } from '../database';
import { inspectionWithFramework } from '../inspections/inspectionStore';
import { caseAnswers } from './answerStore';

/** The item id under which case status changes (complete, reopen) are kept in the history. */
export const CASE_STATUS_ITEM = STATUS_HISTORY_ITEM;

/** What scoring a case reads once: its inspection and the pinned framework version. */
export type InspectionFramework = {
  readonly inspection: Inspection;
  readonly framework: FrameworkRecord;
};

/**
 * The inspection and its framework. Screens read this apart from the case and its answers, so
 * that a save (which changes those) never makes them read the framework again.
 */
export async function loadInspectionFramework(
  inspectionId: string,
): Promise<InspectionFramework | null> {
  const found = await inspectionWithFramework(database(), inspectionId);
  return found?.framework ? { inspection: found.inspection, framework: found.framework } : null;
}

export function getCase(caseId: string): Promise<CaseRecord | undefined> {
  return database().cases.get(caseId);
}

/** The current answers of a case, by item id. */
export async function answersOf(caseId: string): Promise<Map<string, AnswerRecord>> {
  const rows = await caseAnswers(database(), caseId);
  return new Map(rows.map((row) => [row.itemId, row]));
}

/** A case's history, newest first. */
export async function historyOf(caseId: string): Promise<AnswerHistoryRecord[]> {
  const rows = await database().answerHistory.where('caseId').equals(caseId).toArray();
  return rows.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
}
