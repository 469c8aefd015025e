import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { createInspection } from '../../src/db/inspections/inspectionStore';
import { populationSummary, replacePopulation } from '../../src/db/inspections/populationStore';
import CaseListImport from '../../src/ui/setup/CaseListImport/CaseListImport';
import { draft, populationCsv, storeFramework } from '../fixtures/inspectionSetup';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`case-list-import-${n++}`, TEST_DATA_KEY));
  await storeFramework(database());
  const outcome = await createInspection(draft(), { newId: () => 'insp-1' });
  if (outcome.status !== 'saved') throw new Error('fixture');
});
afterEach(() => useDatabase(null));

function csvFile(content: string | Uint8Array<ArrayBuffer>, name = 'cases.csv') {
  return new File([content], name, { type: 'text/csv' });
}

async function openScreen() {
  const user = userEvent.setup();
  window.history.replaceState(null, '', '/inspections/insp-1/import');
  render(
    <LocationProvider>
      <CaseListImport inspectionId="insp-1" />
    </LocationProvider>,
  );
  await screen.findByLabelText('Upload a case list');
  return user;
}

async function upload(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.upload(screen.getByLabelText('Upload a case list'), file);
  await user.click(screen.getByRole('button', { name: 'Upload and check' }));
  await waitFor(() => {
    if (!screen.queryByRole('alert') && !screen.queryByText('What is in each column?')) {
      throw new Error('still reading');
    }
  });
}

function summaryItems(): string[] {
  const summary = screen.getByRole('alert');
  return within(summary)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

function selected(label: string): string {
  const select = screen.getByLabelText(label) as HTMLSelectElement;
  return select.options[select.selectedIndex]?.textContent ?? '';
}

async function storedCounts() {
  const db = database();
  const population = await db.populationChunks.toArray();
  return {
    cases: await db.cases.count(),
    population: population.reduce((sum, chunk) => sum + chunk.entries.length, 0),
  };
}

describe('importing a case list', () => {
  it('suggests what each column is, previews the first rows and leaves personal data out', async () => {
    const user = await openScreen();
    await upload(user, csvFile(populationCsv(50, 'Name')));
    expect(
      screen.getByText(/600 rows under a heading row of 6 columns, separated by commas/),
    ).toBeTruthy();
    expect(selected('Import column “Case ref” as')).toBe('Case reference');
    expect(selected('Import column “YOT” as')).toBe('Area');
    expect(selected('Import column “Host or home” as')).toBe('Stratum');
    expect(selected('Import column “Age” as')).toBe('Profile: Age');
    expect(selected('Import column “Gender” as')).toBe('Profile: Gender');
    expect(selected('Import column “Name” as')).toBe('Do not import');
    expect(
      screen.getByText('This column looks like personal data and will not be imported: “Name”.'),
    ).toBeTruthy();

    const preview = await screen.findByRole('table', { name: /Preview: the first 10 of 600 rows/ });
    const firstRow = within(preview).getAllByRole('row')[1]!;
    expect(
      within(firstRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', 'LAC-01-001', 'Northtown', 'host', '11', 'Male']);
  });

  it('warns when a personal-data column is chosen for import, and drops it on request', async () => {
    const user = await openScreen();
    await upload(user, csvFile(populationCsv(2, 'Name')));
    await user.selectOptions(screen.getByLabelText('Import column “Name” as'), 'Profile: Notes');
    expect(
      screen.getByText(
        /Column "Name" is headed like names\. Case Audit keeps pseudonymous case references only/,
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Do not import “Name”' }));
    expect(selected('Import column “Name” as')).toBe('Do not import');
  });

  it('lists every problem with its row and column before anything is stored', async () => {
    const user = await openScreen();
    const csv = [
      'Case ref,YOT,Host or home,Age',
      'LAC-01-001,Northtown,host,12',
      'LAC-01-002,Nowhere,host,12',
      'LAC-01-003,Southvale,away,40',
      'LAC-01-001,Eastmoor,home,13',
      '=HYPERLINK("http://example.org"),Eastmoor,home,13',
    ].join('\n');
    await upload(user, csvFile(csv));
    // Warnings come separately: a formula-like cell is kept as text, never calculated.
    expect(
      screen.getByText(
        /1 cell starts with =, \+, -, @ or a tab, like a spreadsheet formula \(row 6\)/,
      ),
    ).toBeTruthy();
    // "away" is no stratum, so the column is not recognised by its values: choose it.
    expect(selected('Import column “Host or home” as')).toBe('Do not import');
    await user.selectOptions(screen.getByLabelText('Import column “Host or home” as'), 'Stratum');
    await user.click(screen.getByLabelText('The cases to read'));
    await user.click(screen.getByRole('button', { name: 'Check the list' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeTruthy());
    expect(
      screen.getByText(
        'Nothing has been stored. There are 4 problems to correct, in the file or in the column choices, before the list can be imported:',
      ),
    ).toBeTruthy();
    expect(summaryItems()).toEqual([
      'row 3, column YOT: "Nowhere" is not one of this inspection\'s areas (Northtown, Southvale, Eastmoor, Westbridge, Highfield, Lowmead)',
      'row 4, column Host or home: "away" is not one of this inspection\'s strata (Host, Home)',
      'row 4, column Age: 40 is above the highest value allowed for Age (18)',
      'row 5, column Case ref: LAC-01-001 is already on row 2; each case must appear once',
    ]);
    expect(await storedCounts()).toEqual({ cases: 0, population: 0 });
  });

  it('asks what the list is before checking it', async () => {
    const user = await openScreen();
    await upload(user, csvFile(populationCsv(2)));
    await user.click(screen.getByRole('button', { name: 'Check the list' }));
    expect(summaryItems()).toEqual([
      'Choose what this list is: the cases to read, or a population to sample from',
    ]);
  });

  it('stores a population list, and asks before replacing one', async () => {
    await replacePopulation(
      'insp-1',
      [{ ref: 'OLD-1', areaId: 'north', stratumId: 'host', profile: {}, row: 2 }],
      { fileName: 'old.csv' },
    );
    const user = await openScreen();
    await upload(user, csvFile(populationCsv(50), 'population.csv'));
    await user.click(screen.getByLabelText('A population to sample from'));
    await user.click(screen.getByRole('button', { name: 'Check the list' }));
    await screen.findByRole('heading', { name: 'The list is ready to import' });
    expect(
      screen.getByText(/This replaces the population list stored on .* \(1 case from old\.csv\)/),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Store the population of 600 cases' }));
    expect(summaryItems()).toEqual([
      'Confirm that the new list replaces the stored population list',
    ]);
    expect((await populationSummary('insp-1'))?.size).toBe(1);
    await user.click(screen.getByLabelText('Replace the stored population list'));
    await user.click(screen.getByRole('button', { name: 'Store the population of 600 cases' }));
    await screen.findByText('The population list of 600 cases is stored');
    expect(await storedCounts()).toEqual({ cases: 0, population: 600 });
    expect(screen.getByRole('link', { name: 'Draw the sample from this population' })).toBeTruthy();
  });

  it('imports the cases to read, and the same file again makes no duplicates', async () => {
    const user = await openScreen();
    const csv = populationCsv(1);
    await upload(user, csvFile(csv));
    await user.click(screen.getByLabelText('The cases to read'));
    await user.click(screen.getByRole('button', { name: 'Check the list' }));
    await user.click(await screen.findByRole('button', { name: 'Import 12 cases' }));
    await screen.findByText('12 cases imported from cases.csv');
    expect(await storedCounts()).toEqual({ cases: 12, population: 0 });

    await user.click(screen.getByRole('button', { name: 'Import another list' }));
    await upload(user, csvFile(csv));
    await user.click(screen.getByLabelText('The cases to read'));
    await user.click(screen.getByRole('button', { name: 'Check the list' }));
    await waitFor(() => expect(summaryItems()).toHaveLength(12));
    expect(summaryItems()[0]).toBe(
      'row 2, column Case ref: LAC-01-001 is already a case in this inspection; remove the row, or choose to skip cases already in the inspection',
    );
    await user.click(screen.getByLabelText('Skip cases already in this inspection'));
    await user.click(screen.getByRole('button', { name: 'Check the list' }));
    await screen.findByRole('heading', { name: 'The list is ready to import' });
    expect(screen.getByText('12 cases already in the inspection')).toBeTruthy();
    expect(await storedCounts()).toEqual({ cases: 12, population: 0 });
  });

  it.each([
    ['an empty file', '', 'The file is empty: there is no case list in it'],
    [
      'a file that is not UTF-8',
      new Uint8Array([0x52, 0x65, 0x66, 0x0a, 0x4c, 0xe9, 0x0a]),
      'The file is not UTF-8 text (the first character that cannot be read is on line 2)',
    ],
    [
      'a repeated heading',
      'Ref,YOT,Ref\nA,Northtown,B\n',
      'row 1: has the heading "Ref" more than once',
    ],
    [
      'the wrong separator',
      'Ref|YOT\nLAC-1|Northtown\n',
      'The file has only one column, headed "Ref|YOT"',
    ],
  ])('explains %s and stores nothing', async (_what, content, message) => {
    const user = await openScreen();
    await upload(user, csvFile(content));
    expect(summaryItems()[0]).toContain(message);
    expect(
      screen.getByText(/cases\.csv cannot be imported, and nothing has been stored/),
    ).toBeTruthy();
    expect(await storedCounts()).toEqual({ cases: 0, population: 0 });
  });

  it('asks for a file when none is chosen', async () => {
    const user = await openScreen();
    await user.click(screen.getByRole('button', { name: 'Upload and check' }));
    expect(summaryItems()).toEqual(['Select a case list file']);
  });
});
