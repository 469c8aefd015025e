import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectionAnswers } from '../../src/db/cases/answerStore';
import { importAnswers } from '../../src/db/cases/answerWriter';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { loadExampleInspection } from '../../src/db/inspections/exampleInspection';
import { loadReportDraft } from '../../src/db/inspections/reportStore';
import ReportEditor from '../../src/ui/report/ReportEditor/ReportEditor';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
const ID = 'insp-report';

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`report-editor-${n++}`, TEST_DATA_KEY));
  const loaded = await loadExampleInspection({ newId: () => ID });
  if (loaded.status !== 'loaded') throw new Error('fixture');
});
afterEach(() => useDatabase(null));

async function open() {
  const user = userEvent.setup();
  window.history.replaceState(null, '', `/inspections/${ID}/report`);
  render(
    <LocationProvider>
      <ReportEditor inspectionId={ID} />
    </LocationProvider>,
  );
  await screen.findByRole('heading', { name: 'Foreword and summary' });
  return user;
}

async function storedDraft() {
  const stored = await loadReportDraft(ID);
  if (stored.status !== 'ok') throw new Error('unreadable draft');
  return stored.draft;
}

describe('the report editor', { timeout: 30_000 }, () => {
  it('saves the summary as it is typed, and says Saved once it is stored', async () => {
    const user = await open();
    await user.type(screen.getByRole('textbox', { name: 'Summary' }), 'Work was often poor.');
    await waitFor(
      () => expect(document.querySelector('[data-save-state]')?.textContent).toMatch(/^Saved/),
      {
        timeout: 3000,
      },
    );
    expect((await storedDraft()).summary).toBe('Work was often poor.');
  });

  it('suggests the data’s sentences most notable first, each with why, and prints none unchosen', async () => {
    const user = await open();
    const chapter = screen.getByRole('region', { name: /^Chapter: Youth offending work/ });
    expect(within(chapter).getByText(/^No key findings chosen yet/).textContent).toContain(
      'the report prints none for this chapter',
    );
    await within(chapter).findByRole(
      'heading',
      { name: 'Suggested from the data' },
      { timeout: 4000 },
    );
    const items = [...chapter.querySelectorAll('.ca-key-findings__sentence')];
    // Five shown at once, the rest behind "More sentences from the data".
    const more = within(chapter).getByText(/^More sentences from the data \((\d+)\)$/);
    expect(Number(/\((\d+)\)/.exec(more.textContent!)![1])).toBe(items.length - 5);
    // Ranked by the positive figure, a key question counted 20 points lower, small bases last.
    const ranked = items.map((li) => {
      const reasons = [...li.querySelectorAll('.ca-key-findings__reasons li')].map(
        (r) => r.textContent!,
      );
      const [, count, base] = /in \d+% \((\d+)\/(\d+)\)/.exec(reasons.join(' '))!;
      const key = reasons.includes('Key question');
      const small = reasons.some((r) => r.startsWith('Small base'));
      return { small, rank: (Number(count) / Number(base)) * 100 - (key ? 20 : 0), reasons };
    });
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1]!, ranked[i]!];
      expect(a.small && !b.small, `${i}`).toBe(false);
      if (a.small === b.small) expect(a.rank, `${i}`).toBeLessThanOrEqual(b.rank);
    }
    expect(
      ranked.filter((r) => r.reasons.some((x) => x.startsWith('Lowest figure in this chapter'))),
    ).toHaveLength(1);
    // The editor's figures are by area, as the report's are: a wide gap is a reason.
    expect(ranked.some((r) => r.reasons.some((x) => /^Areas differ by \d+ points: /.test(x)))).toBe(
      true,
    );

    // Inserted: it is a key finding, and no longer suggested.
    const first = items[0]!.querySelector('span')!.textContent!;
    await user.click(within(items[0] as HTMLElement).getByRole('button', { name: /^Insert/ }));
    const field = within(chapter).getByRole('textbox', { name: 'Key finding 1' });
    expect((field as HTMLTextAreaElement).value).toBe(first);
    expect(
      [...chapter.querySelectorAll('.ca-key-findings__sentence > span')].map((s) => s.textContent),
    ).not.toContain(first);
    expect(within(chapter).queryByText(/^No key findings chosen yet/)).toBeNull();
  });

  it('inserts a sentence from the data as editable text, and flags it when the data moves on', async () => {
    const user = await open();
    const chapter = screen.getByRole('region', { name: /^Chapter: Youth offending work/ });
    await within(chapter).findByRole(
      'heading',
      { name: 'Suggested from the data' },
      { timeout: 4000 },
    );
    // Each Insert button names its sentence's question to screen readers.
    const inserts = within(chapter)
      .getAllByRole('button', { hidden: true })
      .filter((b) => b.textContent?.startsWith('Insert the sentence about'));
    await user.click(inserts[0]!);
    const field = within(chapter).getByRole('textbox', { name: 'Key finding 1' });
    expect((field as HTMLTextAreaElement).value).toMatch(/^In .* cases \(\d+%, \d+ of \d+\)/);
    await waitFor(async () => expect((await storedDraft()).chapters).not.toEqual({}));

    // Someone changes an answer behind the sentence: a complete case's "yes" becomes "no".
    const draft = await storedDraft();
    const source = Object.values(draft.chapters)[0]!.keyFindings[0]!.source!;
    const db = database();
    const complete = new Set(
      (await db.cases.where('inspectionId').equals(ID).toArray())
        .filter((c) => c.status === 'complete')
        .map((c) => c.id),
    );
    const answer = (await inspectionAnswers(db, ID)).find(
      (a) =>
        a.itemId === source.itemId &&
        complete.has(a.caseId) &&
        (a.value === 'yes' || a.value === 'no'),
    )!;
    await importAnswers([{ ...answer, value: answer.value === 'yes' ? 'no' : 'yes' }], {
      via: 'moderation',
      source: 'test',
    });
    await within(chapter).findByText(
      /This sentence says \d+% \(\d+\/\d+\) but the data now gives \d+% \(\d+\/\d+\)/,
      {},
      { timeout: 4000 },
    );
    await user.click(within(chapter).getByRole('button', { name: /^Use the current sentence/ }));
    await waitFor(() => expect(within(chapter).queryByText(/This sentence says/)).toBeNull());
  });

  it('adds recommendations addressed to a named body', async () => {
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Add a recommendation' }));
    await user.type(screen.getByRole('textbox', { name: 'Addressed to' }), 'Local authorities');
    await user.type(
      screen.getByRole('textbox', { name: 'What they should ensure' }),
      'placements are authorised by a named senior person',
    );
    await user.tab();
    await waitFor(async () =>
      expect((await storedDraft()).recommendations).toMatchObject([
        {
          addressee: 'Local authorities',
          text: 'placements are authorised by a named senior person',
        },
      ]),
    );
  });

  it('warns when a case example names someone', async () => {
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Add a case example' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Text' }),
      'Katie was moved far from school.',
    );
    expect(await screen.findByText(/“Katie” looks like a person’s name/)).toBeTruthy();
  });
});
