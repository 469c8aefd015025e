import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import type { ComponentChildren } from 'preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { addCases } from '../../src/db/inspections/caseListStore';
import { createInspection } from '../../src/db/inspections/inspectionStore';
import InspectionEdit from '../../src/ui/setup/InspectionEdit/InspectionEdit';
import InspectionNew from '../../src/ui/setup/InspectionNew/InspectionNew';
import { draft, storeFramework } from '../fixtures/inspectionSetup';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`inspection-form-${n++}`, TEST_DATA_KEY));
  await storeFramework(database());
});
afterEach(() => useDatabase(null));

function renderAt(path: string, ui: ComponentChildren) {
  window.history.replaceState(null, '', path);
  return render(<LocationProvider>{ui}</LocationProvider>);
}

function summaryItems(): string[] {
  const summary = screen.getByRole('alert');
  return within(summary)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

async function openNew() {
  const user = userEvent.setup();
  renderAt('/inspections/new', <InspectionNew />);
  await screen.findByLabelText('Title');
  return user;
}

describe('creating an inspection', () => {
  it('lists every missing detail at the top, each linked to its field', async () => {
    const user = await openNew();
    await user.click(screen.getByRole('button', { name: 'Create the inspection' }));
    expect(summaryItems()).toEqual([
      'Enter a title for the inspection',
      'Choose what kind of fieldwork this is',
      'Choose the framework the cases are assessed against',
      'Enter a name for area 1, or remove it',
      'Enter a name for team member 1, or remove them',
    ]);
    expect(
      screen.getByRole('link', { name: 'Enter a title for the inspection' }).getAttribute('href'),
    ).toBe('#title');
    expect(
      screen
        .getByRole('link', { name: 'Enter a name for team member 1, or remove them' })
        .getAttribute('href'),
    ).toBe('#team-0-name');
    await waitFor(() =>
      expect(document.activeElement?.classList.contains('govuk-error-summary')).toBe(true),
    );
    expect(document.title).toBe('Error: Create an inspection – Case Audit');
    expect(await database().inspections.count()).toBe(0);
  });

  it("fills areas, strata and organisations from the chosen framework's suggestions", async () => {
    const user = await openNew();
    await user.selectOptions(
      screen.getByLabelText('Framework'),
      'Set-up test framework (version 1.0.0)',
    );
    expect((screen.getByLabelText('Area 1') as HTMLInputElement).value).toBe('Northtown');
    expect((screen.getByLabelText('Area 6') as HTMLInputElement).value).toBe('Lowmead');
    expect((screen.getByLabelText('Stratum 2') as HTMLInputElement).value).toBe('Home');
    expect((screen.getByLabelText('Organisations') as HTMLTextAreaElement).value).toBe(
      'Test Inspectorate\nSecond Test Body',
    );
    expect(screen.getByText(/editing later cannot change the version/)).toBeTruthy();
  });

  it('checks the rules: unique area names, a lead, real dates in order', async () => {
    const user = await openNew();
    await user.type(screen.getByLabelText('Title'), 'Placed away');
    await user.click(screen.getByLabelText('Thematic inspection'));
    await user.selectOptions(
      screen.getByLabelText('Framework'),
      'Set-up test framework (version 1.0.0)',
    );
    await user.clear(screen.getByLabelText('Area 2'));
    await user.type(screen.getByLabelText('Area 2'), 'northtown');
    await user.type(screen.getByLabelText('Team member 1: name or initials'), 'A. Patel');
    await user.selectOptions(screen.getByLabelText('Role'), 'Inspector');
    const start = within(screen.getByRole('group', { name: 'Start date (optional)' }));
    await user.type(start.getByLabelText('Day'), '6');
    await user.type(start.getByLabelText('Month'), '3');
    await user.type(start.getByLabelText('Year'), '2026');
    const end = within(screen.getByRole('group', { name: 'End date (optional)' }));
    await user.type(end.getByLabelText('Day'), '2');
    await user.type(end.getByLabelText('Month'), '3');
    await user.type(end.getByLabelText('Year'), '2026');
    await user.click(screen.getByRole('button', { name: 'Create the inspection' }));
    expect(summaryItems()).toEqual([
      'Area 2 has the same name as area 1 (northtown): give each its own name',
      'Make at least one team member the lead (who runs the fieldwork)',
      'The fieldwork end date must be the same as or after the start date',
    ]);

    await user.clear(end.getByLabelText('Day'));
    await user.type(end.getByLabelText('Day'), '31');
    await user.clear(end.getByLabelText('Month'));
    await user.type(end.getByLabelText('Month'), '2');
    await user.click(screen.getByRole('button', { name: 'Create the inspection' }));
    expect(summaryItems()).toContain('The fieldwork end date must be a real date');
    expect(await database().inspections.count()).toBe(0);
  });

  it('creates the inspection and opens its page', async () => {
    const user = await openNew();
    await user.type(screen.getByLabelText('Title'), 'Placed away from home');
    await user.click(screen.getByLabelText('Thematic inspection'));
    await user.selectOptions(
      screen.getByLabelText('Framework'),
      'Set-up test framework (version 1.0.0)',
    );
    await user.type(screen.getByLabelText('Team member 1: name or initials'), 'R. Okafor');
    await user.click(screen.getByRole('button', { name: 'Add another team member' }));
    await user.type(screen.getByLabelText('Team member 2: name or initials'), 'A. Patel');
    await user.click(screen.getByRole('button', { name: 'Create the inspection' }));
    await waitFor(() => expect(window.location.pathname).toMatch(/^\/inspections\/[\w-]+$/));
    const [stored] = await database().inspections.toArray();
    expect(stored).toMatchObject({
      title: 'Placed away from home',
      kind: 'thematic',
      framework: { id: 'setup-test', version: '1.0.0' },
      organisations: ['Test Inspectorate', 'Second Test Body'],
      strata: [
        { id: 'host', name: 'Host' },
        { id: 'home', name: 'Home' },
      ],
      team: [
        { id: 'r-okafor', name: 'R. Okafor', role: 'lead' },
        { id: 'a-patel', name: 'A. Patel', role: 'inspector' },
      ],
      fieldwork: { start: null, end: null },
    });
    expect(stored?.areas).toHaveLength(6);
    expect(window.location.pathname).toBe(`/inspections/${stored?.id}`);
  });
});

describe('changing an inspection', () => {
  async function openEdit() {
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
    const user = userEvent.setup();
    renderAt('/inspections/insp-1/edit', <InspectionEdit inspectionId="insp-1" />);
    await screen.findByLabelText('Title');
    return user;
  }

  it('shows the framework version as pinned, with no way to change it', async () => {
    await openEdit();
    expect(screen.queryByRole('combobox', { name: 'Framework' })).toBeNull();
    expect(screen.getByText('Set-up test framework (version 1.0.0)')).toBeTruthy();
    expect(screen.getByText(/use Move to another version below/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Move to another version' }).getAttribute('href')).toBe(
      '/inspections/insp-1/framework',
    );
  });

  it('refuses to remove an area or a team member that cases use, saying how many', async () => {
    const user = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Remove area 1 (Northtown)' }));
    expect(summaryItems()).toEqual(['Northtown cannot be removed: 2 cases are in this area']);
    expect((screen.getByLabelText('Area 1') as HTMLInputElement).value).toBe('Northtown');
    await user.click(screen.getByRole('button', { name: 'Remove team member 2 (A. Patel)' }));
    expect(summaryItems()).toEqual([
      'A. Patel cannot be removed: 1 case is assigned to them. Assign it to someone else first',
    ]);
    // An area no case uses goes.
    await user.click(screen.getByRole('button', { name: 'Remove area 6 (Lowmead)' }));
    expect(screen.queryByLabelText('Area 6')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(window.location.pathname).toBe('/inspections/insp-1'));
    expect((await database().inspections.get('insp-1'))?.areas).toHaveLength(5);
  });
});
