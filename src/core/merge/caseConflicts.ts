/**
 * A conflict found while merging a case (an answer or the status changed differently on both
 * sides): settled by the lead's decision for it (`decisions`, keyed by the conflict's `key`);
 * with none, both are kept for later — recorded as an open conflict, the answer here staying.
 */
import type { HistoryEntry } from '../exchange/inspectionFile';
import type { Answer } from '../inspection/inspectionSchema';
import { canonicalJson } from '../validation/canonicalJson';
import type { CaseMerge } from './caseMerge';
import type { ConflictRecord } from './conflictRecord';
import { decideConflict } from './decideConflict';
import type { MergeDecision } from './mergeTypes';

function sameConflict(a: ConflictRecord, b: ConflictRecord): boolean {
  const core = (c: ConflictRecord) =>
    canonicalJson({ mine: c.mine, theirs: c.theirs, entries: c.theirsEntries, status: c.status });
  return core(a) === core(b);
}

/** Records the conflict in the plan, then keeps it for later or applies the lead's decision. */
export function caseConflict(
  m: CaseMerge,
  itemId: string,
  mine: Answer | undefined,
  theirs: Answer,
  theirsEntries: readonly HistoryEntry[],
): void {
  const { w, incoming, kase } = m;
  const key = `${incoming.id}|${kase.id}|${itemId}`;
  const open = w.openFor(kase.id, itemId).find((c) => c.theirs.device === theirs.device);
  m.conflicts.push({
    key,
    fileId: incoming.id,
    fileName: incoming.name,
    caseId: kase.id,
    caseRef: m.base.ref,
    itemId,
    mine: mine ?? null,
    theirs,
    alreadyOpen: open !== undefined,
  });
  const decision = m.decisions.get(key) ?? 'later';
  if (decision === 'later') keepForLater(m, itemId, mine, theirs, theirsEntries, open);
  else decide(m, decision, itemId, mine, theirs, theirsEntries);
}

function keepForLater(
  m: CaseMerge,
  itemId: string,
  mine: Answer | undefined,
  theirs: Answer,
  theirsEntries: readonly HistoryEntry[],
  open: ConflictRecord | undefined,
): void {
  const { incoming, kase } = m;
  m.keptForLater++;
  const record: ConflictRecord = {
    id: open?.id ?? `${kase.id}|${itemId}|${incoming.id.slice(0, 16)}`,
    inspectionId: m.base.inspectionId,
    caseId: kase.id,
    itemId,
    status: 'open',
    mine: mine ?? null,
    theirs,
    theirsEntries: [...theirsEntries],
    source: incoming.name.slice(0, 500),
    fileId: incoming.id,
    detectedAt: open?.detectedAt ?? m.context.now,
    resolution: null,
  };
  if (!open || !sameConflict(open, record)) m.w.putConflict(record);
}

function decide(
  m: CaseMerge,
  decision: Exclude<MergeDecision, 'later'>,
  itemId: string,
  mine: Answer | undefined,
  theirs: Answer,
  theirsEntries: readonly HistoryEntry[],
): void {
  const { w, kase, context } = m;
  m.decided++;
  m.decidedNow = true;
  const writes = decideConflict({
    itemId,
    keep: decision,
    mine: mine ?? null,
    theirs,
    theirsEntries,
    fileName: m.incoming.name,
    context,
    caseStatus: m.status,
  });
  m.add(writes.entries);
  if (writes.answer) {
    m.answers[itemId] = writes.answer;
    m.changedAnswers.add(itemId);
  }
  if (writes.status) m.status = writes.status;
  for (const o of w.openFor(kase.id, itemId)) {
    if (o.theirs.device === theirs.device) {
      w.putConflict({
        ...o,
        status: 'resolved',
        resolution: { keep: decision, at: context.now, by: context.by, device: context.device },
      });
    }
  }
}
