/**
 * The number of placements since coming into care, made to agree with the other placement
 * figures of the same case: never fewer than the placements outside the home area plus one,
 * nor than the moves during supervision plus one. The case with the most placements away from
 * home has 31, the most the report mentions ("one young person with 31 placements", line 113).
 */
import type { AnswerValue } from '../inspection/answerValue';
import { randomBelow, seededGenerator } from '../sampling/seededRandom';

export const MOST_PLACEMENTS = 31;

export function placementsInCare(
  outOfArea: readonly (AnswerValue | undefined)[],
  moves: readonly (AnswerValue | undefined)[],
  seed: string,
): number[] {
  const generator = seededGenerator(`${seed}\u001fplacements-in-care`);
  const away = outOfArea.map((v) => (typeof v === 'number' ? v : 0));
  let most = 0;
  away.forEach((n, c) => {
    if (n > away[most]!) most = c;
  });
  return away.map((n, c) => {
    if (c === most) return MOST_PLACEMENTS;
    const moved = typeof moves[c] === 'number' ? (moves[c] as number) : 0;
    const extra = randomBelow(generator, 4);
    return Math.min(MOST_PLACEMENTS - 1, Math.max(n + 1, moved + 1) + extra);
  });
}
