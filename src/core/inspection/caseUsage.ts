/**
 * How many cases use each area, stratum and team member of an inspection, and so which of them
 * cannot be removed: a row that cases use stays until they are moved or reassigned.
 */
import { ENGLISH, type Translator } from '../i18n/translator';
import type { ValidationError } from '../validation/validationResult';
import type { InspectionDraft } from './inspectionDraft';
import type { Case, Inspection } from './inspectionSchema';

/** How many cases use each area, stratum and team member of an inspection. */
export type CaseUsage = {
  readonly total: number;
  readonly byArea: ReadonlyMap<string, number>;
  readonly byStratum: ReadonlyMap<string, number>;
  readonly byInspector: ReadonlyMap<string, number>;
};

type Placed = Pick<Case, 'areaId' | 'stratumId' | 'inspectorId'>;

function countBy(cases: readonly Placed[], key: (c: Placed) => string | null) {
  const counts = new Map<string, number>();
  for (const c of cases) {
    const k = key(c);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** Counts the cases of each area, stratum and inspector (no stratum, no inspector: not counted). */
export function caseUsageOf(cases: readonly Placed[]): CaseUsage {
  return {
    total: cases.length,
    byArea: countBy(cases, (c) => c.areaId),
    byStratum: countBy(cases, (c) => c.stratumId),
    byInspector: countBy(cases, (c) => c.inspectorId),
  };
}

export type RemovableRow = 'area' | 'stratum' | 'member';

/** Why a row cannot be removed: the cases that still use it. Null when it can go. */
export function removalProblem(
  what: RemovableRow,
  name: string,
  usage: CaseUsage,
  id: string,
  tr: Translator = ENGLISH,
): string | null {
  const n = (
    what === 'area' ? usage.byArea : what === 'stratum' ? usage.byStratum : usage.byInspector
  ).get(id);
  if (!n) return null;
  const label =
    name.trim() === ''
      ? tr.t(
          'setup',
          '{what, select, area {This area} stratum {This stratum} other {This team member}}',
          {
            what,
          },
        )
      : name.trim();
  switch (what) {
    case 'area':
      return tr.t(
        'setup',
        '{label} cannot be removed: {count, plural, one {# case is} other {# cases are}} in this area',
        { label, count: n },
      );
    case 'stratum':
      return tr.t(
        'setup',
        '{label} cannot be removed: {count, plural, one {# case is} other {# cases are}} in this stratum',
        { label, count: n },
      );
    case 'member':
      return tr.t(
        'setup',
        '{label} cannot be removed: {count, plural, one {# case is assigned to them. Assign it} other {# cases are assigned to them. Assign them}} to someone else first',
        { label, count: n },
      );
  }
}

/** Every row a changed draft leaves out that cases still use, as errors on its list. */
export function removalErrors(
  stored: Pick<Inspection, 'areas' | 'strata' | 'team'>,
  draft: Pick<InspectionDraft, 'areas' | 'strata' | 'team'>,
  usage: CaseUsage,
): ValidationError[] {
  const errors: ValidationError[] = [];
  const check = (
    before: readonly { id: string; name: string }[],
    after: readonly { id: string }[],
    what: RemovableRow,
    path: string,
  ) => {
    const kept = new Set(after.map((row) => row.id));
    for (const row of before) {
      if (kept.has(row.id)) continue;
      const problem = removalProblem(what, row.name, usage, row.id);
      if (problem) errors.push({ path, message: problem });
    }
  };
  check(stored.areas, draft.areas, 'area', 'areas');
  check(stored.strata, draft.strata, 'stratum', 'strata');
  check(stored.team, draft.team, 'member', 'team');
  return errors;
}
