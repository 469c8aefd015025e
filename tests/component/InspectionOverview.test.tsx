import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseStatus } from '../../src/core';
import { importAnswers } from '../../src/db/cases/answerWriter';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { addCases } from '../../src/db/inspections/caseListStore';
import { createInspection } from '../../src/db/inspections/inspectionStore';
import InspectionOverview from '../../src/ui/setup/InspectionOverview/InspectionOverview';
import { draft, storeFramework } from '../fixtures/inspectionSetup';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
const CASES: [string, string, string, string | null, CaseStatus][] = [
  ['LAC-01-01', 'north', 'host', 'ap', 'not-started'],
  ['LAC-01-02', 'north', 'home', 'ap', 'in-progress'],
  ['LAC-02-01', 'south', 'host', 'jm', 'complete'],
  ['LAC-02-02', 'south', 'home', null, 'not-started'],
  ['LAC-03-01', 'east', 'host', 'ap', 'moderated'],
];

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`overview-${n++}`, TEST_DATA_KEY));
  const db = database();
  await storeFramework(db);
  const outcome = await createInspection(draft(), { newId: () => 'insp-1' });
  if (outcome.status !== 'saved') throw new Error('fixture');
  await addCases(
    'insp-1',
    CASES.map(([ref, areaId, stratumId, inspectorId]) => ({ ref, areaId, stratumId, inspectorId })),
    { by: 'lead', device: 'd', source: 'test' },
  );
  // Case ids as their references, and a status each, as scoring would leave them.
  for (const c of await db.cases.toArray()) {
    const status = CASES.find(([ref]) => ref === c.ref)![4];
    await db.cases.put({ ...c, id: c.ref, status });
    await db.cases.delete(c.id);
  }
  await importAnswers(
    [
      {
        caseId: 'LAC-01-02',
        inspectionId: 'insp-1',
        itemId: 'age',
        value: 15,
        note: '',
        at: '2026-03-02T10:00:00.000Z',
        by: 'ap',
        device: 'd',
      },
    ],
    { via: 'import' },
  );
});
afterEach(() => useDatabase(null));

async function openAt(path: string) {
  const user = userEvent.setup();
  window.history.replaceState(null, '', path);
  render(
    <LocationProvider>
      <InspectionOverview inspectionId="insp-1" />
    </LocationProvider>,
  );
  await screen.findByRole('heading', { name: 'Cases' });
  return user;
}

function shownRefs(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');
}

function counts(): string[] {
  return [...document.querySelectorAll('.ca-status-counts__item')].map(
    (li) => li.textContent ?? '',
  );
}

describe('the case list', () => {
  it('shows every case with its area, stratum, inspector, status and progress', async () => {
    await openAt('/inspections/insp-1');
    expect(shownRefs()).toEqual(['LAC-01-01', 'LAC-01-02', 'LAC-02-01', 'LAC-02-02', 'LAC-03-01']);
    const row = within(screen.getByRole('table')).getAllByRole('row')[2]!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['LAC-01-02', 'Northtown', 'Home', 'A. Patel', 'In progress', '1 of 4']);
    expect(within(row).getByRole('link', { name: 'LAC-01-02' }).getAttribute('href')).toBe(
      '/inspections/insp-1/cases/LAC-01-02',
    );
    expect(counts()).toEqual(['2 not started', '1 in progress', '1 complete', '1 moderated']);
    expect(screen.getByText('All 5 cases')).toBeTruthy();
  });

  it('filters by what the address says, so a reload keeps the filter', async () => {
    await openAt('/inspections/insp-1?inspector=ap');
    expect(shownRefs()).toEqual(['LAC-01-01', 'LAC-01-02', 'LAC-03-01']);
    expect(screen.getByText('Showing 3 cases of 5')).toBeTruthy();
    expect(counts()).toEqual(['1 not started', '1 in progress', '0 complete', '1 moderated']);
    expect((screen.getByLabelText('Inspector') as HTMLSelectElement).value).toBe('ap');
  });

  it('applies the chosen filters and puts them in the address', async () => {
    const user = await openAt('/inspections/insp-1');
    await user.selectOptions(screen.getByLabelText('Area'), 'Northtown');
    await user.click(screen.getByLabelText('In progress'));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(window.location.search).toBe('?area=north&status=in-progress'));
    expect(shownRefs()).toEqual(['LAC-01-02']);
    expect(counts()).toEqual(['1 not started', '1 in progress', '0 complete', '0 moderated']);
  });

  it('finds the cases nobody is assigned to', async () => {
    await openAt('/inspections/insp-1?inspector=none');
    expect(shownRefs()).toEqual(['LAC-02-02']);
  });

  it('says so when no case matches', async () => {
    await openAt('/inspections/insp-1?area=west');
    expect(screen.getByText(/No cases match these filters/)).toBeTruthy();
  });
});
