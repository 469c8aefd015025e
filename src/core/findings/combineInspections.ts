/**
 * Many inspections analysed as one (for example one inspection per council of a national
 * review): their cases counted together, each case saying which inspection it came from, so
 * findings can be broken down by inspection. Only inspections on the same framework version
 * can be combined: the same question ids could mean different things in another version.
 *
 * The engine counts cases by their position, never by id, so the figures are those of one
 * spreadsheet holding every case. Case ids are still made distinct (each is prefixed with its
 * inspection's id), so that lists of cases (the cases behind a figure, the cases not yet done)
 * never mix up two cases that had the same id in different inspections. References are kept as
 * the inspectorate wrote them, so a case can still be traced to its file; its inspection tells
 * two equal references apart.
 */
import type { Inspection } from '../inspection/inspectionSchema';
import type { GroupNames } from './breakdownGroups';

/** What combining needs to know of an inspection. */
export type InspectionToCombine = Pick<Inspection, 'id' | 'framework'> & {
  /** How the inspection is named in the breakdown: its title, or a file name. */
  readonly name: string;
  /** Its areas, strata and team, to name groups; absent for a cases file read on its own. */
  readonly areas?: Inspection['areas'];
  readonly strata?: Inspection['strata'];
  readonly team?: Inspection['team'];
};

/** A case as the findings or an export read it: what combining changes of it. */
type CombinableCase = { readonly id: string; readonly inspectionId?: string };

export type InspectionCases<C extends CombinableCase> = {
  readonly inspection: InspectionToCombine;
  readonly cases: readonly C[];
};

/** Raised when inspections cannot be analysed together; the message says which and why. */
export class CombineError extends Error {
  override readonly name = 'CombineError';
}

function versionOf(inspection: InspectionToCombine): string {
  return `${inspection.framework.id}@${inspection.framework.version}`;
}

/**
 * Why these inspections cannot be analysed together, or null when they can: fewer than one,
 * the same inspection twice, or a framework version that differs from the first inspection's.
 */
export function combineProblem(inspections: readonly InspectionToCombine[]): string | null {
  const [first] = inspections;
  if (first === undefined) return 'choose at least one inspection';
  const seen = new Map<string, string>();
  for (const inspection of inspections) {
    const earlier = seen.get(inspection.id);
    if (earlier !== undefined) {
      return `“${earlier}” and “${inspection.name}” are the same inspection (${inspection.id}): give each inspection once`;
    }
    seen.set(inspection.id, inspection.name);
  }
  const expected = versionOf(first);
  const other = inspections.find((inspection) => versionOf(inspection) !== expected);
  if (other) {
    return `“${other.name}” uses ${versionOf(other)}, but “${first.name}” uses ${expected}: only inspections on the same framework version can be analysed together`;
  }
  return null;
}

/** A case's id within the combined cases: its inspection's id, then its own. */
export function combinedCaseId(inspectionId: string, caseId: string): string {
  return `${inspectionId}:${caseId}`;
}

/**
 * The cases of every inspection, in the order given, each with `inspectionId` set and its id
 * made distinct (`combinedCaseId`). Throws a `CombineError` naming the inspection that differs
 * when they are not on the same framework version, or when one is given twice.
 */
export function combineInspectionCases<C extends CombinableCase>(
  list: readonly InspectionCases<C>[],
): (C & { readonly inspectionId: string })[] {
  const problem = combineProblem(list.map((entry) => entry.inspection));
  if (problem !== null) throw new CombineError(problem);
  const combined: (C & { readonly inspectionId: string })[] = [];
  for (const { inspection, cases } of list) {
    for (const kase of cases) {
      combined.push({
        ...kase,
        id: combinedCaseId(inspection.id, kase.id),
        inspectionId: inspection.id,
      });
    }
  }
  return combined;
}

/** Entries by id, the first of each id kept: the first inspection given names a shared area. */
function union(
  lists: readonly (readonly { readonly id: string; readonly name: string }[] | undefined)[],
) {
  const byId = new Map<string, string>();
  for (const list of lists) {
    for (const entry of list ?? []) if (!byId.has(entry.id)) byId.set(entry.id, entry.name);
  }
  return [...byId].map(([id, name]) => ({ id, name }));
}

/**
 * Names for the groups of combined findings: each inspection by its name (made distinct when
 * two share one), and the areas, strata and team of all of them. An area id used by several
 * inspections is one group, named as the first inspection names it. Areas and strata are left
 * to the framework's names when no inspection gives its own.
 */
export function combinedGroupNames(inspections: readonly InspectionToCombine[]): GroupNames {
  const counts = new Map<string, number>();
  const named = inspections.map((inspection) => {
    const n = (counts.get(inspection.name) ?? 0) + 1;
    counts.set(inspection.name, n);
    return { id: inspection.id, name: n === 1 ? inspection.name : `${inspection.name} (${n})` };
  });
  const given = <K extends 'areas' | 'strata' | 'team'>(key: K) =>
    inspections.some((inspection) => inspection[key] !== undefined)
      ? union(inspections.map((inspection) => inspection[key]))
      : undefined;
  const areas = given('areas');
  const strata = given('strata');
  const inspectors = given('team');
  return {
    ...(areas ? { areas } : {}),
    ...(strata ? { strata } : {}),
    ...(inspectors ? { inspectors } : {}),
    inspections: named,
  };
}
