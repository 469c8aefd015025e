/**
 * The warning that the browser may delete this device's work: on the case screens while the
 * browser refuses to keep the data, gone once it agrees or once hidden on this device (and it
 * stays hidden on the next visit).
 */
import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  forgetPersistenceAsks,
  requestPersistence,
  requestPersistenceOnFirstWrite,
} from '../../src/db/device/storageStatus';
import CasePage from '../../src/ui/scoring/CasePage/CasePage';
import StandardPage from '../../src/ui/scoring/StandardPage/StandardPage';
import { answer, CASE, closeCase, freshCase, INSPECTION, renderRouted } from './scoringSetup';

const HEADING = 'This browser may delete the work on this device';
const casePath = `/inspections/${INSPECTION}/cases/${CASE}`;

/** The browser's storage manager: refuses to keep the data until `grant` is set. */
function browserStorage() {
  const state = { persisted: false, grant: false };
  vi.stubGlobal('navigator', {
    ...navigator,
    storage: {
      persisted: async () => state.persisted,
      persist: async () => {
        state.persisted = state.grant;
        return state.grant;
      },
      estimate: async () => ({}),
    },
  });
  return state;
}

function showCase() {
  return renderRouted(casePath, <CasePage inspectionId={INSPECTION} caseId={CASE} />);
}

beforeEach(async () => {
  await freshCase();
  forgetPersistenceAsks();
});
afterEach(async () => {
  await closeCase();
  vi.unstubAllGlobals();
});

describe('the storage warning', { timeout: 20_000 }, () => {
  it('is not shown before the browser was asked', async () => {
    browserStorage();
    showCase();
    await screen.findByRole('heading', { level: 1, name: 'Case LAC-01-01' });
    expect(screen.queryByText(HEADING)).toBeNull();
  });

  it('appears on the case screens when the browser refuses, with the backup export', async () => {
    browserStorage();
    await answer({ age: 15 });
    await requestPersistenceOnFirstWrite('answer');
    showCase();
    const banner = (await screen.findByText(HEADING)).closest('section')!;
    expect(banner.textContent).toMatch(/If this device runs low on space, it\s+may clear it/);
    const backup = screen.getByRole('link', { name: 'Export a backup of this inspection' });
    expect(backup.getAttribute('href')).toBe(`/inspections/${INSPECTION}/export`);

    // The scoring screen says it too.
    renderRouted(`${casePath}/profile`, <StandardPage inspectionId={INSPECTION} caseId={CASE} />);
    await waitFor(() => expect(screen.getAllByText(HEADING)).toHaveLength(2));
  });

  it('goes once the browser agrees to keep the data', async () => {
    const browser = browserStorage();
    await answer({ age: 15 });
    await requestPersistenceOnFirstWrite('answer');
    showCase();
    await screen.findByText(HEADING);
    browser.grant = true;
    await requestPersistence(); // "Ask the browser to keep this data" on Settings
    await waitFor(() => expect(screen.queryByText(HEADING)).toBeNull());
  });

  it('can be hidden on this device, and stays hidden on the next visit', async () => {
    browserStorage();
    await answer({ age: 15 });
    await requestPersistenceOnFirstWrite('answer');
    const user = userEvent.setup();
    const first = showCase();
    await screen.findByText(HEADING);
    await user.click(screen.getByRole('button', { name: 'Hide this warning on this device' }));
    await waitFor(() => expect(screen.queryByText(HEADING)).toBeNull());
    first.unmount();

    // Another session: the browser still refuses at the first answer.
    forgetPersistenceAsks();
    await answer({ age: 16 });
    await requestPersistenceOnFirstWrite('answer');
    showCase();
    await screen.findByRole('heading', { level: 1, name: 'Case LAC-01-01' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByText(HEADING)).toBeNull();
  });
});
