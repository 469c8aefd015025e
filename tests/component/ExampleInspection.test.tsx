import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import {
  findExampleInspection,
  loadExampleInspection,
} from '../../src/db/inspections/exampleInspection';
import InspectionOverview from '../../src/ui/setup/InspectionOverview/InspectionOverview';
import Inspections from '../../src/ui/setup/Inspections/Inspections';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
beforeEach(() => {
  useDatabase(new CaseAuditDatabase(`example-screen-${n++}`, TEST_DATA_KEY));
  window.history.replaceState(null, '', '/inspections');
});
afterEach(() => useDatabase(null));

const TITLE = 'Example: looked-after children placed away from home (synthetic data)';

function renderList() {
  render(
    <LocationProvider>
      <Inspections />
    </LocationProvider>,
  );
}

describe('the example inspection on the inspections screen', () => {
  it('is offered on the empty screen, appears in the list tagged as example data, and goes in one click and a confirmation', async () => {
    const user = userEvent.setup();
    renderList();
    await screen.findByRole('heading', { name: 'You have no inspections on this device yet' });

    await user.click(screen.getByRole('button', { name: 'Load an example inspection' }));
    await screen.findByText('The example inspection was loaded', {}, { timeout: 10_000 });
    expect(screen.getByRole('link', { name: 'Open the example inspection' })).toBeTruthy();

    const table = await screen.findByRole('table');
    const row = within(table).getByRole('link', { name: TITLE }).closest('tr')!;
    expect(within(row).getByText('Example data')).toBeTruthy();
    expect(within(row).getByText('60 cases in the sample')).toBeTruthy();
    // Once it is there, the screen offers to remove it rather than to load another.
    expect(screen.queryByRole('button', { name: 'Load an example inspection' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Remove the example inspection' }));
    expect(document.activeElement?.textContent).toContain(
      'Remove the example inspection and all its cases and answers from this device?',
    );
    await user.click(screen.getByRole('button', { name: 'Yes, remove the example' }));
    await screen.findByText('The example inspection was removed from this device');
    await screen.findByRole('heading', { name: 'You have no inspections on this device yet' });
    expect(await findExampleInspection()).toBeNull();
    // Loads and removes 60 sealed cases with their answers and history.
  }, 15_000);

  it('can be kept: Cancel puts the remove button back', async () => {
    const user = userEvent.setup();
    renderList();
    await user.click(await screen.findByRole('button', { name: 'Load an example inspection' }));
    await user.click(
      await screen.findByRole(
        'button',
        { name: 'Remove the example inspection' },
        { timeout: 10_000 },
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Remove the example inspection' }),
    );
    expect(await findExampleInspection()).not.toBeNull();
  });
});

describe('the example inspection’s own page', () => {
  it('says it is synthetic data, and can remove it', async () => {
    const user = userEvent.setup();
    await loadExampleInspection();
    const example = (await findExampleInspection())!;

    window.history.replaceState(null, '', `/inspections/${example.id}`);
    render(
      <LocationProvider>
        <InspectionOverview inspectionId={example.id} />
      </LocationProvider>,
    );
    const banner = await screen.findByRole('region', { name: 'Example data' });
    expect(
      within(banner).getByText('This is an example inspection: all of it is synthetic data'),
    ).toBeTruthy();
    await user.click(within(banner).getByRole('button', { name: 'Remove the example inspection' }));
    await user.click(within(banner).getByRole('button', { name: 'Yes, remove the example' }));
    await expect.poll(() => window.location.pathname).toBe('/inspections');
    expect(window.location.search).toBe('?removed=example');
    expect(await findExampleInspection()).toBeNull();
  });
});
