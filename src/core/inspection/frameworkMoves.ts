/**
 * The framework versions an inspection has moved through (`frameworkMoves`, recorded by the
 * move itself: core/framework/migrationPlan.ts): which moves lead from a version it used before
 * to the one it is pinned to now, so work made for the earlier version can still be read.
 */
import { frameworkKey } from '../framework/frameworkItems';
import type { FrameworkMove, Inspection } from './inspectionSchema';

/**
 * The moves that lead from version `fromKey` to the inspection's current version, in order;
 * null when there is no such path (another framework, or a version it never used).
 */
export function movesFrom(
  inspection: Pick<Inspection, 'framework' | 'frameworkMoves'>,
  fromKey: string,
): readonly FrameworkMove[] | null {
  const pinned = frameworkKey(inspection.framework);
  const moves = inspection.frameworkMoves ?? [];
  const start = moves.findIndex((m) => m.from === fromKey);
  if (start < 0) return null;
  const path: FrameworkMove[] = [];
  let at = fromKey;
  for (const move of moves.slice(start)) {
    if (move.from !== at) continue;
    path.push(move);
    at = move.to;
  }
  return at === pinned ? path : null;
}
