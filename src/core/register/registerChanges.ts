/**
 * The history a change to a recommendation makes: before and after compared, one entry per
 * thing that changed, in words a committee can read ("RAG status: Amber → Green", "Action
 * added: …"). Long texts are shortened in the entry; the record itself keeps them whole.
 */
import {
  RAG_STATUS_LABELS,
  type RagStatus,
  type RegisterAction,
  type RegisterChange,
  type RegisterEvidence,
  type RegisterRecommendation,
} from './registerSchema';

/** Enough of a text to know it by in the history. */
const QUOTED_LENGTH = 200;

function quoted(text: string): string {
  const one = text.trim().replace(/\s+/g, ' ');
  return one.length <= QUOTED_LENGTH ? one : `${one.slice(0, QUOTED_LENGTH - 1)}…`;
}

export function ragLabel(rag: RagStatus | null): string {
  return rag === null ? 'Not assessed' : RAG_STATUS_LABELS[rag];
}

function named(value: string): string {
  return value.trim() === '' ? 'none' : value.trim();
}

function byId<T extends { readonly id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((x) => [x.id, x]));
}

function actionChanges(before: readonly RegisterAction[], after: readonly RegisterAction[]) {
  const was = byId(before);
  const is = byId(after);
  const out: string[] = [];
  for (const action of after) {
    const old = was.get(action.id);
    const text = quoted(action.text);
    if (!old) {
      out.push(`Action added: ${text}`);
      if (action.doneOn !== null) out.push(`Action done: ${text}`);
      continue;
    }
    if (old.text !== action.text || old.owner !== action.owner || old.dueDate !== action.dueDate) {
      out.push(`Action changed: ${text}`);
    }
    if (old.doneOn === null && action.doneOn !== null) out.push(`Action done: ${text}`);
    if (old.doneOn !== null && action.doneOn === null) out.push(`Action reopened: ${text}`);
  }
  for (const action of before) {
    if (!is.has(action.id)) out.push(`Action removed: ${quoted(action.text)}`);
  }
  return out;
}

function evidenceChanges(before: readonly RegisterEvidence[], after: readonly RegisterEvidence[]) {
  const was = byId(before);
  const is = byId(after);
  const out: string[] = [];
  for (const evidence of after) {
    const old = was.get(evidence.id);
    if (!old) out.push(`Evidence added: ${quoted(evidence.text)}`);
    else if (old.text !== evidence.text || old.itemId !== evidence.itemId) {
      out.push(`Evidence changed: ${quoted(evidence.text)}`);
    }
  }
  for (const evidence of before) {
    if (!is.has(evidence.id)) out.push(`Evidence removed: ${quoted(evidence.text)}`);
  }
  return out;
}

/** What changed from `before` to `after`, in words; a new recommendation (no before) says so first. */
export function describeChanges(
  before: RegisterRecommendation | null,
  after: RegisterRecommendation,
): string[] {
  const was = before ?? {
    ...after,
    owner: '',
    localPosition: '',
    rag: null,
    actions: [],
    evidence: [],
  };
  const out: string[] = before === null ? ['Recommendation added'] : [];
  if (before !== null && before.addressee !== after.addressee) {
    out.push(`Body addressed: ${named(before.addressee)} → ${named(after.addressee)}`);
  }
  if (before !== null && before.text !== after.text) out.push('Recommendation text changed');
  if (was.owner.trim() !== after.owner.trim()) {
    out.push(`Owner: ${named(was.owner)} → ${named(after.owner)}`);
  }
  if (was.localPosition !== after.localPosition) out.push('Local position changed');
  if (was.rag !== after.rag) out.push(`RAG status: ${ragLabel(was.rag)} → ${ragLabel(after.rag)}`);
  return [
    ...out,
    ...actionChanges(was.actions, after.actions),
    ...evidenceChanges(was.evidence, after.evidence),
  ];
}

/**
 * The recommendation as saved: `after` with the history it had, and one entry for each change
 * since `before`, made at `at` by `by`. Nothing changed: the history stays as it was.
 */
export function withHistory(
  before: RegisterRecommendation | null,
  after: RegisterRecommendation,
  at: string,
  by: string,
): RegisterRecommendation {
  const changes: RegisterChange[] = describeChanges(before, after).map((what) => ({
    at,
    by,
    what,
  }));
  return { ...after, history: [...(before?.history ?? after.history), ...changes] };
}
