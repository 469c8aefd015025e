/**
 * What answers arriving from elsewhere write — example data, a moderation decision, an answer
 * carried to a new framework version: storage reads the stored answers and writes what this
 * returns. A changed answer gets rev + 1 and a history entry; one equal to what is stored
 * writes nothing, unless it is a moderation decision, which is an event and always leaves an
 * entry (`keptEntry`).
 */

import { sameValue } from '../inspection/answerValue';
import type { AnswerRow, HistoryRow } from '../merge/mergeTypes';

/**
 * An answer arriving from elsewhere: example data, another inspector's file, a moderation
 * decision, or an answer carried to a new framework version (`via: 'migration'`, its id or
 * answer codes renamed). Its revision is decided here.
 */
export type IncomingAnswer = Omit<AnswerRow, 'rev'>;

export type ImportHow = {
  readonly via: 'import' | 'moderation' | 'migration';
  readonly source?: string;
};

/**
 * The answers (each with rev + 1 over the stored one, or 1) and history entries that `incoming`
 * writes over `held`, the stored answers of their cases. Entries come in the order of
 * `incoming`.
 */
export function decisionAnswers(
  incoming: readonly IncomingAnswer[],
  held: readonly AnswerRow[],
  how: ImportHow,
): { readonly answers: AnswerRow[]; readonly history: HistoryRow[] } {
  const byKey = new Map(held.map((a) => [`${a.caseId}\u001f${a.itemId}`, a]));
  const answers: AnswerRow[] = [];
  const history: HistoryRow[] = [];
  for (const next of incoming) {
    const previous = byKey.get(`${next.caseId}\u001f${next.itemId}`);
    if (previous && sameValue(previous.value, next.value) && previous.note === next.note) {
      if (how.via === 'moderation') history.push(keptEntry(previous, next, how));
      continue;
    }
    const answer: AnswerRow = { ...next, rev: (previous?.rev ?? 0) + 1 };
    answers.push(answer);
    history.push({
      ...answer,
      via: how.via,
      ...(how.source === undefined ? {} : { source: how.source }),
      before: previous ? { value: previous.value, note: previous.note } : null,
    });
  }
  return { answers, history };
}

/**
 * The history entry of a moderation decision that keeps the stored answer as it is: before =
 * after, the stored revision, by whoever decided, on their device, at that moment.
 */
function keptEntry(stored: AnswerRow, decision: IncomingAnswer, how: ImportHow): HistoryRow {
  return {
    caseId: stored.caseId,
    inspectionId: stored.inspectionId,
    itemId: stored.itemId,
    value: stored.value,
    note: stored.note,
    rev: stored.rev,
    at: decision.at,
    by: decision.by,
    device: decision.device,
    via: how.via,
    ...(how.source === undefined ? {} : { source: how.source }),
    before: { value: stored.value, note: stored.note },
  };
}
