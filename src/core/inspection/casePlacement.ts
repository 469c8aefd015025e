/**
 * Rules for cases added to an inspection: a reference is unique in the inspection in any letter
 * case, and a case sits in an area, stratum and team member the inspection still has.
 */
import type { PopulationEntry } from '../caseList/populationEntry';
import { isOrAre } from '../phrasing/agreement';
import { plural } from '../phrasing/plural';
import type { ValidationError } from '../validation/validationResult';
import type { Case, Inspection } from './inspectionSchema';

/** A case to add: where it sits and who reads it. */
export type NewCase = {
  readonly ref: string;
  readonly areaId: string;
  readonly stratumId: string | null;
  readonly inspectorId: string | null;
  /** Default `sample`. */
  readonly role?: Case['role'];
  /** Profile answers from a case list, by profile field id. */
  readonly profile?: Readonly<Record<string, string | number | string[]>>;
};

/**
 * Case-list entries (checked by `validateCaseList`, or drawn by `drawSample`) as new cases with
 * no inspector yet, in the given role (none: the default, `sample`).
 */
export function newCasesFrom(entries: readonly PopulationEntry[], role?: Case['role']): NewCase[] {
  return entries.map((entry) => ({
    ref: entry.ref,
    areaId: entry.areaId,
    stratumId: entry.stratumId,
    inspectorId: null,
    ...(role ? { role } : {}),
    profile: entry.profile,
  }));
}

/**
 * Splits cases to add into those with a new reference and the references already used, by a
 * case already stored (`taken` holds their references lower-cased) or earlier in the same list.
 */
export function splitRepeatedRefs<T extends Pick<Case, 'ref'>>(
  cases: readonly T[],
  taken: { has(lowerCaseRef: string): boolean },
): { readonly fresh: T[]; readonly repeated: string[] } {
  const seen = new Set<string>();
  const fresh: T[] = [];
  const repeated: string[] = [];
  for (const c of cases) {
    const key = c.ref.trim().toLowerCase();
    if (taken.has(key) || seen.has(key)) repeated.push(c.ref.trim());
    else {
      seen.add(key);
      fresh.push(c);
    }
  }
  return { fresh, repeated };
}

/** Where a case sits: its area, its stratum (null: none) and its inspector (null: no one). */
export type CasePlace = 'areaId' | 'stratumId' | 'inspectorId';

/**
 * For one inspection: which of a case's places it does not have — an area, a stratum or a
 * team member it no longer has (or never had); no stratum and no inspector are always allowed.
 */
export function missingPlaces(
  inspection: Pick<Inspection, 'areas' | 'strata' | 'team'>,
): (kase: Pick<Case, CasePlace>) => CasePlace[] {
  const areas = new Set(inspection.areas.map((a) => a.id));
  const strata = new Set(inspection.strata.map((s) => s.id));
  const team = new Set(inspection.team.map((m) => m.id));
  return (kase) => [
    ...(areas.has(kase.areaId) ? [] : (['areaId'] as const)),
    ...(kase.stratumId === null || strata.has(kase.stratumId) ? [] : (['stratumId'] as const)),
    ...(kase.inspectorId === null || team.has(kase.inspectorId) ? [] : (['inspectorId'] as const)),
  ];
}

const NO_LONGER: Record<CasePlace, string> = {
  areaId: 'its area is no longer in this inspection',
  stratumId: 'its stratum is no longer in this inspection',
  inspectorId: 'its inspector is no longer in the team',
};

/** Cases whose area, stratum or inspector the inspection no longer has, one error each. */
export function placementErrors(
  inspection: Pick<Inspection, 'areas' | 'strata' | 'team'>,
  cases: readonly Pick<Case, 'ref' | CasePlace>[],
): ValidationError[] {
  const missing = missingPlaces(inspection);
  return cases.flatMap((c) =>
    missing(c).map((place) => ({ path: c.ref, message: `${c.ref}: ${NO_LONGER[place]}` })),
  );
}

/** Drawn cases in areas the inspection no longer has: the sample must be drawn again. */
export function drawnOutsideErrors(
  inspection: Pick<Inspection, 'areas'>,
  drawn: readonly Pick<Case, 'areaId'>[],
): ValidationError[] {
  const areas = new Set(inspection.areas.map((a) => a.id));
  const outside = drawn.filter((entry) => !areas.has(entry.areaId)).length;
  if (outside === 0) return [];
  return [
    {
      path: 'sample',
      message: `${plural(outside, 'drawn case')} ${isOrAre(outside)} in areas no longer in this inspection: draw the sample again`,
    },
  ];
}

/** Assignments to someone no longer in the team (`null`, no one, is always allowed). */
export function assignmentErrors(
  inspection: Pick<Inspection, 'team'>,
  inspectorIds: readonly (string | null)[],
): ValidationError[] {
  const team = new Set(inspection.team.map((m) => m.id));
  return inspectorIds.some((id) => id !== null && !team.has(id))
    ? [{ path: 'inspector', message: 'That person is no longer in the team' }]
    : [];
}

/** Which cases a bulk assignment takes: '' for an area or stratum is every one. */
export type BulkSelection = {
  readonly areaId: string;
  readonly stratumId: string;
  /** Only cases nobody is assigned to yet. */
  readonly onlyUnassigned: boolean;
  /** Reserves too: left out unless asked for, since they are read only if a sampled case cannot be. */
  readonly withReserves: boolean;
};

/** The cases a bulk assignment takes, in the order given. */
export function casesToAssign<
  T extends Pick<Case, 'areaId' | 'stratumId' | 'inspectorId' | 'role'>,
>(cases: readonly T[], selection: BulkSelection): T[] {
  const { areaId, stratumId, onlyUnassigned, withReserves } = selection;
  return cases.filter(
    (c) =>
      (areaId === '' || c.areaId === areaId) &&
      (stratumId === '' || c.stratumId === stratumId) &&
      (!onlyUnassigned || c.inspectorId === null) &&
      (withReserves || c.role !== 'reserve'),
  );
}
