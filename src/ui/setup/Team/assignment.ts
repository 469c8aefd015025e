/** What the team screen's forms share: who can be chosen, and how a change is saved. */
import type { Inspection } from '../../../core';
import type { CaseRecord } from '../../../db/database';
import { t } from '../../i18n/translate';

/** In the inspector selects: no one. */
export const NO_ONE = '';

export type Assign = (
  assignments: { caseId: string; inspectorId: string | null }[],
  describe: (changed: number) => string,
) => Promise<boolean>; // true once saved

/** "6 cases", "6 cases and 4 reserves": cases to read and reserves counted apart. */
export function casesAndReserves(cases: readonly CaseRecord[]): string {
  const reserves = cases.filter((c) => c.role === 'reserve').length;
  const sample = cases.length - reserves;
  return reserves > 0
    ? t(
        'setup',
        '{sample, plural, one {# case} other {# cases}} and {reserves, plural, one {# reserve} other {# reserves}}',
        { sample, reserves },
      )
    : t('setup', '{sample, plural, one {# case} other {# cases}}', { sample });
}

export function memberOptions(inspection: Inspection) {
  return [
    ...inspection.team.map((m) => ({ value: m.id, label: m.name })),
    { value: NO_ONE, label: t('setup', 'No one (not assigned)') },
  ];
}
