/**
 * The merge screen as a lead uses it: choose work files, see what each would change and the
 * conflict side by side before anything is saved, decide, merge; and the open-conflicts list.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import type { ComponentChildren } from 'preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildWorkFile, teamFileText } from '../../src/core';
import { allAnswers, getAnswer } from '../../src/db/cases/answerStore';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { forgetDeviceId, setScorer } from '../../src/db/device/identityStore';
import { importedFrameworkRecord } from '../../src/db/frameworks/frameworkStore';
import MergeWork from '../../src/ui/team/MergeWork/MergeWork';
import Conflicts from '../../src/ui/team/TeamWork/Conflicts';
import { inspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { nodeSha256 } from '../fixtures/reportFixture';
import { TEAM_FRAMEWORK } from '../fixtures/teamFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

const fixture = inspectionFixture({ framework: TEAM_FRAMEWORK, id: 'insp-team', caseCount: 4 });
const AT = '2026-03-02T09:05:00.000Z';
const mine = {
  value: 'no',
  note: 'Not in the file',
  rev: 1,
  at: AT,
  by: 'lead',
  device: 'lead-laptop',
};
const theirs = {
  value: 'yes',
  note: 'Allocation memo, p. 3',
  rev: 1,
  at: '2026-03-02T11:00:00.000Z',
  by: 'ap',
  device: 'ap-laptop',
};

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`merge-ui-${n++}`, TEST_DATA_KEY));
  forgetDeviceId();
  await storeInspectionFixture(database(), {
    ...fixture,
    answers: [{ ...mine, caseId: 'insp-team-case-1', inspectionId: 'insp-team', itemId: 'q1' }],
  });
  await setScorer('insp-team', 'lead');
});
afterEach(() => useDatabase(null));

async function workFile(
  name = 'lac-work-ap.json',
  devices?: Record<string, string>,
): Promise<File> {
  const q2 = { ...theirs, value: 'no', note: '' };
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
          answers: { q1: theirs },
          history: [{ itemId: 'q1', ...theirs, via: 'edit', before: null }],
        },
        {
          ...fixture.cases[2]!,
          answers: { q2 },
          history: [{ itemId: 'q2', ...q2, via: 'edit', before: null }],
        },
      ],
      moderation: [],
      ...(devices ? { devices } : {}),
    },
    { exportedAt: '2026-03-02T17:10:00.000Z', appVersion: '0.1.0' },
    nodeSha256,
  );
  return new File([teamFileText(file)], name, { type: 'application/json' });
}

function renderAt(path: string, ui: ComponentChildren) {
  window.history.replaceState(null, '', path);
  return render(<LocationProvider>{ui}</LocationProvider>);
}

async function choose(user: ReturnType<typeof userEvent.setup>, files: File[]) {
  renderAt('/inspections/insp-team/team-work/merge', <MergeWork inspectionId="insp-team" />);
  const input = await screen.findByLabelText('Work files (.json)');
  await user.upload(input, files);
  await user.click(screen.getByRole('button', { name: 'Check the files' }));
}

describe('merging work files', () => {
  it('previews each file and shows the conflict side by side before anything is saved', async () => {
    const user = userEvent.setup();
    await choose(user, [await workFile()]);
    const table = await screen.findByRole('table', { name: 'What each file would change' });
    await waitFor(() =>
      expect(within(table).getAllByRole('row')[1]!.textContent).toMatch(/A\. Patel.*0.*2.*0.*1$/),
    );
    expect(within(table).getByText('Ready')).toBeDefined();

    const compare = await screen.findByRole('table', { name: 'The two versions of this answer' });
    const row = (label: string) =>
      within(compare)
        .getAllByRole('row')
        .find((r) => r.textContent?.startsWith(label))!.textContent;
    expect(row('Answer')).toBe('AnswerNoYes');
    expect(row('Evidence note')).toBe('Evidence noteNot in the fileAllocation memo, p. 3');
    expect(row('By')).toBe('ByR. OkaforA. Patel');
    expect(row('Device')).toBe('DeviceDevice lead-lapDevice ap-lapto');
    // Nothing saved yet.
    expect((await allAnswers(database())).length).toBe(1);
    expect(await database().imports.count()).toBe(0);
  });

  it('says which framework version a file was made for, and reads one made before a move through it', async () => {
    const user = userEvent.setup();
    const next = { ...TEAM_FRAMEWORK, version: '1.1.0' };
    await database().frameworks.add(importedFrameworkRecord(next, AT));
    await database().inspections.update('insp-team', {
      framework: { id: 'team-test', version: '1.1.0' },
      frameworkMoves: [
        {
          from: 'team-test@1.0.0',
          to: 'team-test@1.1.0',
          mapping: { items: {}, codes: {} },
          movedAt: AT,
          by: 'lead',
        },
      ],
    });
    await choose(user, [await workFile()]);
    const table = await screen.findByRole('table', { name: 'What each file would change' });
    await waitFor(() =>
      expect(within(table).getAllByRole('row')[1]!.textContent).toContain(
        'for team-test@1.0.0: read into team-test@1.1.0 through the inspection’s move',
      ),
    );
  });

  it('asks for a choice on every conflict, then merges with it (keep theirs)', async () => {
    const user = userEvent.setup();
    await choose(user, [await workFile()]);
    await screen.findByRole('table', { name: 'The two versions of this answer' });
    await user.click(await screen.findByRole('button', { name: 'Merge 1 file' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Choose what to keep for case LAC-01-01');
    expect(await database().imports.count()).toBe(0);

    await user.click(screen.getByLabelText('Keep theirs (the answer in the file)'));
    await user.click(screen.getByRole('button', { name: 'Merge 1 file' }));
    const banner = await screen.findByText('1 file merged');
    expect(banner).toBeDefined();
    expect(screen.getByText(/2 cases updated, 1 conflict decided/)).toBeDefined();
    expect(await getAnswer(database(), 'insp-team-case-1', 'q1')).toMatchObject({
      value: 'yes',
      note: 'Allocation memo, p. 3',
      by: 'lead',
    });
    expect(await database().imports.count()).toBe(1);
  });

  it('keep both for later leaves the answer, and the conflict can be resolved from the list', async () => {
    const user = userEvent.setup();
    await choose(user, [await workFile()]);
    await screen.findByRole('table', { name: 'The two versions of this answer' });
    await user.click(screen.getByLabelText('Keep both for later'));
    await user.click(screen.getByRole('button', { name: 'Merge 1 file' }));
    await screen.findByText('1 file merged');
    expect(
      screen.getByRole('link', { name: 'Resolve the 1 conflict kept for later' }),
    ).toBeDefined();
    expect(await getAnswer(database(), 'insp-team-case-1', 'q1')).toMatchObject({ value: 'no' });

    document.body.innerHTML = '';
    renderAt('/inspections/insp-team/team-work/conflicts', <Conflicts inspectionId="insp-team" />);
    const conflict = await screen.findByRole('region', { name: 'Case LAC-01-01: Question q1?' });
    await user.click(
      within(conflict).getByRole('button', { name: 'Keep theirs for case LAC-01-01' }),
    );
    await screen.findByText(/Case LAC-01-01: kept the answer from lac-work-ap\.json/);
    expect(await getAnswer(database(), 'insp-team-case-1', 'q1')).toMatchObject({
      value: 'yes',
    });
    await screen.findByText(/No conflicts are open/);
  });

  it('the same file again: already merged, nothing to merge', async () => {
    const user = userEvent.setup();
    await choose(user, [await workFile()]);
    await screen.findByRole('table', { name: 'The two versions of this answer' });
    await user.click(screen.getByLabelText('Keep mine (the answer on this device)'));
    await user.click(screen.getByRole('button', { name: 'Merge 1 file' }));
    await screen.findByText('1 file merged');
    await user.click(screen.getByRole('button', { name: 'Merge more files' }));
    const input = await screen.findByLabelText('Work files (.json)');
    await user.upload(input, [await workFile('renamed.json')]);
    await user.click(screen.getByRole('button', { name: 'Check the files' }));
    await screen.findByText('Already merged');
    expect(screen.getByRole('button', { name: 'Nothing to merge' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('says what is wrong with a file that cannot be read, and still merges the others', async () => {
    const user = userEvent.setup();
    const broken = new File(
      ['{"format":"case-audit/inspection","formatVersion":1,"kind":"wo'],
      'broken.json',
    );
    await choose(user, [broken, await workFile()]);
    await screen.findByText('Cannot be read');
    expect(
      screen.getByText(/broken\.json/, { selector: 'strong' }).parentElement?.textContent,
    ).toContain('cannot be read');
    await user.click(await screen.findByLabelText('Keep mine (the answer on this device)'));
    fireEvent.click(screen.getByRole('button', { name: 'Merge 1 file' }));
    await screen.findByText('1 file merged');
  });

  it('shows a device by the name its file carries, on the merge and on the open conflicts', async () => {
    const user = userEvent.setup();
    await choose(user, [await workFile('lac-work-ap.json', { 'ap-laptop': 'Amira’s laptop' })]);
    const compare = await screen.findByRole('table', { name: 'The two versions of this answer' });
    const deviceRow = (table: HTMLElement) =>
      within(table)
        .getAllByRole('row')
        .find((r) => r.textContent?.startsWith('Device'))!.textContent;
    // A device whose name is not known keeps its short id.
    expect(deviceRow(compare)).toBe('DeviceDevice lead-lapAmira’s laptop');

    await user.click(screen.getByLabelText('Keep both for later'));
    await user.click(screen.getByRole('button', { name: 'Merge 1 file' }));
    await screen.findByText('1 file merged');
    document.body.innerHTML = '';
    renderAt('/inspections/insp-team/team-work/conflicts', <Conflicts inspectionId="insp-team" />);
    const conflict = await screen.findByRole('region', { name: 'Case LAC-01-01: Question q1?' });
    await waitFor(() =>
      expect(deviceRow(within(conflict).getByRole('table'))).toBe(
        'DeviceDevice lead-lapAmira’s laptop',
      ),
    );
  });
});
