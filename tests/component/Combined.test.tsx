import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import Combined from '../../src/ui/findings/Combined/Combined';
import { findingsFixture, findingsFramework } from '../fixtures/findingsFixture';
import { type InspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';
import { renderAt } from './findingsSetup';

/** The findings fixture (20 cases, 18 complete) stored as an inspection with its own title. */
function council(id: string, title: string, version?: string): InspectionFixture {
  const fixture = findingsFixture(id);
  if (version === undefined) return { ...fixture, inspection: { ...fixture.inspection, title } };
  const framework = { ...findingsFramework(), version };
  return {
    ...fixture,
    framework: { ...fixture.framework, key: `${framework.id}@${version}`, version, framework },
    inspection: {
      ...fixture.inspection,
      title,
      framework: { id: framework.id, version },
    },
  };
}

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`component-combined-${n++}`, TEST_DATA_KEY));
  for (const fixture of [
    council('cardiff', 'Cardiff'),
    council('powys', 'Powys'),
    council('newport', 'Newport', '2.0.0'),
  ]) {
    await storeInspectionFixture(database(), fixture);
  }
});
afterEach(() => useDatabase(null));

/** The row of a by-inspection table whose question cell mentions `itemId`. */
function questionRow(itemId: string): string[] {
  const rows = screen
    .getAllByRole('row')
    .filter((row) => within(row).queryByText(itemId, { selector: '.ca-findings__id' }));
  if (rows.length !== 1) throw new Error(`expected one row for ${itemId}, found ${rows.length}`);
  return within(rows[0]!)
    .getAllByRole('cell')
    .map((cell) => cell.textContent?.trim() ?? '');
}

describe('analysing inspections together', () => {
  it('offers only inspections on the same framework version together, saying why', async () => {
    const user = userEvent.setup();
    renderAt('/analysis', <Combined />);
    const cardiff = await screen.findByRole('checkbox', { name: /Cardiff/ });
    const newport = screen.getByRole('checkbox', { name: /Newport/ });
    expect((newport as HTMLInputElement).disabled).toBe(false);
    await user.click(cardiff);
    expect((newport as HTMLInputElement).disabled).toBe(true);
    expect(newport.getAttribute('aria-describedby')).toBeTruthy();
    const why = document.getElementById(newport.getAttribute('aria-describedby')!)!;
    expect(why.textContent).toMatch(
      /Cannot be chosen with the inspections ticked: they use .*, version 1\.0\.0/,
    );
    // One inspection is not a combined analysis.
    await user.click(screen.getByRole('button', { name: 'Analyse together' }));
    expect(screen.getAllByText('Choose at least two inspections to analyse together').length).toBe(
      2,
    );
  });

  it('shows every figure over the inspections chosen and by inspection, and keeps the choice in the address', async () => {
    const user = userEvent.setup();
    renderAt('/analysis', <Combined />);
    await user.click(await screen.findByRole('checkbox', { name: /Cardiff/ }));
    await user.click(screen.getByRole('checkbox', { name: /Powys/ }));
    await user.click(screen.getByRole('button', { name: 'Analyse together' }));
    await waitFor(() => expect(window.location.search).toBe('?ids=cardiff,powys'));
    await screen.findByText('Based on 36 complete cases of 40, from 2 inspections');
    // alloc: 9 of 16 yes in each inspection, so 18 of 32 together.
    const [all, cardiff, powys] = questionRow('alloc');
    expect(all).toMatch(/^Yes: 56% \(18\/32\)/);
    expect(cardiff).toMatch(/^Yes: 56% \(9\/16\)/);
    expect(powys).toMatch(/^Yes: 56% \(9\/16\)/);
    const table = screen.getByRole('table', { name: 'Cases by inspection' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['InspectionCases countedCases', 'Cardiff1820', 'Powys1820']);
  });

  it('reads the choice and the cases counted from the address', async () => {
    renderAt('/analysis?ids=powys,cardiff&basis=all', <Combined />);
    await screen.findByText('Based on all 40 cases, from 2 inspections');
    const header = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(header).toContain('Powys20 cases');
    expect(
      ((await screen.findByRole('checkbox', { name: /Powys/ })) as HTMLInputElement).checked,
    ).toBe(true);
    expect((screen.getByRole('radio', { name: 'All cases' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('refuses inspections on different framework versions given in the address, naming them', async () => {
    const user = userEvent.setup();
    renderAt('/analysis?ids=cardiff,newport', <Combined />);
    expect(
      await screen.findByText(
        /These inspections cannot be analysed together\. “Newport” uses .*@2\.0\.0, but “Cardiff” uses .*@1\.0\.0/,
      ),
    ).toBeTruthy();
    // Ticked from the address, Newport can still be unticked, and then not ticked again.
    const newport = (await screen.findByRole('checkbox', { name: /Newport/ })) as HTMLInputElement;
    expect([newport.checked, newport.disabled]).toEqual([true, false]);
    await user.click(newport);
    expect([newport.checked, newport.disabled]).toEqual([false, true]);
  });
});
