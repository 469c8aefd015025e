/**
 * How a history entry says it records a merge decision: its `source` names the decision and the
 * file. Written by the merge (core's merge/decideConflict.ts), read back wherever the history is
 * shown or exported (the case history, the audit trail CSV), so it sits with the history's
 * format, beside the files that carry it.
 */

const KEPT_THEIRS = 'Merge decision: kept the answer in ';
const KEPT_MINE = 'Merge decision: kept the answer already here, not the one in ';

/** The `source` of the history entry a merge decision writes. */
export function mergeDecisionSource(keep: 'mine' | 'theirs', fileName: string): string {
  return `${keep === 'theirs' ? KEPT_THEIRS : KEPT_MINE}${fileName}`.slice(0, 500);
}

/** What a history entry's `source` says about a merge decision, if it records one. */
export function readMergeDecision(
  source: string | undefined,
): { readonly keep: 'mine' | 'theirs'; readonly fileName: string } | null {
  if (source === undefined) return null;
  if (source.startsWith(KEPT_MINE))
    return { keep: 'mine', fileName: source.slice(KEPT_MINE.length) };
  if (source.startsWith(KEPT_THEIRS)) {
    return { keep: 'theirs', fileName: source.slice(KEPT_THEIRS.length) };
  }
  return null;
}
