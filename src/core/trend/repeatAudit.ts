/**
 * A self-audit repeated from an earlier one: the same settings (kind, framework version,
 * organisations, areas, strata, team), titled as a repeat until the lead renames it, and
 * nothing of the earlier audit's work — no sample, no cases, no answers, no changed ratings, no
 * fieldwork dates — so a new sample is drawn for it. It names the audit it repeats.
 */
import type { Inspection } from '../inspection/inspectionSchema';

/** The longest title an inspection may have (inspectionSchema). */
const TITLE_MAX = 200;
const REPEAT = ' (repeat)';

/** "<title> (repeat)", the earlier title shortened if both would not fit. */
export function repeatTitle(title: string): string {
  return `${title.slice(0, TITLE_MAX - REPEAT.length).trimEnd()}${REPEAT}`;
}

export function repeatedInspection(earlier: Inspection, id: string, at: string): Inspection {
  return {
    id,
    title: repeatTitle(earlier.title),
    kind: earlier.kind,
    framework: { ...earlier.framework },
    organisations: [...earlier.organisations],
    areas: earlier.areas.map((a) => ({ ...a })),
    strata: earlier.strata.map((s) => ({ ...s })),
    team: earlier.team.map((m) => ({ ...m })),
    fieldwork: { start: null, end: null },
    sampling: null,
    ratingOverrides: [],
    example: false,
    repeatOf: earlier.id,
    createdAt: at,
    updatedAt: at,
  };
}
