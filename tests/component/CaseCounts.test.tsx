/**
 * The inspections list, the inspection's case list and Team count an inspection's cases the
 * same way: the cases to read apart from the reserves, never one total on one screen and the
 * sample alone on another.
 */
import { render, screen, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { addCases } from '../../src/db/inspections/caseListStore';
import { createInspection } from '../../src/db/inspections/inspectionStore';
import InspectionOverview from '../../src/ui/setup/InspectionOverview/InspectionOverview';
import Inspections from '../../src/ui/setup/Inspections/Inspections';
import Team from '../../src/ui/setup/Team/Team';
import { draft, storeFramework } from '../fixtures/inspectionSetup';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

const SAID = '6 cases in the sample, 4 reserves';

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`case-counts-${n++}`, TEST_DATA_KEY));
  await storeFramework(database());
  const outcome = await createInspection(draft({ title: 'Six and four' }), {
    newId: () => 'insp-1',
  });
  if (outcome.status !== 'saved') throw new Error('fixture');
  const cases = Array.from({ length: 10 }, (_, i) => ({
    ref: `LAC-01-${String(i + 1).padStart(2, '0')}`,
    areaId: 'north',
    stratumId: i % 2 === 0 ? 'host' : 'home',
    inspectorId: i < 3 ? 'ap' : null,
    role: i < 6 ? ('sample' as const) : ('reserve' as const),
  }));
  await addCases('insp-1', cases, { by: 'lead', device: 'd', source: 'test' });
});
afterEach(() => useDatabase(null));

function open(path: string, ui: ComponentChildren) {
  window.history.replaceState(null, '', path);
  render(<LocationProvider>{ui}</LocationProvider>);
}

describe('counting the cases of an inspection', () => {
  it('says "6 cases in the sample, 4 reserves" on the inspections list', async () => {
    open('/inspections', <Inspections />);
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('link', { name: 'Six and four' }).closest('tr')!;
    expect(row.lastElementChild?.textContent).toBe(SAID);
  });

  it('says the same on the inspection’s case list', async () => {
    open('/inspections/insp-1', <InspectionOverview inspectionId="insp-1" />);
    await screen.findByRole('heading', { name: 'Cases' });
    expect(screen.getByText(`${SAID}.`, { exact: false })).toBeTruthy();
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toBe(
      'All 10 cases, reserves included',
    );
  });

  it('says the same on Team, and counts each member’s cases and reserves apart', async () => {
    open('/inspections/insp-1/team', <Team inspectionId="insp-1" />);
    await screen.findByText('Assign cases in bulk');
    expect(screen.getByTestId('team-case-counts').textContent).toBe(`${SAID}.`);
    const team = screen.getByRole('table', { name: 'Team' });
    const rows = within(team)
      .getAllByRole('row')
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows[0]).toEqual(['Name', 'Role', 'Cases in the sample', 'Reserves']);
    expect(rows.find((r) => r[0] === 'A. Patel')).toEqual(['A. Patel', 'Inspector', '3', '0']);
    expect(rows.at(-1)).toEqual(['Not assigned yet', '', '3', '4']);
    expect(screen.getByRole('button', { name: 'Assign 6 cases to R. Okafor' })).toBeTruthy();
  });
});
