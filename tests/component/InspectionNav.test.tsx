/**
 * The inspection's navigation on both kinds of device, through the app's own routes: every tab
 * on the lead's; on an inspector's, what an inspector does — their cases first, their second
 * readings, the findings, sending their work — and the lead's tools one step away, a lead's
 * page reached by its address saying whose it is before it opens.
 */
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider, Route, Router } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { forgetDeviceId, setScorer } from '../../src/db/device/identityStore';
import { forgetLeadToolsOpened } from '../../src/ui/components/InspectionFrame/leadToolsStep';
import { forgetDeviceRoles } from '../../src/ui/components/InspectionFrame/useDeviceRole';
import { routes } from '../../src/ui/shell/App/routes';
import { inspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEAM_FRAMEWORK } from '../fixtures/teamFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

// LAC-01-01 and LAC-01-03 are A. Patel's; LAC-02-02 and LAC-02-04 are J. Morgan's.
const fixture = inspectionFixture({ framework: TEAM_FRAMEWORK, id: 'insp-team', caseCount: 4 });
const BASE = '/inspections/insp-team';
const LEAD_TABS = [
  'Cases',
  'Case list import',
  'Sample',
  'Team and assignment',
  'Moderation',
  'Team work',
  'Findings',
  'Recommendations',
  'Report',
  'Committee paper',
  'Exports',
  'Settings',
];

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`inspection-nav-${n++}`, TEST_DATA_KEY));
  forgetDeviceId();
  await storeInspectionFixture(database(), fixture);
});
afterEach(() => {
  useDatabase(null);
  forgetDeviceRoles();
  forgetLeadToolsOpened();
});

/** What opening A. Patel's pack leaves on their laptop: the pack recorded, and who scores. */
async function asApsLaptop(): Promise<void> {
  await database().imports.put({
    id: 'pack-checksum',
    inspectionId: 'insp-team',
    fileName: 'team-test-thematic-pack-ap-2026-03-02-1700.json',
    importedAt: '2026-03-02T17:05:00.000Z',
    summary: {
      kind: 'pack',
      exportedAt: '2026-03-02T17:00:00.000Z',
      from: 'R. Okafor',
      device: 'lead-laptop',
      counts: {},
    },
  });
  await setScorer('insp-team', 'ap');
}

function openAt(path: string) {
  const user = userEvent.setup();
  window.history.replaceState(null, '', path);
  render(
    <LocationProvider>
      <Router>
        {routes.map((route) => (
          <Route key={route.path} path={route.path} component={route.component} />
        ))}
      </Router>
    </LocationProvider>,
  );
  return user;
}

async function heading(text: string): Promise<void> {
  await screen.findByRole('heading', { level: 1, name: text }, { timeout: 5_000 });
}

function tabs(): string[] {
  const nav = screen.getByRole('navigation', { name: 'Inspection' });
  return within(nav)
    .getAllByRole('link')
    .map((a) => a.textContent ?? '');
}

function current(): string | null {
  const nav = screen.getByRole('navigation', { name: 'Inspection' });
  return nav.querySelector('[aria-current="page"]')?.textContent ?? null;
}

function shownRefs(): string[] {
  return within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');
}

describe('on the lead’s device', () => {
  it('shows every tab, and the case list of everyone', async () => {
    openAt(BASE);
    await heading(fixture.inspection.title);
    expect(tabs()).toEqual(LEAD_TABS);
    expect(current()).toBe('Cases');
    await waitFor(() => expect(shownRefs()).toHaveLength(4));
    expect(window.location.search).toBe('');
  });

  it('opens a lead’s page straight away', async () => {
    openAt(`${BASE}/team`);
    await heading('Team and assignment');
    expect(current()).toBe('Team and assignment');
    expect(screen.queryByRole('button', { name: 'Continue to the lead’s tools' })).toBeNull();
  });
});

describe('on an inspector’s device', () => {
  beforeEach(asApsLaptop);

  it('shows what an inspector does, and the lead’s tools behind one link', async () => {
    openAt(`${BASE}/findings`);
    await heading('Findings');
    expect(tabs()).toEqual([
      'Your cases',
      'Your second readings',
      'Findings',
      'Send my work to the lead',
      'Lead’s tools',
    ]);
    expect(current()).toBe('Findings');
    const nav = screen.getByRole('navigation', { name: 'Inspection' });
    const href = (name: string) => within(nav).getByRole('link', { name }).getAttribute('href');
    expect(href('Your cases')).toBe(`${BASE}?inspector=ap`);
    expect(href('Your second readings')).toBe(`${BASE}/moderation`);
    expect(href('Send my work to the lead')).toBe(`${BASE}/team-work/my-work`);
    expect(href('Lead’s tools')).toBe(`${BASE}/lead-tools`);
  });

  it('lands on their own cases, with everyone’s one “Clear filters” away', async () => {
    const user = openAt(BASE);
    await heading(fixture.inspection.title);
    await waitFor(() => expect(window.location.search).toBe('?inspector=ap'));
    await waitFor(() => expect(shownRefs()).toEqual(['LAC-01-01', 'LAC-01-03']));
    expect(current()).toBe('Your cases');
    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    await waitFor(() => expect(shownRefs()).toHaveLength(4));
    expect(window.location.search).toBe('');
  });

  it('lists the lead’s tools on their page, each opening straight away from there', async () => {
    const user = openAt(`${BASE}/lead-tools`);
    await heading('Lead’s tools');
    expect(current()).toBe('Lead’s tools');
    expect(screen.getByText(/These tools are for the lead inspector/)).toBeTruthy();
    const list = screen.getByRole('list', { name: 'The lead’s tools' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Case list import',
      'Sample',
      'Team and assignment',
      'Moderation set-up',
      'Export a pack',
      'Merge work files',
      'Rating overrides',
      'Recommendations',
      'Report',
      'Committee paper',
      'Exports',
      'Settings',
    ]);
    await user.click(within(list).getByRole('link', { name: 'Team and assignment' }));
    await heading('Team and assignment');
    expect(current()).toBe('Lead’s tools');
  });

  it('says whose tool a lead’s page is before opening it by its address', async () => {
    const user = openAt(`${BASE}/team`);
    await heading('Lead’s tools');
    expect(screen.getByText(/is one of the lead’s tools/).textContent).toContain(
      'Team and assignment is one of the lead’s tools',
    );
    expect(screen.getByText(/This device has the inspection/).textContent).toContain(
      'from a pack sent by the lead, and A. Patel is scoring on it.',
    );
    expect(current()).toBe('Lead’s tools');
    await user.click(screen.getByRole('button', { name: 'Continue to the lead’s tools' }));
    await heading('Team and assignment');
    expect(window.location.pathname).toBe(`${BASE}/team`);
  });

  it('keeps moderation set-up among the lead’s tools, and their second readings theirs', async () => {
    openAt(`${BASE}/moderation/choose`);
    await heading('Lead’s tools');
    expect(current()).toBe('Lead’s tools');
    expect(screen.getByText(/is one of the lead’s tools/).textContent).toContain(
      'Moderation set-up',
    );
  });

  it('marks their second readings on the moderation page', async () => {
    openAt(`${BASE}/moderation`);
    await heading('Moderation');
    expect(current()).toBe('Your second readings');
  });
});
