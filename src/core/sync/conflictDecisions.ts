/**
 * A lead's decisions on conflicts the team server kept open, travelling between the lead's
 * devices and the server. The decision's answer travels as work (a push); the decision itself
 * travels here, so the server's record of the conflict says what the lead kept, by whom and
 * when, and every other device of the lead closes it too. Nothing is decided by clocks: the
 * first decision recorded stands, a later one for the same conflict is left.
 *
 * A lead's device may hold the same disagreement under its own id: when its own change was one
 * side, its merge of the pull found the conflict itself, seeing the two sides the other way
 * round. So a decision also names the answer and the side kept (device and revision), and the
 * server matches it to its open conflict on that answer by the side, never by position.
 */
import { z } from 'zod';
import { type ConflictRecord, conflictRecordSchema } from '../merge/conflictRecord';

const resolutionSchema = conflictRecordSchema.shape.resolution.unwrap();

const sideSchema = z.strictObject({
  device: z.string().max(100),
  rev: z.number().int().min(0),
});

export const conflictDecisionSchema = z.strictObject({
  conflictId: conflictRecordSchema.shape.id,
  caseId: conflictRecordSchema.shape.caseId,
  itemId: conflictRecordSchema.shape.itemId,
  /** The version kept, as it was before the decision (null: no answer was kept). */
  kept: sideSchema.nullable(),
  /** What the lead kept (`superseded` is the merge's own word, never a decision). */
  resolution: resolutionSchema.extend({ keep: z.enum(['mine', 'theirs']) }),
});

export const decisionsPushSchema = z.strictObject({
  decisions: z.array(conflictDecisionSchema).min(1).max(10_000),
});

export const decisionsPushResponseSchema = z.strictObject({
  /** The inspection's sequence number once the decisions are recorded. */
  seq: z.number().int().min(0),
  /** Decisions recorded now; the others were recorded before or name no conflict held here. */
  recorded: z.number().int().min(0),
});

export type ConflictDecision = z.infer<typeof conflictDecisionSchema>;

/** Decided by the lead (not closed by the merge because a later file held both sides). */
function decided(conflict: ConflictRecord): boolean {
  return conflict.status === 'resolved' && conflict.resolution?.keep !== 'superseded';
}

type Side = z.infer<typeof sideSchema>;

const sameSide = (answer: { device: string; rev: number } | null, side: Side | null) =>
  answer !== null && side !== null && answer.device === side.device && answer.rev === side.rev;

/** What the decision keeps, seen from `conflict`'s side (null: not this conflict's sides). */
function keepIn(conflict: ConflictRecord, decision: ConflictDecision): 'mine' | 'theirs' | null {
  if (conflict.id === decision.conflictId) return decision.resolution.keep;
  if (conflict.caseId !== decision.caseId || conflict.itemId !== decision.itemId) return null;
  if (sameSide(conflict.mine, decision.kept)) return 'mine';
  if (sameSide(conflict.theirs, decision.kept)) return 'theirs';
  return null;
}

/**
 * The conflicts held that take a decision: each open one, or one the merge closed as superseded
 * (the decision's own answer, pushed first, holds both sides), now says what the lead kept.
 */
export function recordDecisions(
  held: readonly ConflictRecord[],
  decisions: readonly ConflictDecision[],
): ConflictRecord[] {
  const changed = new Map<string, ConflictRecord>();
  for (const decision of decisions) {
    for (const stored of held) {
      const conflict = changed.get(stored.id) ?? stored;
      if (decided(conflict)) continue;
      const keep = keepIn(conflict, decision);
      if (keep === null) continue;
      changed.set(conflict.id, {
        ...conflict,
        status: 'resolved',
        resolution: { ...decision.resolution, keep },
      });
    }
  }
  return [...changed.values()];
}

/** The decisions made on this device not yet sent to the server (`sent`: their ids). */
export function decisionsToSend(
  here: readonly ConflictRecord[],
  sent: readonly string[],
): ConflictDecision[] {
  const already = new Set(sent);
  return here.flatMap((c) => {
    const keep = c.resolution?.keep;
    if (!decided(c) || already.has(c.id) || !c.resolution || keep === undefined) return [];
    if (keep === 'superseded') return [];
    const side = keep === 'mine' ? c.mine : c.theirs;
    return [
      {
        conflictId: c.id,
        caseId: c.caseId,
        itemId: c.itemId,
        kept: side ? { device: side.device, rev: side.rev } : null,
        resolution: { ...c.resolution, keep },
      },
    ];
  });
}

/**
 * What a pull's conflicts change on a lead's device: one it has not seen is kept (open); one
 * decided elsewhere closes the same conflict here, open or closed as superseded. One decided
 * here stays as this device decided it.
 */
export function conflictsFromServer(
  here: ReadonlyMap<string, ConflictRecord>,
  fromServer: readonly ConflictRecord[],
): ConflictRecord[] {
  return fromServer.filter((c) => {
    const held = here.get(c.id);
    if (!held) return c.status === 'open';
    return decided(c) && !decided(held);
  });
}
