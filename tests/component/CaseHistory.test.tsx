/** A case's history names each device by the name it was given, else by its short id. */
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../src/db/connection';
import { learnDeviceNames } from '../../src/db/device/identityStore';
import { downloadFile } from '../../src/ui/components/downloadFile';
import CaseHistory from '../../src/ui/scoring/CaseHistory/CaseHistory';
import {
  answer,
  CASE,
  closeCase,
  fixture,
  freshCase,
  INSPECTION,
  renderRouted,
} from './scoringSetup';

vi.mock('../../src/ui/components/downloadFile', () => ({ downloadFile: vi.fn() }));

function show() {
  renderRouted(
    `/inspections/${INSPECTION}/cases/${CASE}/history`,
    <CaseHistory inspectionId={INSPECTION} caseId={CASE} />,
  );
}

async function deviceCells(): Promise<string[]> {
  const table = await screen.findByRole('table');
  const header = within(table).getAllByRole('columnheader');
  const column = header.findIndex((h) => h.textContent === 'Device');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[column]!.textContent ?? '');
}

describe('the history of a case', { timeout: 20_000 }, () => {
  beforeEach(() => freshCase());
  afterEach(closeCase);

  it('shows the name of the device that made a change', async () => {
    await answer({ age: 15 }); // made on "other-device", as merged from another laptop
    await learnDeviceNames([{ 'other-device': 'Amira’s laptop' }]);
    show();
    await waitFor(async () => expect(await deviceCells()).toEqual(['Amira’s laptop']));
  });

  it('says an answer was moved to a new framework version, and names the move itself', async () => {
    const moved = {
      caseId: CASE,
      inspectionId: INSPECTION,
      rev: 0,
      note: '',
      at: '2026-03-05T10:00:00.000Z',
      by: 'lead',
      device: 'other-device',
      via: 'migration' as const,
      source: 'scoring-test@1.1.0',
    };
    await database().answerHistory.bulkAdd([
      { ...moved, itemId: 'age', value: 15, rev: 1, before: null },
      {
        ...moved,
        itemId: '#framework',
        value: 'scoring-test@1.1.0',
        before: { value: 'scoring-test@1.0.0', note: '' },
      },
      { ...moved, itemId: 'old-question', value: 'yes', via: 'edit' as const, before: null },
    ]);
    show();
    const table = await screen.findByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent ?? '');
    expect(rows[0]).toContain('old-question (no longer asked)');
    expect(rows[1]).toContain('Framework version');
    expect(rows[1]).toContain('scoring-test@1.0.0 → scoring-test@1.1.0');
    expect(rows[1]).toContain('Moved to version 1.1.0');
    expect(rows[2]).toContain('Moved to version 1.1.0');
  });

  it('falls back to the short id when no name is known', async () => {
    await answer({ age: 15 });
    show();
    await screen.findByRole('table');
    expect(await deviceCells()).toEqual(['Device other-de']);
  });

  it('names the downloaded history without the case reference', async () => {
    await answer({ age: 15 });
    show();
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Download this history (CSV)' }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalled());
    const [name, file] = vi.mocked(downloadFile).mock.calls.at(-1)!;
    // The browser lists downloads' names in plain text; the reference is only inside the file.
    const ref = fixture.cases[0]!.ref;
    expect(name.toLowerCase()).not.toContain(ref.toLowerCase());
    expect(name).toMatch(/-audit-trail-case(-[0-9a-f]{8})?-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await file.text()).toContain(ref);
  });
});
