/**
 * The "On this device" cell of the team page's memberships table: unlock first while locked (the
 * copy goes into the person's protected space); "Open" when the inspection is here; "Copy to this
 * device" when it is not, saying why when the copy fails. The copy itself needs the team worker,
 * so it is stubbed; what it stores is real.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database, useDatabase } from '../../../src/db/connection';
import { CaseAuditDatabase } from '../../../src/db/database';
import { setSessionState } from '../../../src/session/sessionState';
import { copyFromServer } from '../../../src/sync/serverSync';
import { releaseGate } from '../../../src/ui/protection/useSession';
import { OnThisDevice } from '../../../src/ui/teamServer/TeamServer/OnThisDevice';
import { inspectionFixture, storeInspectionFixture } from '../../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../../fixtures/testDataKey';
import { person } from '../protection/protectionSetup';
import { axeViolations } from './fakeTeamServer';

vi.mock('../../../src/sync/serverSync', () => ({ copyFromServer: vi.fn() }));

const TITLE = 'Northshire youth justice';
const fixture = inspectionFixture({ id: 'insp-1' });
// The hidden words' leading space is dropped by the test library's name computation, not by browsers.
const OPEN = /^Open\s*Northshire youth justice on this device$/;

function renderCell() {
  return render(
    <table>
      <caption>Your inspections on the team server</caption>
      <tbody>
        <tr>
          <th scope="row">{TITLE}</th>
          <td>
            <OnThisDevice inspectionId="insp-1" title={TITLE} />
          </td>
        </tr>
      </tbody>
    </table>,
  );
}

let n = 0;
beforeEach(() => {
  releaseGate();
  useDatabase(new CaseAuditDatabase(`on-this-device-${n++}`, TEST_DATA_KEY));
  setSessionState({ kind: 'unlocked', person: person('Sam') });
  vi.mocked(copyFromServer).mockReset();
});
afterEach(() => {
  useDatabase(null);
  setSessionState({ kind: 'checking' });
});

describe('whether an inspection on the team server is on this device', () => {
  it('asks for this device to be unlocked first while it is locked', async () => {
    useDatabase(null);
    setSessionState({ kind: 'locked', people: [person('Sam')] });
    renderCell();
    const link = screen.getByRole('link', { name: 'Unlock this device' });
    expect(link.getAttribute('href')).toBe('/team/on-this-device');
    expect(link.parentElement?.textContent).toBe('Unlock this device to copy it here');
    expect(screen.queryByRole('button')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('links to the inspection when it is on this device', async () => {
    await storeInspectionFixture(database(), fixture);
    renderCell();
    const open = await screen.findByRole('link', { name: OPEN });
    expect(open.getAttribute('href')).toBe('/inspections/insp-1');
    expect(screen.queryByRole('button')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('copies it to this device when it is not here, then links to it', async () => {
    let finish: () => void = () => undefined;
    vi.mocked(copyFromServer).mockImplementation(async () => {
      await new Promise<void>((resolve) => {
        finish = resolve;
      });
      await storeInspectionFixture(database(), fixture);
      return { status: 'synced', sent: 0, received: 6 };
    });
    renderCell();
    const copy = await screen.findByRole('button', { name: `Copy to this device: ${TITLE}` });
    expect(await axeViolations()).toEqual([]);

    await userEvent.setup().click(copy);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copying…'));
    expect(copy).toHaveProperty('disabled', true);
    expect(vi.mocked(copyFromServer).mock.calls).toEqual([[{ id: 'insp-1', team: [] }]]);
    finish();
    const open = await screen.findByRole('link', { name: OPEN });
    expect(open.getAttribute('href')).toBe('/inspections/insp-1');
  });

  it('says why the copy failed, and lets the person try again', async () => {
    vi.mocked(copyFromServer).mockResolvedValueOnce({
      status: 'failed',
      message: 'You have no role in this inspection on the team server.',
    });
    renderCell();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: `Copy to this device: ${TITLE}` }));
    await screen.findByText('You have no role in this inspection on the team server.');
    const again = screen.getByRole('button', { name: `Copy to this device: ${TITLE}` });
    expect(again).toHaveProperty('disabled', false);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(await axeViolations()).toEqual([]);

    // A copy that throws (storage full, the worker gone) is said too, not left spinning.
    vi.mocked(copyFromServer).mockRejectedValueOnce(new Error('The disk is full.'));
    await user.click(again);
    await screen.findByText('Error: The disk is full.');
    expect(screen.queryByText(/no role in this inspection/)).toBeNull();
    expect(again).toHaveProperty('disabled', false);
  });
});
