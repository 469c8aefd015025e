/**
 * A second reading's answers (value, evidence note, rev, at, by, device, by item id): what the
 * agreement rules read of them, and how two copies of one reading come together when it travels
 * between the lead's device and its reader's in packs and work files.
 */

import type { Reading } from '../findings/readingAgreement';
import { type AnswerValue, sameValue } from '../inspection/answerValue';
import type { Answer } from '../inspection/inspectionSchema';
import type { ReadingAnswers } from './moderationRecord';

/** Answer values by item id: what agreement rules read. */
export function readingValues(answers: ReadingAnswers): Reading {
  // No prototype: an item may be called "constructor" and must still read as unanswered.
  const values: Record<string, AnswerValue> = Object.create(null);
  for (const [itemId, answer] of Object.entries(answers)) values[itemId] = answer.value;
  return values;
}

/** Whether `b` is a newer version of one answer than `a`: a higher rev, or at equal revs a later time. */
function isNewer(a: Answer | undefined, b: Answer): boolean {
  if (!a) return true;
  if (b.rev !== a.rev) return b.rev > a.rev;
  return b.at > a.at;
}

function sameAnswer(a: Answer | undefined, b: Answer): boolean {
  return (
    a !== undefined &&
    a.rev === b.rev &&
    a.at === b.at &&
    a.note === b.note &&
    sameValue(a.value, b.value)
  );
}

/**
 * The answers of `incoming` laid over `stored`, item by item: an incoming answer replaces the
 * stored one only when it is newer (higher rev; at equal revs, later); items only one side has
 * are kept. Null when nothing changes, so merging the same file twice writes nothing.
 */
export function mergeReadingAnswers(
  stored: ReadingAnswers,
  incoming: ReadingAnswers,
): ReadingAnswers | null {
  let changed = false;
  const merged: ReadingAnswers = { ...stored };
  for (const [itemId, answer] of Object.entries(incoming)) {
    const mine = stored[itemId];
    if (sameAnswer(mine, answer) || !isNewer(mine, answer)) continue;
    merged[itemId] = answer;
    changed = true;
  }
  return changed ? merged : null;
}
