import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectionAnswers } from '../../src/db/cases/answerStore';
import { database } from '../../src/db/connection';
import { leadToolOfRoute } from '../../src/ui/components/InspectionFrame/leadTools';
import FrameworkMove from '../../src/ui/setup/FrameworkMove/FrameworkMove';
import { routes } from '../../src/ui/shell/App/routes';
import {
  closeVersions,
  freshVersions,
  INSPECTION,
  renderAt,
  V1,
  V2,
} from './frameworkVersionsSetup';

beforeEach(() => freshVersions());
afterEach(closeVersions);

async function openMove() {
  const user = userEvent.setup();
  renderAt(`/inspections/${INSPECTION}/framework`, <FrameworkMove inspectionId={INSPECTION} />);
  await screen.findByRole('heading', { level: 1, name: 'Move to another version' });
  return user;
}

async function storedAnswers() {
  const answers = await inspectionAnswers(database(), INSPECTION);
  return answers.map((a) => `${a.caseId}:${a.itemId}=${String(a.value)}`).sort();
}

describe('moving an inspection to another version', () => {
  it('offers the newer version, pre-fills the mapping, previews every answer and changes nothing until confirmed', async () => {
    const user = await openMove();
    const before = await storedAnswers();
    await user.click(
      await screen.findByRole('radio', { name: /version 2\.0\.0/ }, { timeout: 5_000 }),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    // The suggested mapping: q2 became q2-need (same place), code "high" became "raised".
    const item = (await screen.findByLabelText(/Level of need \(q2\)/)) as HTMLSelectElement;
    expect(item.value).toBe('q2-need');
    const code = screen.getByLabelText('Answer “High” (high)') as HTMLSelectElement;
    expect(code.value).toBe('raised');

    await user.click(screen.getByRole('button', { name: 'Preview the move' }));
    await screen.findByRole('heading', { name: 'Check the move to version 2.0.0' });
    const counts = screen.getByText('Kept').closest('dl')!;
    expect(
      within(counts)
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual(['3 answers', '2 answers', '0 answers, kept in each case’s history, never deleted']);
    const changing = screen.getByRole('table', { name: 'Answers that change (2)' });
    const rows = within(changing)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'LAC-01-01q2 → q2-needHighMapped High',
      'LAC-02-02q2 → q2-needLowMapped Low',
    ]);
    // Nothing has changed yet.
    expect(await storedAnswers()).toEqual(before);
    expect((await database().inspections.get(INSPECTION))?.framework.version).toBe('1.0.0');

    await user.click(screen.getByRole('button', { name: 'Move the inspection to version 2.0.0' }));
    await screen.findByText('The inspection now uses Versions test framework, version 2.0.0');
    const inspection = await database().inspections.get(INSPECTION);
    expect(`${inspection?.framework.id}@${inspection?.framework.version}`).toBe(V2);
    const after = await inspectionAnswers(database(), INSPECTION);
    expect(
      after
        .filter((a) => a.itemId === 'q2-need')
        .map((a) => a.value)
        .sort(),
    ).toEqual(['low', 'raised']);
  });

  it('lets the lead say a renamed question is no longer asked, and counts it so', async () => {
    const user = await openMove();
    await user.click(
      await screen.findByRole('radio', { name: /version 2\.0\.0/ }, { timeout: 5_000 }),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.selectOptions(await screen.findByLabelText(/Level of need \(q2\)/), '');
    // With q2 no longer asked, its codes need no mapping.
    expect(screen.queryByLabelText('Answer “High” (high)')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Preview the move' }));
    await screen.findByRole('heading', { name: 'Check the move to version 2.0.0' });
    expect(screen.getByText('2 answers, kept in each case’s history, never deleted')).toBeTruthy();
  });

  it('says before the move which rating override no longer applies', async () => {
    const db = database();
    const v2 = (await db.frameworks.get(V2))!;
    const [standard] = v2.framework.sections[0]!.standards;
    const [seen, ...rest] = standard!.questions;
    // Version 2.0.0 splits "Standard one" in two: its rating override no longer applies.
    const sections = [
      {
        ...v2.framework.sections[0]!,
        standards: [
          { id: 'st-seen', title: 'Seeing the child', questions: [seen!] },
          { id: 'st-plan', title: 'Planning', questions: rest },
        ],
      },
    ];
    await db.frameworks.put({ ...v2, framework: { ...v2.framework, sections } });
    const inspection = (await db.inspections.get(INSPECTION))!;
    const at = '2026-03-03T10:00:00.000Z';
    await db.inspections.put({
      ...inspection,
      ratingOverrides: [{ standardId: 'st1', rating: 'Good', rationale: 'Seen.', by: 'lead', at }],
    });
    const user = await openMove();
    await user.click(
      await screen.findByRole('radio', { name: /version 2\.0\.0/ }, { timeout: 5_000 }),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Preview the move' }));
    await screen.findByRole('heading', { name: 'Check the move to version 2.0.0' });
    expect(
      screen.getByText(/The rating override of standard “Standard one” \(st1\) no longer applies/)
        .textContent,
    ).toContain('It stays in the inspection’s record.');
  });

  it('says when there is no newer version to move to', async () => {
    await freshVersions({ withV2: false });
    await openMove();
    await screen.findByText(
      /There is no newer version of this framework on this device/,
      {},
      { timeout: 5_000 },
    );
    expect(screen.queryByRole('radio')).toBeNull();
    expect(V1).toBe('versions-test@1.0.0');
  });

  it('offers copies made from the framework too, and asks which when none is chosen', async () => {
    const v2 = (await database().frameworks.get(V2))!;
    await database().frameworks.put({
      ...v2,
      key: 'versions-copy@1.0.0',
      id: 'versions-copy',
      version: '1.0.0',
      title: 'Versions copy',
      framework: {
        ...v2.framework,
        id: 'versions-copy',
        version: '1.0.0',
        title: 'Versions copy',
        basedOn: { id: 'versions-test', version: '1.0.0', title: 'Versions test framework' },
      },
    });
    const user = await openMove();
    await screen.findByRole('radio', { name: /version 2\.0\.0/ }, { timeout: 5_000 });
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).checked)).toEqual([
      false,
      false,
    ]);
    expect(screen.getByText('A copy of Versions test framework')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe('Choose the version to move to');
    await user.click(screen.getByRole('radio', { name: 'Versions copy, version 1.0.0' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'Map the changes to version 1.0.0' });
  });

  it('is one of the lead’s tools, under the inspection’s settings', () => {
    expect(leadToolOfRoute('/inspections/:inspectionId/framework')?.label).toBe('Settings');
    expect(routes.some((r) => r.path === '/inspections/:inspectionId/framework')).toBe(true);
  });
});
