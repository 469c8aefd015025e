/**
 * What an answer has been through, as a set of revisions, and the one question a merge asks of
 * two such sets: does one contain the other?
 *
 * A revision is one change to one answer: a history entry, or the stored answer itself (which
 * is the latest change; answers without history, such as seeded data, still have that one).
 * Its identity is the device that made it, the per-answer revision number it gave, and the
 * moment it was made: `device + rev + at`. Two devices that diverge from the same answer both
 * make "revision 3", but never on the same device at the same moment, so the identity tells
 * them apart without trusting anyone's clock to order them.
 *
 * One refinement: a stretch of typing in one note is one history entry that grows as it is
 * saved (the case editor's typing burst), so the entry a file carries may be a later state of an
 * entry already merged. Entry `f` stands for entry `e` when both come from the same device and
 * person, start from the same value and note (`before`), and `f` is the later revision.
 */
import type { HistoryEntry } from '../exchange/inspectionFile';
import { type AnswerValue, sameValue } from '../inspection/answerValue';
import type { Answer } from '../inspection/inspectionSchema';

export type Revision = {
  readonly device: string;
  readonly rev: number;
  readonly at: string;
  readonly by: string;
  /** The value and note before the change; undefined when not known (an answer with no history). */
  readonly before?: { readonly value: AnswerValue; readonly note: string } | null | undefined;
};

export function revisionKey(r: Pick<Revision, 'device' | 'rev' | 'at'>): string {
  return `${r.device}\u0000${r.rev}\u0000${r.at}`;
}

export type RevisionSet = {
  readonly keys: ReadonlySet<string>;
  readonly byDevice: ReadonlyMap<string, readonly Revision[]>;
  readonly all: readonly Revision[];
};

function sameBefore(a: Revision['before'], b: Revision['before']): boolean {
  if (a === undefined || b === undefined) return false;
  if (a === null || b === null) return a === b;
  return sameValue(a.value, b.value) && a.note === b.note;
}

/** The revisions of one answer: its history entries, and the stored answer as the latest one. */
export function revisionsOf(
  answer: Answer | undefined,
  entries: readonly HistoryEntry[],
): RevisionSet {
  const all: Revision[] = [...entries];
  const keys = new Set(entries.map(revisionKey));
  if (answer && !keys.has(revisionKey(answer))) {
    all.push({ device: answer.device, rev: answer.rev, at: answer.at, by: answer.by });
    keys.add(revisionKey(answer));
  }
  const byDevice = new Map<string, Revision[]>();
  for (const r of all) {
    const list = byDevice.get(r.device);
    if (list) list.push(r);
    else byDevice.set(r.device, [r]);
  }
  return { keys, byDevice, all };
}

/** Whether `set` holds revision `e`, itself or a later state of the same typing burst. */
export function holds(set: RevisionSet, e: Revision): boolean {
  if (set.keys.has(revisionKey(e))) return true;
  if (e.before === undefined) return false;
  for (const f of set.byDevice.get(e.device) ?? []) {
    if (f.by === e.by && f.rev > e.rev && f.at >= e.at && sameBefore(f.before, e.before)) {
      return true;
    }
  }
  return false;
}

/** Whether every revision of `inner` is in `outer`. */
export function containsAll(outer: RevisionSet, inner: RevisionSet): boolean {
  return inner.all.every((e) => holds(outer, e));
}
