/**
 * Which audits an audit can be compared with (the others on the same framework version: a
 * question id may mean something else in another), most recent first, and the one to compare
 * with unless the reader chooses: the audit it repeats, else the most recent earlier one.
 */
import type { Inspection } from '../inspection/inspectionSchema';

/** What choosing needs to know of an audit. */
export type AuditToCompare = Pick<
  Inspection,
  'id' | 'title' | 'kind' | 'framework' | 'fieldwork' | 'createdAt' | 'repeatOf'
>;

export type AuditChoices = {
  /** The other audits on the same framework version, most recent first. */
  readonly audits: readonly AuditToCompare[];
  /** The audit to compare with by default; null when none is earlier (the reader chooses). */
  readonly chosen: string | null;
};

/**
 * When an audit was done, for ordering: the end of its fieldwork, else its start, else the day
 * it was created on this device; then the moment it was created, to order audits of one day.
 */
function whenOf(audit: AuditToCompare): readonly [string, string] {
  const day = audit.fieldwork.end ?? audit.fieldwork.start ?? audit.createdAt.slice(0, 10);
  return [day, audit.createdAt];
}

function compareWhen(a: AuditToCompare, b: AuditToCompare): number {
  const [dayA, atA] = whenOf(a);
  const [dayB, atB] = whenOf(b);
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  return atA === atB ? 0 : atA < atB ? -1 : 1;
}

export function auditChoices(
  current: AuditToCompare,
  all: readonly AuditToCompare[],
): AuditChoices {
  const version = `${current.framework.id}@${current.framework.version}`;
  const audits = all
    .filter((a) => a.id !== current.id)
    .filter((a) => `${a.framework.id}@${a.framework.version}` === version)
    .sort((a, b) => compareWhen(b, a));
  const repeated = audits.find((a) => a.id === current.repeatOf);
  const earlier = audits.find((a) => compareWhen(a, current) < 0);
  return { audits, chosen: (repeated ?? earlier)?.id ?? null };
}
