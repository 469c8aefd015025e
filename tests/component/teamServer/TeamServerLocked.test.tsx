import { screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Gate } from '../../../src/ui/protection/Gate';
import { moveSession, person, renderAt, resetSession } from '../protection/protectionSetup';
import { fakeTeamServer } from './fakeTeamServer';

vi.mock('../../../src/ui/protection/session', async () =>
  (await import('../protection/fakeSession')).fakeSessionModule(),
);
vi.mock('../../../src/ui/protection/sessionGate', async (original) =>
  (await import('../protection/fakeSession')).fakeSessionGate(await original()),
);

beforeEach(() => {
  resetSession();
  fakeTeamServer({});
});
afterEach(() => vi.unstubAllGlobals());

describe('the team server’s screens and this device’s protection', () => {
  it('show while this device is locked: they hold no case data', async () => {
    moveSession({ kind: 'locked', people: [person('Amira')] });
    renderAt('/team', <Gate>the app</Gate>);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Team server');
    await screen.findByText(/was not opened from a team server/);
    // Connecting by address keeps the session in the person's space: unlock first.
    expect(screen.getByText(/to connect this copy to a team server by its address/)).toBeTruthy();
    expect(screen.queryByLabelText('Team server address')).toBeNull();
    expect(screen.queryByText('the app')).toBeNull();
  });

  it('show before anyone has protected this device, which any other address asks for', async () => {
    moveSession({ kind: 'no-one', legacyData: false });
    const view = renderAt('/team/set-up#tok-42', <Gate>the app</Gate>);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'Create the first administrator',
    );
    view.unmount();
    renderAt('/inspections', <Gate>the app</Gate>);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'Protect the case data on this device',
    );
  });
});
