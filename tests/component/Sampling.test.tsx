import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PopulationEntry } from '../../src/core';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { listCases } from '../../src/db/inspections/caseListStore';
import { createInspection } from '../../src/db/inspections/inspectionStore';
import { replacePopulation } from '../../src/db/inspections/populationStore';
import Sampling from '../../src/ui/setup/Sampling/Sampling';
import { AREAS, draft, STRATA, setupFramework, storeFramework } from '../fixtures/inspectionSetup';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`sampling-${n++}`, TEST_DATA_KEY));
  await storeFramework(database());
  const outcome = await createInspection(draft(), { newId: () => 'insp-1' });
  if (outcome.status !== 'saved') throw new Error('fixture');
});
afterEach(() => useDatabase(null));

/** `perCell` cases in each area × stratum, with one short cell if asked. */
function population(perCell: number, shortCell?: { area: string; stratum: string; count: number }) {
  const entries: PopulationEntry[] = [];
  let row = 2;
  AREAS.forEach((area, a) => {
    for (const stratum of STRATA) {
      const count =
        shortCell && shortCell.area === area.id && shortCell.stratum === stratum.id
          ? shortCell.count
          : perCell;
      for (let i = 0; i < count; i++) {
        entries.push({
          ref: `LAC-${a + 1}-${stratum.id}-${String(i).padStart(3, '0')}`,
          areaId: area.id,
          stratumId: stratum.id,
          profile: { age: 14 },
          row: row++,
        });
      }
    }
  });
  return entries;
}

async function openScreen() {
  const user = userEvent.setup();
  window.history.replaceState(null, '', '/inspections/insp-1/sample');
  render(
    <LocationProvider>
      <Sampling inspectionId="insp-1" />
    </LocationProvider>,
  );
  await screen.findByRole('heading', { name: 'How many cases to read' });
  return user;
}

describe('the sample-size calculator', () => {
  it('finds 45 cases for ±5 points at 80% confidence from a population of 60', async () => {
    const user = await openScreen();
    await user.type(screen.getByLabelText('Population (cases)'), '60');
    await user.selectOptions(
      screen.getByLabelText('Confidence level', { selector: '#size-confidence' }),
      '80%',
    );
    await user.clear(screen.getByLabelText('Margin of error (± percentage points)'));
    await user.type(screen.getByLabelText('Margin of error (± percentage points)'), '5');
    await user.click(screen.getByRole('button', { name: 'Calculate the sample size' }));
    expect(screen.getByText('45 cases')).toBeTruthy();
    expect(
      screen.getByText(
        'From a population of 60, a margin of error of ±5% at 80% confidence needs 45 cases (44.1, rounded up).',
      ),
    ).toBeTruthy();
  });

  it('finds ±6.1% at 95% for 98 responses of 157 (seed 002, footnote 15)', async () => {
    const user = await openScreen();
    await user.type(screen.getByLabelText('Cases read'), '98');
    await user.type(screen.getByLabelText('Of a population of'), '157');
    await user.click(screen.getByRole('button', { name: 'Calculate the margin of error' }));
    expect(screen.getByText('±6.1%')).toBeTruthy();
    expect(
      screen.getByText(
        '98 of a population of 157 give a margin of error of ±6.1% at 95% confidence.',
      ),
    ).toBeTruthy();
  });

  it('starts from the framework’s sampling defaults: 80% and ±5 points give 45 of 60 at once', async () => {
    await storeFramework(
      database(),
      setupFramework({ sampling: { confidence: 0.8, margin: 0.05 } }),
    );
    const user = await openScreen();
    const confidence = screen.getByLabelText('Confidence level', {
      selector: '#size-confidence',
    }) as HTMLSelectElement;
    expect(confidence.selectedOptions[0]?.textContent).toBe('80%');
    expect(
      (
        screen.getByLabelText('Confidence level', {
          selector: '#margin-confidence',
        }) as HTMLSelectElement
      ).selectedOptions[0]?.textContent,
    ).toBe('80%');
    expect(
      (screen.getByLabelText('Margin of error (± percentage points)') as HTMLInputElement).value,
    ).toBe('5');
    expect(screen.getByTestId('calculator-defaults').textContent).toBe(
      'Set-up test framework sets 80% confidence and a margin of ±5 points, filled in below. Change them if your inspection uses others.',
    );
    expect(screen.queryByText(/HMIP is understood/)).toBeNull();
    await user.type(screen.getByLabelText('Population (cases)'), '60');
    await user.click(screen.getByRole('button', { name: 'Calculate the sample size' }));
    expect(screen.getByText('45 cases')).toBeTruthy();
  });

  it('starts from 95% and ±5 points, and says so, when the framework sets no defaults', async () => {
    await openScreen();
    const confidence = screen.getByLabelText('Confidence level', {
      selector: '#size-confidence',
    }) as HTMLSelectElement;
    expect(confidence.selectedOptions[0]?.textContent).toBe('95%');
    expect(screen.getByTestId('calculator-defaults').textContent).toBe(
      'The framework sets no sampling defaults, so the calculator starts at 95% confidence and a margin of ±5 points.',
    );
  });

  it('says what is wrong with the figures', async () => {
    const user = await openScreen();
    await user.type(screen.getByLabelText('Cases read'), '200');
    await user.type(screen.getByLabelText('Of a population of'), '157');
    await user.click(screen.getByRole('button', { name: 'Calculate the margin of error' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe(
      'The cases read (200) cannot be more than the population (157)',
    );
  });
});

describe('drawing the sample', () => {
  it('asks for a population list first', async () => {
    await openScreen();
    expect(screen.getByText(/There is no population list to draw from yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Import the case list' }).getAttribute('href')).toBe(
      '/inspections/insp-1/import',
    );
  });

  it('draws 5 host and 5 home cases in each of 6 areas, creates them, and knows the sample again', async () => {
    await replacePopulation('insp-1', population(50), { fileName: 'population.csv' });
    const user = await openScreen();
    await user.type(await screen.findByLabelText('The same number in every cell'), '5');
    await user.click(screen.getByRole('button', { name: 'Fill in every cell' }));
    expect((screen.getByLabelText('Quota for Northtown, Home') as HTMLInputElement).value).toBe(
      '5',
    );
    await user.clear(screen.getByLabelText('Reserves per cell'));
    await user.type(screen.getByLabelText('Reserves per cell'), '1');
    await user.clear(screen.getByLabelText('Seed'));
    await user.type(screen.getByLabelText('Seed'), 'k7mq-x42d');
    await user.click(screen.getByRole('button', { name: 'Draw the sample' }));
    await screen.findByRole('heading', { name: 'Sample drawn: 60 cases and 12 reserves' });
    const cells = screen.getByRole('table', { name: 'Cells' });
    const first = within(cells).getAllByRole('row')[1]!;
    expect(first.textContent).toBe('Northtown, Host505510');
    expect(
      screen.getByText(
        /A stratified random sample of 60 cases was drawn from a population of 600 cases/,
      ),
    ).toBeTruthy();
    // The algorithm is named only in the method's last paragraph, its technical note.
    const method = [...document.querySelectorAll('.ca-method')].map((p) => p.textContent ?? '');
    expect(method).toHaveLength(2);
    expect(method[0]).not.toMatch(/xoroshiro/);
    expect(method[1]).toMatch(/^Technical note: random numbers from a xoroshiro128\+ generator/);
    expect(method[1]).toContain("seed 'k7mq-x42d'");

    await user.click(
      await screen.findByRole('button', { name: 'Create these 60 cases and 12 reserves' }),
    );
    const banner = (
      await screen.findByText('60 cases and 12 reserves were added to the inspection')
    ).closest('.govuk-notification-banner');
    // The button it replaces is gone: focus moves to the banner, and the view with it.
    await waitFor(() => expect(document.activeElement).toBe(banner));
    const cases = await listCases('insp-1');
    expect(cases).toHaveLength(72);
    expect(cases.filter((c) => c.role === 'reserve')).toHaveLength(12);
    expect((await database().inspections.get('insp-1'))?.sampling?.seed).toBe('k7mq-x42d');

    // The same seed and list again: the same sample, recognised as such.
    await user.click(screen.getByRole('button', { name: 'Draw the sample' }));
    await waitFor(() =>
      expect(
        screen.getByText(/This is the same sample as drawn on .* \(seed k7mq-x42d\)\./),
      ).toBeTruthy(),
    );
    expect(await screen.findByText('All these cases are already in the inspection.')).toBeTruthy();
  });

  it('reports a short cell plainly and never fills it from another', async () => {
    await replacePopulation('insp-1', population(50, { area: 'west', stratum: 'home', count: 3 }), {
      fileName: 'population.csv',
    });
    const user = await openScreen();
    await user.type(await screen.findByLabelText('The same number in every cell'), '5');
    await user.click(screen.getByRole('button', { name: 'Fill in every cell' }));
    await user.click(screen.getByRole('button', { name: 'Draw the sample' }));
    await screen.findByRole('heading', { name: 'Sample drawn: 58 cases' });
    expect(
      screen.getByText(
        /1 cell has fewer cases than its quota and was not made up from other cells: Westbridge, Home \(short by 2\)/,
      ),
    ).toBeTruthy();
  });

  it('says what is wrong with the quotas', async () => {
    await replacePopulation('insp-1', population(5), { fileName: 'population.csv' });
    const user = await openScreen();
    await user.type(await screen.findByLabelText('Quota for Southvale, Host'), 'five');
    await user.click(screen.getByRole('button', { name: 'Draw the sample' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe(
      'The quota for Southvale, Host must be a whole number, 0 or more',
    );
    expect(within(summary).getByRole('link').getAttribute('href')).toBe('#quota-south-host');
  });
});
