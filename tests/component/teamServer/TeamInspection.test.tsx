import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InspectionMember, ServerTeam } from '../../../src/core';
import TeamInspection from '../../../src/ui/teamServer/TeamInspection/TeamInspection';
import {
  ADMINISTRATOR,
  axeViolations,
  DANA,
  fakeTeamServer,
  HEALTHY,
  INSPECTOR,
  SAM,
  signedInAs,
} from './fakeTeamServer';

const MEMBERS = '/api/inspections/insp-1/members';
const TITLE = 'Northshire youth justice';

/** A server holding one inspection's members, changed by PUT and DELETE as the real one does. */
function serverWith(members: InspectionMember[], team: ServerTeam = []) {
  const of = (id: string) => [DANA, SAM].find((a) => a.id === id)!;
  const put = (accountId: string) => (sent: { body: unknown }) => {
    const { role, memberId } = sent.body as { role: InspectionMember['role']; memberId?: string };
    const { name, email } = of(accountId);
    const others = members.filter((m) => m.accountId !== accountId);
    members.splice(0, members.length, ...others, {
      accountId,
      name,
      email,
      role,
      memberId: memberId ?? accountId,
    });
    return { status: 200, body: [...members] };
  };
  return fakeTeamServer({
    ...HEALTHY,
    'GET /api/inspections': {
      status: 200,
      body: [{ id: 'insp-1', title: TITLE, createdAt: '2026-05-04T09:00:00.000Z' }],
    },
    'GET /api/accounts': { status: 200, body: [DANA, SAM] },
    [`GET ${MEMBERS}`]: () => ({ status: 200, body: [...members] }),
    'GET /api/inspections/insp-1/team': { status: 200, body: team },
    [`PUT ${MEMBERS}/acc-1`]: put('acc-1'),
    [`PUT ${MEMBERS}/acc-2`]: put('acc-2'),
    [`DELETE ${MEMBERS}/acc-2`]: () => {
      members.splice(
        members.findIndex((m) => m.accountId === 'acc-2'),
        1,
      );
      return { status: 204 };
    },
  });
}

function renderScreen() {
  return render(
    <LocationProvider>
      <TeamInspection inspectionId="insp-1" />
    </LocationProvider>,
  );
}

beforeEach(() => signedInAs(ADMINISTRATOR));
afterEach(() => vi.unstubAllGlobals());

describe('an inspection’s members', () => {
  it('asks who a new member is in the inspection’s own team, once the lead has put it here', async () => {
    const server = serverWith(
      [],
      [
        { id: 'lead', name: 'R. Okafor', role: 'lead' },
        { id: 'sr', name: 'S. Reyes', role: 'inspector' },
      ],
    );
    renderScreen();
    await screen.findByRole('option', { name: 'Sam Reyes (sam.reyes@example.org)' });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Account'), 'acc-2');
    await user.click(screen.getByLabelText('Inspector'));
    await user.click(screen.getByRole('button', { name: 'Add the member' }));
    expect(within(await screen.findByRole('alert')).getByRole('link').textContent).toBe(
      'Choose who they are in the inspection’s team',
    );
    expect(await axeViolations()).toEqual([]);
    await user.selectOptions(screen.getByLabelText('Who they are in the inspection’s team'), 'sr');
    await user.click(screen.getByRole('button', { name: 'Add the member' }));
    await screen.findByText('Sam Reyes is now inspector here.');
    expect(server.changes().map((s) => s.body)).toEqual([{ role: 'inspector', memberId: 'sr' }]);
  });

  it('adds a member with a role, after saying what is missing', async () => {
    const server = serverWith([]);
    renderScreen();
    await screen.findByRole('heading', { name: TITLE });
    await screen.findByRole('option', { name: 'Sam Reyes (sam.reyes@example.org)' });
    expect(await axeViolations()).toEqual([]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add the member' }));
    expect(within(await screen.findByRole('alert')).getByRole('link').textContent).toBe(
      'Choose an account',
    );
    await user.selectOptions(screen.getByLabelText('Account'), 'acc-2');
    await user.click(screen.getByRole('button', { name: 'Add the member' }));
    expect(
      within(await screen.findByRole('alert'))
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('#new-member-role');
    await user.click(screen.getByLabelText('Second reader'));
    await user.click(screen.getByRole('button', { name: 'Add the member' }));
    await screen.findByText('Sam Reyes is now second reader here.');
    expect(screen.getByRole('row', { name: /Sam Reyes/ }).textContent).toContain('Second reader');
    expect(server.changes().map((s) => [s.method, s.address, s.body, s.csrf])).toEqual([
      ['PUT', `${MEMBERS}/acc-2`, { role: 'second-reader' }, 'csrf-admin'],
    ]);
    // Sam has a role now: only Dana is left to add, and the form starts again.
    expect(screen.queryByRole('option', { name: /Sam Reyes/ })).toBeNull();
    expect((screen.getByLabelText('Account') as HTMLSelectElement).value).toBe('');
    expect((screen.getByLabelText('Second reader') as HTMLInputElement).checked).toBe(false);
  });

  it('changes a member’s role', async () => {
    const server = serverWith([
      {
        accountId: 'acc-2',
        name: 'Sam Reyes',
        email: 'sam.reyes@example.org',
        role: 'inspector',
        memberId: 'acc-2',
      },
    ]);
    renderScreen();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Change role\s*Sam Reyes$/ }));
    const form = screen.getByRole('group', { name: 'Sam Reyes’s role' });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('form', { name: 'Change Sam Reyes’s role' }),
      ),
    );
    expect((within(form).getByLabelText('Inspector') as HTMLInputElement).checked).toBe(true);
    await user.click(within(form).getByLabelText('Lead inspector'));
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save the role' }));
    await screen.findByText('Sam Reyes is now lead inspector here.');
    expect(screen.getByRole('row', { name: /Sam Reyes/ }).textContent).toContain('Lead inspector');
    // Who they are in the team stays as it was.
    expect(server.changes()[0]!.body).toEqual({ role: 'lead', memberId: 'acc-2' });
  });

  it('removes a member only once confirmed', async () => {
    const server = serverWith([
      {
        accountId: 'acc-2',
        name: 'Sam Reyes',
        email: 'sam.reyes@example.org',
        role: 'inspector',
        memberId: 'acc-2',
      },
    ]);
    renderScreen();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Remove\s*Sam Reyes$/ }));
    expect(
      screen.getByRole('heading', { name: 'Remove Sam Reyes from this inspection?' }),
    ).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe('Remove Sam Reyes from this inspection?'),
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(server.changes()).toEqual([]);
    await user.click(screen.getByRole('button', { name: /^Remove\s*Sam Reyes$/ }));
    await user.click(screen.getByRole('button', { name: 'Remove them' }));
    await screen.findByText('Sam Reyes is removed from this inspection.');
    await screen.findByText('No one has a role here yet.');
    expect(server.changes().map((s) => s.method)).toEqual(['DELETE']);
  });

  it('lets a lead change roles but not add accounts they cannot see; others are refused', async () => {
    signedInAs({
      ...INSPECTOR,
      memberships: [{ inspectionId: 'insp-1', title: TITLE, role: 'lead' }],
    });
    serverWith([
      {
        accountId: 'acc-2',
        name: 'Sam Reyes',
        email: 'sam.reyes@example.org',
        role: 'lead',
        memberId: 'acc-2',
      },
    ]);
    const view = renderScreen();
    await screen.findByRole('button', { name: /^Change role\s*Sam Reyes$/ });
    expect(screen.queryByRole('button', { name: 'Add the member' })).toBeNull();
    view.unmount();

    fakeTeamServer({
      ...HEALTHY,
      'GET /api/inspections': { status: 200, body: [] },
      [`GET ${MEMBERS}`]: { status: 404, body: { error: 'That inspection was not found.' } },
    });
    renderScreen();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'That inspection was not found.',
    );
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
  });
});
