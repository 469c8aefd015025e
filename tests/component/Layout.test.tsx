import { act, render, screen, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionState } from '../../src/session/sessionState';
import { holdGate, releaseGate } from '../../src/ui/protection/useSession';
import { Layout } from '../../src/ui/shell/Layout/Layout';
import { moveSession, person, resetSession } from './protection/protectionSetup';

function renderAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(
    <LocationProvider>
      <Layout>
        <h1>Page</h1>
      </Layout>
    </LocationProvider>,
  );
}

const UNLOCKED: SessionState = { kind: 'unlocked', person: person('Amira') };

beforeEach(() => {
  resetSession();
  moveSession(UNLOCKED);
});
afterEach(resetSession);

describe('Layout', () => {
  it('names the service and offers a skip link to the main content', () => {
    renderAt('/');
    expect(screen.getByRole('link', { name: 'Case Audit' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).toBe(
      '#main-content',
    );
    expect(screen.getByRole('main').id).toBe('main-content');
  });

  it('marks the current area in the navigation', () => {
    renderAt('/frameworks/x@1.0.0');
    const nav = screen.getByRole('navigation', { name: 'Menu' });
    const current = nav.querySelector('[aria-current]');
    expect(current?.textContent).toBe('Frameworks');
    expect(nav.querySelectorAll('[aria-current]')).toHaveLength(1);
  });
});

describe('the header while nobody is unlocked', () => {
  // Every address shows the gate until someone unlocks: the menu's links would lead back to it.
  const gateStates: [string, SessionState][] = [
    ['while the session starts', { kind: 'checking' }],
    ['on the set-up screen', { kind: 'no-one', legacyData: false }],
    ['on the unlock and recovery screens', { kind: 'locked', people: [person('Amira')] }],
  ];

  it.each(gateStates)('shows the service name only, no menu, %s', (_, state) => {
    moveSession(state);
    renderAt('/settings');
    expect(screen.getByRole('link', { name: 'Case Audit' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Menu' })).toBeNull();
    for (const label of [
      'Inspections',
      'Frameworks',
      'Settings and about',
      'Storage and privacy',
    ]) {
      expect(screen.queryByRole('link', { name: label })).toBeNull();
    }
    expect(screen.queryByRole('button', { name: 'Lock' })).toBeNull();
  });

  it('keeps the menu away while the recovery code is shown, then shows it with Lock', async () => {
    moveSession({ kind: 'no-one', legacyData: false });
    renderAt('/inspections');
    // Set-up holds the gate while the new person reads their recovery code.
    holdGate();
    await act(() => moveSession(UNLOCKED));
    expect(screen.queryByRole('navigation', { name: 'Menu' })).toBeNull();

    // Written down: the screen asked for, and the menu with it.
    await act(() => releaseGate());
    const nav = await screen.findByRole('navigation', { name: 'Menu' });
    for (const label of ['Inspections', 'Frameworks', 'Settings and about']) {
      expect(within(nav).getByRole('link', { name: label })).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: 'Lock' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Storage and privacy' })).toBeTruthy();
  });
});
