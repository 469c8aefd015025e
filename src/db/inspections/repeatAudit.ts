/**
 * Audits repeated and compared: a self-audit repeated from an earlier one (core's
 * `repeatedInspection`: the same settings, no sample, cases or answers, naming the audit it
 * repeats), with the earlier audit's recommendations register copied forward as it is, in one
 * transaction; and the other audits on this device an audit can be compared with.
 */
import {
  type AuditToCompare,
  auditChoices,
  frameworkKey,
  type Inspection,
  repeatedInspection,
} from '../../core';
import { database } from '../connection';
import {
  type Clock,
  type Failed,
  type Missing,
  NO_INSPECTION,
  systemClock,
  writeTransaction,
} from '../writeOutcome';

export type RepeatOutcome =
  | {
      readonly status: 'saved';
      readonly inspection: Inspection;
      /** The earlier audit had a recommendations register, now the repeat's too. */
      readonly registerCopied: boolean;
    }
  | Missing
  | Failed;

/**
 * Makes a new audit repeating `earlierId` and copies its register row, if any, unchanged but
 * for the audit it belongs to. Resolves after the commit: the new audit is on this device.
 */
export async function repeatAudit(
  earlierId: string,
  options: { now?: Clock; newId?: () => string } = {},
): Promise<RepeatOutcome> {
  const id = (options.newId ?? (() => crypto.randomUUID()))();
  const at = (options.now ?? systemClock)().toISOString();
  return writeTransaction(
    (db) => [db.inspections, db.frameworks, db.registers],
    async (db): Promise<RepeatOutcome> => {
      const earlier = await db.inspections.get(earlierId);
      if (!earlier) return NO_INSPECTION;
      if (!(await db.frameworks.get(frameworkKey(earlier.framework)))) {
        return {
          status: 'missing',
          message: `The framework this audit uses (${frameworkKey(earlier.framework)}) is no longer on this device: import it to repeat the audit.`,
        };
      }
      const inspection = repeatedInspection(earlier, id, at);
      await db.inspections.add(inspection);
      const register = await db.registers.get(earlierId);
      if (register) await db.registers.add({ ...register, inspectionId: id });
      return { status: 'saved', inspection, registerCopied: register !== undefined };
    },
    (outcome) => outcome.status === 'saved',
  );
}

/** An audit and the others it can be compared with; null when it is not on this device. */
export type AuditsToCompare = {
  readonly current: Inspection;
  /** The other audits on the same framework version, most recent first. */
  readonly audits: readonly AuditToCompare[];
  /** The one to compare with unless the reader chooses; null when none is earlier. */
  readonly chosen: string | null;
};

export async function auditsToCompare(inspectionId: string): Promise<AuditsToCompare | null> {
  const all = await database().inspections.toArray();
  const current = all.find((i) => i.id === inspectionId);
  if (!current) return null;
  return { current, ...auditChoices(current, all) };
}
