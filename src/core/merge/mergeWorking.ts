/**
 * The merge's running state (planMerge.ts): this device as the files merged so far have left
 * it, and the writes that carry the merge out, each record in its latest state.
 */
import type { HistoryEntry } from '../exchange/inspectionFile';
import type { WorkFile } from '../exchange/teamFiles';
import type { Case, Inspection } from '../inspection/inspectionSchema';
import type { ConflictRecord } from './conflictRecord';
import type {
  AnswerRow,
  HistoryRow,
  MergeCase,
  MergedFileRecord,
  MergeState,
  ModerationHandOver,
} from './mergeTypes';

/** A case as a file carries it (a pack's cases have the same shape). */
export type IncomingCase = WorkFile['cases'][number];

/** A case's own details, without its answers and history. */
export function caseDetails(kase: MergeCase | IncomingCase): Case {
  return {
    id: kase.id,
    inspectionId: kase.inspectionId,
    ref: kase.ref,
    areaId: kase.areaId,
    stratumId: kase.stratumId,
    inspectorId: kase.inspectorId,
    status: kase.status,
    role: kase.role,
    createdAt: kase.createdAt,
    updatedAt: kase.updatedAt,
  };
}

/** History entries grouped by item, each group in the order given. */
export function byItem(history: readonly HistoryEntry[]): Map<string, HistoryEntry[]> {
  const map = new Map<string, HistoryEntry[]>();
  for (const e of history) {
    const list = map.get(e.itemId);
    if (list) list.push(e);
    else map.set(e.itemId, [e]);
  }
  return map;
}

export class Working {
  inspection: Inspection | null;
  readonly cases: Map<string, MergeCase>;
  readonly refs: Map<string, string>;
  readonly open: Map<string, ConflictRecord>;
  readonly merged: Set<string>;
  // Writes, each record in its latest state.
  inspectionOut: Inspection | null = null;
  readonly casesOut = new Map<string, Case>();
  readonly answersOut = new Map<string, AnswerRow>();
  readonly historyOut: HistoryRow[] = [];
  readonly conflictsOut = new Map<string, ConflictRecord>();
  readonly filesOut: MergedFileRecord[] = [];
  readonly moderationOut: ModerationHandOver[] = [];

  constructor(readonly state: MergeState) {
    this.inspection = state.inspection;
    this.cases = new Map(state.cases);
    this.refs = new Map([...state.cases.values()].map((c) => [c.ref.toLowerCase(), c.id]));
    this.open = new Map(
      state.openConflicts.filter((c) => c.status === 'open').map((c) => [c.id, c]),
    );
    this.merged = new Set(state.mergedFiles);
  }

  openFor(caseId: string, itemId: string): ConflictRecord[] {
    return [...this.open.values()].filter((c) => c.caseId === caseId && c.itemId === itemId);
  }

  putConflict(record: ConflictRecord) {
    if (record.status === 'open') this.open.set(record.id, record);
    else this.open.delete(record.id);
    this.conflictsOut.set(record.id, record);
  }
}
