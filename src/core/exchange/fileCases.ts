/**
 * A stored answer or history row as a file (and a merge) holds it: the fields of the answer or
 * change only, whatever else the row carries (its case, its inspection, its place in the log).
 * And the cases a file carries, put together from such rows: storage reads them, this decides
 * what travels (a blind case travels without its answers and history).
 */

import { byRef } from '../inspection/caseOrder';
import type { Answer, Case } from '../inspection/inspectionSchema';
import type { AnswerRow, HistoryRow } from '../merge/mergeTypes';
import type { HistoryEntry, InspectionFileCase } from './inspectionFile';

export function answerOf(row: Answer): Answer {
  return {
    value: row.value,
    note: row.note,
    rev: row.rev,
    at: row.at,
    by: row.by,
    device: row.device,
  };
}

export function historyEntryOf(row: HistoryEntry): HistoryEntry {
  return {
    itemId: row.itemId,
    ...answerOf(row),
    via: row.via,
    ...(row.source === undefined ? {} : { source: row.source }),
    ...(row.before === undefined ? {} : { before: row.before }),
  };
}

/**
 * Cases with their answers and history (oldest first, by `seq`, the row's place in the log), in
 * order of reference. The `blind` cases go without either, so a second reader's reading stays
 * blind. Rows of cases not among `cases` are left out.
 */
export function casesWithAnswers(
  cases: readonly Case[],
  answers: readonly AnswerRow[],
  history: readonly (HistoryRow & { readonly seq?: number })[],
  blind: ReadonlySet<string> = new Set(),
): InspectionFileCase[] {
  const out = new Map<string, InspectionFileCase>(
    // In order of reference, by code units, so the same inspection always gives the same file.
    [...cases].sort(byRef).map((c) => [c.id, { ...c, answers: {}, history: [] }]),
  );
  for (const row of answers) {
    if (blind.has(row.caseId)) continue;
    const kase = out.get(row.caseId);
    if (kase) (kase.answers as Record<string, Answer>)[row.itemId] = answerOf(row);
  }
  const inOrder = [...history].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  for (const row of inOrder) {
    if (blind.has(row.caseId)) continue;
    out.get(row.caseId)?.history.push(historyEntryOf(row));
  }
  return [...out.values()];
}
