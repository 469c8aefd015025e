import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraft, listDrafts } from '../../src/db/frameworks/frameworkDrafts';
import Frameworks from '../../src/ui/frameworks/Frameworks/Frameworks';
import { applyLanguage } from '../../src/ui/i18n/translate';
import { closeVersions, freshVersions, renderAt, V2 } from './frameworkVersionsSetup';

beforeEach(async () => {
  await freshVersions();
  await applyLanguage('cy');
});
afterEach(async () => {
  await closeVersions();
  await applyLanguage('en');
});

const SLOW = { timeout: 5_000 };

describe('the framework library in Welsh', () => {
  it('lists the drafts in Welsh, with the date in Welsh, and deletes one after a Welsh confirmation', async () => {
    await createDraft(
      { kind: 'next-version', from: V2 },
      { now: () => new Date('2026-05-01T10:30:00Z') },
    );
    const user = userEvent.setup();
    renderAt('/frameworks', <Frameworks />);
    expect((await screen.findByRole('heading', { level: 1 }, SLOW)).textContent).toBe(
      'Fframweithiau',
    );
    expect(screen.getByRole('button', { name: 'Fframwaith newydd' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Drafftiau' }, SLOW);
    const cells = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell');
    expect(cells[3]!.textContent).toBe('1 Mai 2026, 10:30');
    await user.click(
      within(table).getByRole('button', { name: /^Dileu\s*y drafft “Versions test framework”/ }),
    );
    await user.click(within(table).getByRole('button', { name: 'Ie, dileu’r drafft' }));
    await screen.findByText('Dilëwyd y drafft “Versions test framework”');
    expect(await listDrafts()).toHaveLength(0);
    for (const english of ['Frameworks', 'New framework', 'Drafts']) {
      expect(screen.queryByText(english)).toBeNull();
    }
  });
});
