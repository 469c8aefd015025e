import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import type { ComponentChildren } from 'preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { addCases, listCases } from '../../src/db/inspections/caseListStore';
import { createInspection } from '../../src/db/inspections/inspectionStore';
import CaseAdd from '../../src/ui/setup/CaseAdd/CaseAdd';
import InspectionDelete, { whatIsLost } from '../../src/ui/setup/InspectionDelete/InspectionDelete';
import Team from '../../src/ui/setup/Team/Team';
import { draft, storeFramework } from '../fixtures/inspectionSetup';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`team-and-cases-${n++}`, TEST_DATA_KEY));
  await storeFramework(database());
  for (const id of ['insp-1', 'insp-2']) {
    const outcome = await createInspection(draft({ title: `Inspection ${id}` }), {
      newId: () => id,
    });
    if (outcome.status !== 'saved') throw new Error('fixture');
  }
  await addCases(
    'insp-1',
    [
      {
        ref: 'LAC-01-01',
        areaId: 'north',
        stratumId: 'host',
        inspectorId: null,
        profile: { age: 12 },
      },
      { ref: 'LAC-01-02', areaId: 'north', stratumId: 'home', inspectorId: null },
      { ref: 'LAC-02-01', areaId: 'south', stratumId: 'host', inspectorId: null },
      { ref: 'LAC-01-09', areaId: 'north', stratumId: 'host', inspectorId: null, role: 'reserve' },
    ],
    { by: 'lead', device: 'd', source: 'test' },
  );
  await addCases(
    'insp-2',
    [{ ref: 'LAC-01-01', areaId: 'north', stratumId: 'host', inspectorId: null }],
    { by: 'lead', device: 'd', source: 'test' },
  );
});
afterEach(() => useDatabase(null));

async function openAt(path: string, ui: ComponentChildren, ready: string) {
  const user = userEvent.setup();
  window.history.replaceState(null, '', path);
  render(<LocationProvider>{ui}</LocationProvider>);
  await screen.findByText(ready);
  return user;
}

async function inspectors(inspectionId = 'insp-1') {
  return Object.fromEntries((await listCases(inspectionId)).map((c) => [c.ref, c.inspectorId]));
}

describe('assigning cases', () => {
  it('assigns every case of an area to one inspector, leaving reserves unless asked', async () => {
    const user = await openAt(
      '/inspections/insp-1/team',
      <Team inspectionId="insp-1" />,
      'Assign cases in bulk',
    );
    await user.selectOptions(screen.getByLabelText('Cases in'), 'Northtown');
    await user.selectOptions(screen.getByLabelText('Assign to'), 'A. Patel');
    await user.click(screen.getByRole('button', { name: 'Assign 2 cases to A. Patel' }));
    await screen.findByText('2 cases in Northtown assigned to A. Patel');
    expect(await inspectors()).toEqual({
      'LAC-01-01': 'ap',
      'LAC-01-02': 'ap',
      'LAC-01-09': null,
      'LAC-02-01': null,
    });
    expect(await inspectors('insp-2')).toEqual({ 'LAC-01-01': null });
    const team = screen.getByRole('table', { name: 'Team' });
    // Cases in the sample, then reserves.
    expect(within(team).getAllByRole('row')[2]?.textContent).toBe('A. PatelInspector20');
  });

  it('moves focus to the banner above the table, each time cases are assigned', async () => {
    const user = await openAt(
      '/inspections/insp-1/team',
      <Team inspectionId="insp-1" />,
      'Assign cases in bulk',
    );
    await user.selectOptions(screen.getByLabelText('Cases in'), 'Southvale');
    await user.selectOptions(screen.getByLabelText('Assign to'), 'J. Morgan');
    await user.click(screen.getByRole('button', { name: 'Assign 1 case to J. Morgan' }));
    const banner = (await screen.findByText('1 case in Southvale assigned to J. Morgan')).closest(
      '.govuk-notification-banner',
    );
    await waitFor(() => expect(document.activeElement).toBe(banner));
    expect(banner?.getAttribute('role')).toBe('alert');
    // The table shows the assignment once the cases are read again.
    await waitFor(() =>
      expect(
        (screen.getByLabelText('Inspector for LAC-02-01') as HTMLSelectElement).selectedOptions[0]
          ?.textContent,
      ).toBe('J. Morgan'),
    );

    await user.selectOptions(screen.getByLabelText('Inspector for LAC-01-02'), 'A. Patel');
    await user.click(screen.getByRole('button', { name: 'Save 1 change' }));
    const again = (await screen.findByText('1 case reassigned')).closest(
      '.govuk-notification-banner',
    );
    await waitFor(() => expect(document.activeElement).toBe(again));
  });

  it('assigns cases one by one, saving the changes together', async () => {
    const user = await openAt(
      '/inspections/insp-1/team',
      <Team inspectionId="insp-1" />,
      'Assign cases in bulk',
    );
    await user.selectOptions(screen.getByLabelText('Inspector for LAC-02-01'), 'J. Morgan');
    await user.selectOptions(screen.getByLabelText('Inspector for LAC-01-02'), 'A. Patel');
    await user.click(screen.getByRole('button', { name: 'Save 2 changes' }));
    await screen.findByText('2 cases reassigned');
    expect(await inspectors()).toMatchObject({ 'LAC-02-01': 'jm', 'LAC-01-02': 'ap' });
  });

  it('keeps a choice not yet saved when the cases are read again', async () => {
    const user = await openAt(
      '/inspections/insp-1/team',
      <Team inspectionId="insp-1" />,
      'Assign cases in bulk',
    );
    await user.selectOptions(screen.getByLabelText('Inspector for LAC-01-02'), 'A. Patel');
    // Another assignment is saved (here in bulk; it could be another tab or the team server).
    await user.selectOptions(screen.getByLabelText('Cases in'), 'Southvale');
    await user.selectOptions(screen.getByLabelText('Assign to'), 'J. Morgan');
    await user.click(screen.getByRole('button', { name: 'Assign 1 case to J. Morgan' }));
    await screen.findByText('1 case in Southvale assigned to J. Morgan');
    await waitFor(() =>
      expect((screen.getByLabelText('Inspector for LAC-02-01') as HTMLSelectElement).value).toBe(
        'jm',
      ),
    );
    expect((screen.getByLabelText('Inspector for LAC-01-02') as HTMLSelectElement).value).toBe(
      'ap',
    );
    await user.click(screen.getByRole('button', { name: 'Save 1 change' }));
    await screen.findByText('1 case reassigned');
    expect(await inspectors()).toMatchObject({ 'LAC-02-01': 'jm', 'LAC-01-02': 'ap' });
    expect(screen.getByRole('button', { name: 'Save assignments' })).toBeTruthy();
  });
});

describe('adding a case by hand', () => {
  it('holds back a reference that looks like a name until confirmed, and refuses a duplicate', async () => {
    const user = await openAt(
      '/inspections/insp-1/add-case',
      <CaseAdd inspectionId="insp-1" />,
      'Case reference',
    );
    await user.type(screen.getByLabelText('Case reference'), 'Jane Smith');
    expect(screen.getByText(/This looks like a person’s name/)).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Area'), 'Southvale');
    await user.selectOptions(screen.getByLabelText('Stratum'), 'Home');
    await user.click(screen.getByRole('button', { name: 'Add the case' }));
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
      'Jane Smith looks like a person’s name. Use a pseudonymous reference such as LAC-03-07, or confirm that it is not a name',
    );
    await user.clear(screen.getByLabelText('Case reference'));
    await user.type(screen.getByLabelText('Case reference'), 'lac-01-01');
    await user.click(screen.getByRole('button', { name: 'Add the case' }));
    await waitFor(() =>
      expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
        'lac-01-01 is already a case in this inspection',
      ),
    );
    await user.clear(screen.getByLabelText('Case reference'));
    await user.type(screen.getByLabelText('Case reference'), 'LAC-02-07');
    await user.selectOptions(screen.getByLabelText('Inspector (optional)'), 'J. Morgan');
    await user.click(screen.getByRole('button', { name: 'Add the case' }));
    await screen.findByText('LAC-02-07 was added to the inspection');
    expect(await inspectors()).toMatchObject({ 'LAC-02-07': 'jm' });
  });
});

describe('deleting an inspection', () => {
  it('counts the cases in the sample apart from the reserves, as the other screens do', () => {
    const none = { population: 0, reports: 0, moderation: 0 };
    expect(whatIsLost({ cases: 10, reserves: 4, answers: 0, ...none })).toBe(
      '6 cases in the sample and 4 reserves',
    );
    expect(whatIsLost({ cases: 1, reserves: 0, answers: 12, ...none })).toBe(
      '1 case in the sample, 12 answers and their history',
    );
    expect(
      whatIsLost({ cases: 61, reserves: 1, answers: 1, population: 0, reports: 1, moderation: 2 }),
    ).toBe(
      '60 cases in the sample, 1 reserve, 1 answer with its history, the report and 2 moderation records',
    );
  });

  it('names what will be lost, needs a tick, and deletes that inspection only', async () => {
    const user = await openAt(
      '/inspections/insp-1/delete',
      <InspectionDelete inspectionId="insp-1" />,
      'Yes, delete “Inspection insp-1” and everything in it from this device',
    );
    expect(document.querySelector('.govuk-warning-text__text')?.textContent).toBe(
      'WarningThe inspection “Inspection insp-1” and its 3 cases in the sample, 1 reserve, 1 answer and its history will be deleted from this device. This cannot be undone.',
    );
    await user.click(screen.getByRole('button', { name: 'Delete this inspection' }));
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
      'Tick the box to confirm that you want to delete this inspection',
    );
    expect(await database().inspections.get('insp-1')).toBeDefined();
    await user.click(screen.getByLabelText(/Yes, delete/));
    await user.click(screen.getByRole('button', { name: 'Delete this inspection' }));
    await waitFor(() => expect(window.location.pathname).toBe('/inspections'));
    expect(window.location.search).toBe('?deleted=Inspection%20insp-1');
    expect(await database().inspections.get('insp-1')).toBeUndefined();
    expect(await database().cases.where('inspectionId').equals('insp-1').count()).toBe(0);
    expect(await inspectors('insp-2')).toEqual({ 'LAC-01-01': null });
  });
});
