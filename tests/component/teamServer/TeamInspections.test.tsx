import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import TeamInspections from '../../../src/ui/teamServer/TeamInspections/TeamInspections';
import {
  ADMINISTRATOR,
  axeViolations,
  fakeTeamServer,
  HEALTHY,
  INSPECTOR,
  signedInAs,
} from './fakeTeamServer';

const NORTHSHIRE = {
  id: 'insp-1',
  title: 'Northshire youth justice',
  createdAt: '2026-05-04T09:00:00.000Z',
};

function renderScreen() {
  return render(
    <LocationProvider>
      <TeamInspections />
    </LocationProvider>,
  );
}

beforeEach(() => signedInAs(ADMINISTRATOR));
afterEach(() => vi.unstubAllGlobals());

describe('inspections on the team server', () => {
  it('lists every inspection for an administrator, and creates one', async () => {
    const inspections = [NORTHSHIRE];
    const server = fakeTeamServer({
      ...HEALTHY,
      'GET /api/inspections': () => ({ status: 200, body: [...inspections] }),
      'POST /api/inspections': (sent) => {
        const made = {
          id: 'insp-2',
          title: (sent.body as { title: string }).title,
          createdAt: '2026-05-05T10:00:00.000Z',
        };
        inspections.unshift(made);
        return { status: 201, body: made };
      },
    });
    renderScreen();
    const link = await screen.findByRole('link', { name: 'Northshire youth justice' });
    expect(link.getAttribute('href')).toBe('/team/inspections/insp-1');
    expect(screen.getByRole('row', { name: /Northshire/ }).textContent).toContain('4 May 2026');
    expect(await axeViolations()).toEqual([]);

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Title'), 'Southvale children’s services');
    await user.click(screen.getByRole('button', { name: 'Create the inspection' }));
    await screen.findByRole('link', { name: 'Southvale children’s services' });
    expect(screen.getByRole('status').textContent).toContain(
      '“Southvale children’s services” is created.',
    );
    expect(server.changes().map((s) => [s.body, s.csrf])).toEqual([
      [{ title: 'Southvale children’s services' }, 'csrf-admin'],
    ]);
  });

  it('names the title when it is missing', async () => {
    fakeTeamServer({
      ...HEALTHY,
      'GET /api/inspections': { status: 200, body: [] },
      'POST /api/inspections': {
        status: 400,
        body: {
          error: 'title: Enter a title',
          problems: [{ path: 'title', message: 'Enter a title' }],
        },
      },
    });
    renderScreen();
    await screen.findByText('There are no inspections on the team server yet.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Create the inspection' }));
    const link = within(await screen.findByRole('alert')).getByRole('link');
    expect([link.getAttribute('href'), link.textContent]).toEqual([
      '#inspection-title',
      'Enter a title',
    ]);
  });

  it('shows a lead the inspections they lead, and creates none', async () => {
    signedInAs({
      ...INSPECTOR,
      memberships: [
        { inspectionId: 'insp-1', title: 'Northshire youth justice', role: 'lead' },
        { inspectionId: 'insp-3', title: 'Eastmoor', role: 'inspector' },
      ],
    });
    fakeTeamServer({
      ...HEALTHY,
      'GET /api/inspections': {
        status: 200,
        body: [
          { id: 'insp-1', title: 'Northshire youth justice', role: 'lead' },
          { id: 'insp-3', title: 'Eastmoor', role: 'inspector' },
        ],
      },
    });
    renderScreen();
    const row = await screen.findByRole('row', { name: /Northshire/ });
    expect(row.textContent).toBe('Northshire youth justiceLead inspector');
    expect(screen.queryByText('Eastmoor')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Create the inspection' })).toBeNull();
  });
});
