/**
 * A stored answer or history row as a file (and a merge) holds it: the fields of the answer or
 * change only, whatever else the row carries (its case, its inspection, its place in the log).
 */
import type { Answer } from '../inspection/inspectionSchema';
import type { HistoryEntry } from './inspectionFile';

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
