/** What the team screen's forms share: who can be chosen, and how a change is saved. */
import { type Inspection, plural } from '../../../core';
import type { CaseRecord } from '../../../db/database';

/** In the inspector selects: no one. */
export const NO_ONE = '';

export type Assign = (
  assignments: { caseId: string; inspectorId: string | null }[],
  describe: (changed: number) => string,
) => Promise<void>;

/** "6 cases", "6 cases and 4 reserves": cases to read and reserves counted apart. */
export function casesAndReserves(cases: readonly CaseRecord[]): string {
  const reserves = cases.filter((c) => c.role === 'reserve').length;
  const sample = plural(cases.length - reserves, 'case');
  return reserves > 0 ? `${sample} and ${plural(reserves, 'reserve')}` : sample;
}

export function memberOptions(inspection: Inspection) {
  return [
    ...inspection.team.map((m) => ({ value: m.id, label: m.name })),
    { value: NO_ONE, label: 'No one (not assigned)' },
  ];
}
