/**
 * What a pull sends: the changes to one inspection since the caller's `since`, as far as their
 * access allows (caseAccess.ts), in server-sequence order, cut at `limit` changes.
 *
 * - A changed case goes complete: the record and, unless blind, every answer and its whole
 *   history. The merge tells a fast-forward from a conflict by the revisions each side holds
 *   (merge/revisions.ts), so a case with part of its history would look like a conflict.
 * - A blind case goes as its record only, and counts as changed only when its record changed:
 *   the first reading's answers, notes and history never go, nor does the moment they changed.
 * - Second readings go to their reader as a pack carries them (their own answers, never the
 *   first reading); to a lead, as a work file brings them back (the readers' answers). Conflicts
 *   (open, or resolved since), which hold both sides' answers, go to a lead only.
 * - `seq` is the highest sequence number sent; when nothing was cut, the highest of every row
 *   given (changes the caller may not see are passed over, not pulled again and again).
 *
 * Pure and deterministic: the server reads the rows, this decides.
 */
import { casesWithAnswers } from '../exchange/fileCases';
import type { FileMade, Sha256Hex } from '../exchange/fileEnvelope';
import { buildWorkFile, type WorkContents } from '../exchange/teamFiles';
import type { Case } from '../inspection/inspectionSchema';
import type { ConflictRecord } from '../merge/conflictRecord';
import type { AnswerRow, HistoryRow } from '../merge/mergeTypes';
import type {
  ModerationAssignment,
  ModerationCase,
  SecondReading,
} from '../moderation/moderationRecord';
import { assignmentsFor, readingsBy } from '../moderation/readingExchange';
import type { CaseAccess, SyncCaller } from './caseAccess';
import type { PullResponse } from './syncSchemas';

/** A stored row and its place in the server's sequence. */
export type Sequenced<T> = T & { readonly seq: number };

/**
 * The server's rows of one inspection changed since `since`. For every case with any change
 * since, all its rows (answers and history from before too): a case goes complete.
 */
export type PullRows = {
  readonly inspection: WorkContents['inspection'];
  readonly cases: readonly Sequenced<Case>[];
  readonly answers: readonly Sequenced<AnswerRow>[];
  readonly history: readonly Sequenced<HistoryRow>[];
  readonly moderation: readonly Sequenced<{ readonly record: ModerationCase }>[];
  readonly conflicts: readonly Sequenced<{ readonly record: ConflictRecord }>[];
};

export type PullRequest = {
  readonly caller: SyncCaller;
  /** From caseAccess; a case not in it is not sent. */
  readonly access: ReadonlyMap<string, CaseAccess>;
  readonly since: number;
  /** At most this many changes (cases, second readings, conflicts); at least 1. */
  readonly limit: number;
  /** Who the pulled work says it is from: the server, by name and id. */
  readonly server: { readonly name: string; readonly device: string };
};

export type PullPlan = {
  readonly seq: number;
  readonly more: boolean;
  /** Null when no case changed that the caller may see. */
  readonly work: WorkContents | null;
  readonly assignments: readonly ModerationAssignment[];
  readonly conflicts: readonly ConflictRecord[];
};

type Change =
  | { readonly seq: number; readonly kind: 'case'; readonly id: string; readonly case: Case }
  | {
      readonly seq: number;
      readonly kind: 'reading';
      readonly id: string;
      readonly record: ModerationCase;
    }
  | {
      readonly seq: number;
      readonly kind: 'conflict';
      readonly id: string;
      readonly record: ConflictRecord;
    };

function highestByCase(
  rows: readonly Sequenced<{ readonly caseId: string }>[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.caseId, Math.max(out.get(r.caseId) ?? 0, r.seq));
  return out;
}

/** Each case the caller may see, at the highest sequence number of the rows they may see. */
function caseChanges(rows: PullRows, access: ReadonlyMap<string, CaseAccess>): Change[] {
  const answers = highestByCase(rows.answers);
  const history = highestByCase(rows.history);
  return rows.cases.flatMap((c): Change[] => {
    const seen = c.inspectionId === rows.inspection.id ? (access.get(c.id) ?? 'none') : 'none';
    if (seen === 'none') return [];
    const { seq: _seq, ...record } = c;
    const seq =
      seen === 'blind' ? c.seq : Math.max(c.seq, answers.get(c.id) ?? 0, history.get(c.id) ?? 0);
    return [{ seq, kind: 'case', id: c.id, case: record }];
  });
}

/** Second readings and conflicts the caller may have. */
function otherChanges(rows: PullRows, caller: SyncCaller): Change[] {
  const lead = caller.role === 'lead';
  const here = (r: { readonly inspectionId: string }) => r.inspectionId === rows.inspection.id;
  const readings = rows.moderation.flatMap(({ seq, record }): Change[] => {
    const theirs = lead || assignmentsFor([record], caller.memberId).length > 0;
    return theirs && here(record) ? [{ seq, kind: 'reading', id: record.id, record }] : [];
  });
  const conflicts = rows.conflicts.flatMap(({ seq, record }): Change[] =>
    lead && here(record) ? [{ seq, kind: 'conflict', id: record.id, record }] : [],
  );
  return [...readings, ...conflicts];
}

function inOrder(a: Change, b: Change): number {
  if (a.seq !== b.seq) return a.seq - b.seq;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The first `limit` changes, and any more at the same sequence number (never split one). */
function cut(changes: readonly Change[], limit: number): { taken: Change[]; more: boolean } {
  let end = Math.min(Math.max(1, limit), changes.length);
  while (end < changes.length && changes[end]!.seq === changes[end - 1]!.seq) end++;
  return { taken: changes.slice(0, end), more: end < changes.length };
}

function highestSeq(rows: PullRows, since: number): number {
  const all = [rows.cases, rows.answers, rows.history, rows.moderation, rows.conflicts];
  return all.reduce((top, list) => list.reduce((t, r) => Math.max(t, r.seq), top), since);
}

export function planPull(rows: PullRows, request: PullRequest): PullPlan {
  const { caller, access, since } = request;
  const changes = [...caseChanges(rows, access), ...otherChanges(rows, caller)]
    .filter((c) => c.seq > since)
    .sort(inOrder);
  const { taken, more } = cut(changes, request.limit);
  const cases = taken.flatMap((c) => (c.kind === 'case' ? [c.case] : []));
  const records = taken.flatMap((c) => (c.kind === 'reading' ? [c.record] : []));
  const blind = new Set(cases.filter((c) => access.get(c.id) === 'blind').map((c) => c.id));
  const readings: SecondReading[] =
    caller.role === 'lead' ? records.flatMap((r) => readingsBy([r], r.data.secondReaderId)) : [];
  const work: WorkContents | null =
    cases.length === 0 && readings.length === 0
      ? null
      : {
          inspection: rows.inspection,
          from: { inspectorId: null, name: request.server.name, device: request.server.device },
          cases: casesWithAnswers(cases, rows.answers, rows.history, blind),
          moderation: readings,
        };
  return {
    seq: more ? taken[taken.length - 1]!.seq : highestSeq(rows, since),
    more,
    work,
    assignments: caller.role === 'lead' ? [] : assignmentsFor(records, caller.memberId),
    conflicts: taken.flatMap((c) => (c.kind === 'conflict' ? [c.record] : [])),
  };
}

/** The pull's body: its work as a checksummed work file, as any device reads one. */
export async function pullResponseOf(
  plan: PullPlan,
  made: FileMade,
  sha256: Sha256Hex,
): Promise<PullResponse> {
  return {
    seq: plan.seq,
    more: plan.more,
    ...(plan.work ? { work: await buildWorkFile(plan.work, made, sha256) } : {}),
    ...(plan.assignments.length > 0 ? { assignments: [...plan.assignments] } : {}),
    ...(plan.conflicts.length > 0 ? { conflicts: [...plan.conflicts] } : {}),
  };
}
