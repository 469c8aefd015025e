/**
 * Opening a Case Audit file in Welsh: the screen, the check with no file chosen, an inspector's
 * work found, and a file that cannot be opened, all in Welsh with no English label left.
 */
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildWorkFile, teamFileText } from '../../src/core';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { forgetDeviceId, setScorer } from '../../src/db/device/identityStore';
import { applyLanguage } from '../../src/ui/i18n/translate';
import OpenFile from '../../src/ui/team/OpenFile/OpenFile';
import { inspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { nodeSha256 } from '../fixtures/reportFixture';
import { TEAM_FRAMEWORK } from '../fixtures/teamFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

const fixture = inspectionFixture({ framework: TEAM_FRAMEWORK, id: 'insp-team', caseCount: 2 });
const AT = '2026-03-02T11:00:00.000Z';

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`open-file-cy-${n++}`, TEST_DATA_KEY));
  forgetDeviceId();
  await storeInspectionFixture(database(), fixture);
  await setScorer('insp-team', 'lead');
  await applyLanguage('cy');
});
afterEach(async () => {
  useDatabase(null);
  await applyLanguage('en');
});

async function workFile(): Promise<File> {
  const answer = { value: 'yes', note: '', rev: 1, at: AT, by: 'ap', device: 'ap-laptop' };
  const file = await buildWorkFile(
    {
      inspection: {
        id: 'insp-team',
        title: fixture.inspection.title,
        framework: fixture.inspection.framework,
      },
      from: { inspectorId: 'ap', name: 'A. Patel', device: 'ap-laptop' },
      cases: [
        {
          ...fixture.cases[0]!,
          answers: { q1: answer },
          history: [{ itemId: 'q1', ...answer, via: 'edit', before: null }],
        },
      ],
      moderation: [],
    },
    { exportedAt: '2026-03-02T17:10:00.000Z', appVersion: '0.1.0' },
    nodeSha256,
  );
  return new File([teamFileText(file)], 'lac-work-ap.json', { type: 'application/json' });
}

function renderOpenFile() {
  window.history.replaceState(null, '', '/open');
  return render(
    <LocationProvider>
      <OpenFile />
    </LocationProvider>,
  );
}

describe('Open a Case Audit file, in Welsh', () => {
  it('says what can be opened and asks for a file in Welsh', async () => {
    const user = userEvent.setup();
    renderOpenFile();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Agor ffeil Archwilio Achosion',
    );
    expect(document.title).toContain('Agor ffeil Archwilio Achosion');
    expect(screen.getByRole('link', { name: 'Yn ôl i’r arolygiadau' })).toBeDefined();
    expect(screen.getByLabelText('Ffeil Archwilio Achosion (.json)')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Gwirio’r ffeil' }));
    expect((await screen.findAllByText('Dewiswch y ffeil i’w hagor')).length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toContain('Open a Case Audit file');
    expect(document.body.textContent).not.toContain('Check the file');
  });

  it('says whose work a file is, and offers to merge it, in Welsh', async () => {
    const user = userEvent.setup();
    renderOpenFile();
    await user.upload(screen.getByLabelText('Ffeil Archwilio Achosion (.json)'), await workFile());
    await user.click(screen.getByRole('button', { name: 'Gwirio’r ffeil' }));
    expect(await screen.findByRole('heading', { name: 'Gwaith gan A. Patel' })).toBeDefined();
    expect(screen.getByText('1 achos')).toBeDefined();
    expect(
      screen.getByRole('button', { name: `Ei chyfuno â “${fixture.inspection.title}”` }),
    ).toBeDefined();
    expect(document.body.textContent).toContain('2 Mawrth 2026 am ');
    expect(document.body.textContent).not.toContain('Work by');
  });

  it('says in Welsh that a file cannot be opened', async () => {
    const user = userEvent.setup();
    renderOpenFile();
    const broken = new File(['not a Case Audit file'], 'notes.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Ffeil Archwilio Achosion (.json)'), broken);
    await user.click(screen.getByRole('button', { name: 'Gwirio’r ffeil' }));
    expect(await screen.findByRole('heading', { name: 'Ni ellir agor y ffeil hon' })).toBeDefined();
    expect(document.body.textContent).toContain('Ni ellir darllen notes.json:');
    expect(document.body.textContent).not.toContain('cannot be read');
  });
});
