/**
 * The set-up screens in Welsh: the inspection list (empty and with an inspection) and an
 * inspection's case list say their words from the Welsh catalogue, with no English left.
 */
import { render, screen, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { addCases } from '../../src/db/inspections/caseListStore';
import { createInspection } from '../../src/db/inspections/inspectionStore';
import { applyLanguage } from '../../src/ui/i18n/translate';
import InspectionOverview from '../../src/ui/setup/InspectionOverview/InspectionOverview';
import Inspections from '../../src/ui/setup/Inspections/Inspections';
import { draft, storeFramework } from '../fixtures/inspectionSetup';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`setup-welsh-${n++}`, TEST_DATA_KEY));
  await applyLanguage('cy');
});
afterEach(async () => {
  useDatabase(null);
  await applyLanguage('en');
});

async function oneInspectionWithCases() {
  await storeFramework(database());
  const outcome = await createInspection(draft(), { newId: () => 'insp-1' });
  if (outcome.status !== 'saved') throw new Error('fixture');
  await addCases(
    'insp-1',
    [
      { ref: 'LAC-01-01', areaId: 'north', stratumId: 'host', inspectorId: 'ap' },
      { ref: 'LAC-01-02', areaId: 'north', stratumId: 'home', inspectorId: null },
    ],
    { by: 'lead', device: 'd', source: 'test' },
  );
}

describe('the inspection list in Welsh', () => {
  it('says what to do first when there are no inspections', async () => {
    window.history.replaceState(null, '', '/inspections');
    render(
      <LocationProvider>
        <Inspections />
      </LocationProvider>,
    );
    await screen.findByRole('heading', {
      name: 'Nid oes gennych arolygiadau ar y ddyfais hon eto',
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Arolygiadau' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Creu arolygiad' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Llwytho arolygiad enghreifftiol' })).toBeTruthy();
    expect(screen.queryByText(/Create an inspection|Try it out first/)).toBeNull();
    expect(document.title).toContain('Arolygiadau');
  });

  it('lists an inspection with its cases counted in Welsh', async () => {
    await oneInspectionWithCases();
    window.history.replaceState(null, '', '/inspections');
    render(
      <LocationProvider>
        <Inspections />
      </LocationProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Ar y ddyfais hon' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Teitl', 'Math', 'Gwaith maes', 'Achosion']);
    expect(within(table).getByText('2 achos yn y sampl')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Data enghreifftiol' })).toBeTruthy();
    expect(screen.queryByText('On this device')).toBeNull();
  });
});

describe('an inspection’s case list in Welsh', () => {
  it('shows the cases, filters and statuses in Welsh', async () => {
    await oneInspectionWithCases();
    window.history.replaceState(null, '', '/inspections/insp-1');
    render(
      <LocationProvider>
        <InspectionOverview inspectionId="insp-1" />
      </LocationProvider>,
    );
    await screen.findByRole('heading', { name: 'Achosion' });
    expect(screen.getByRole('heading', { name: 'Am yr arolygiad hwn' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Pob un o’r 2 achos' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Cyfeirnod', 'Ardal', 'Haen', 'Arolygydd', 'Statws', 'Wedi’u hateb']);
    expect(within(table).getAllByText('Heb ddechrau')).toHaveLength(2);
    expect(within(table).getByText('Heb ei neilltuo')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Defnyddio’r hidlwyr' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ychwanegwch achos' })).toBeTruthy();
    expect(screen.queryByText(/Apply filters|Not started|About this inspection/)).toBeNull();
  });
});
