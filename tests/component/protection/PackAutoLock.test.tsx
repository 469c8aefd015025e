import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makePack } from '../../../src/db/exchange/teamExport';
import PackExport from '../../../src/ui/team/TeamWork/PackExport';
import { inspectionFixture } from '../../fixtures/inspectionFixture';

// The screen alone: its inspection given, and the pack maker (tested with the files) watched.
vi.mock('../../../src/db/exchange/teamExport', () => ({
  makePack: vi.fn(async () => ({ status: 'missing', message: 'Not made in this test' })),
}));
vi.mock('../../../src/ui/components/InspectionFrame/InspectionFrame', async () => {
  const { inspectionFixture } = await import('../../fixtures/inspectionFixture');
  const { inspection } = inspectionFixture({ id: 'insp-pack' });
  return {
    InspectionFrame: ({
      children,
    }: {
      children: (data: { inspection: typeof inspection }) => unknown;
    }) => children({ inspection }),
  };
});
vi.mock('../../../src/db/inspections/caseListStore', () => ({ listCases: async () => [] }));
vi.mock('../../../src/db/device/identityStore', () => ({ deviceId: async () => 'device-1' }));
vi.mock('../../../src/ui/team/TeamWork/teamWorkCommon', async (original) => ({
  ...(await original<object>()),
  mergeContext: async () => ({ now: '2026-03-02T09:00:00.000Z', by: 'lead', device: 'device-1' }),
}));

const fixture = inspectionFixture({ id: 'insp-pack' });

afterEach(() => {
  vi.mocked(makePack).mockClear();
});

function renderPackExport() {
  window.history.replaceState(null, '', '/inspections/insp-pack/team-work/pack');
  return render(
    <LocationProvider>
      <PackExport inspectionId="insp-pack" />
    </LocationProvider>,
  );
}

describe('the pack sets how soon inspectors’ devices lock', () => {
  it('passes the minutes to the pack', async () => {
    const user = userEvent.setup();
    renderPackExport();
    await user.click(
      await screen.findByRole('radio', { name: new RegExp(fixture.inspection.team[1]!.name) }),
    );
    await user.type(
      screen.getByRole('textbox', { name: "Lock inspectors' devices after (minutes)" }),
      '5',
    );
    await user.click(screen.getByRole('button', { name: 'Download the pack' }));
    await waitFor(() => expect(makePack).toHaveBeenCalled());
    expect(vi.mocked(makePack).mock.calls[0]![1]).toMatchObject({ autoLockMinutes: 5 });
  });

  it('sets nothing when left empty, and refuses minutes out of range', async () => {
    const user = userEvent.setup();
    renderPackExport();
    await user.click(
      await screen.findByRole('radio', { name: new RegExp(fixture.inspection.team[1]!.name) }),
    );
    const field = screen.getByRole('textbox', { name: "Lock inspectors' devices after (minutes)" });
    await user.type(field, '0');
    await user.click(screen.getByRole('button', { name: 'Download the pack' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Enter a whole number of minutes from 1 to 60',
    );
    expect(makePack).not.toHaveBeenCalled();

    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Download the pack' }));
    await waitFor(() => expect(makePack).toHaveBeenCalled());
    expect(vi.mocked(makePack).mock.calls[0]![1]).not.toHaveProperty('autoLockMinutes');
  });
});
