import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_ANSWER } from '../../src/core';
import { answersOf } from '../../src/db/cases/caseReads';
import { database } from '../../src/db/connection';
import { blindReading, listModeration } from '../../src/db/moderation/moderationStore';
import { finishSecondReading, saveSecondAnswer } from '../../src/db/moderation/secondReadingStore';
import { ModerationPanel } from '../../src/ui/findings/Findings/ModerationPanel';
import Moderation from '../../src/ui/moderation/Moderation/Moderation';
import ModerationCase from '../../src/ui/moderation/ModerationCase/ModerationCase';
import ModerationDecision from '../../src/ui/moderation/ModerationCase/ModerationDecision';
import ModerationChange from '../../src/ui/moderation/ModerationChange/ModerationChange';
import ModerationChoose from '../../src/ui/moderation/ModerationChoose/ModerationChoose';
import ModerationReading from '../../src/ui/moderation/ModerationReading/ModerationReading';
import SecondReadingStandard from '../../src/ui/moderation/ModerationReading/SecondReadingStandard';
import CaseHistory from '../../src/ui/scoring/CaseHistory/CaseHistory';
import {
  CASE,
  closeModeration,
  FIRST,
  FIRST_NOTE,
  freshModeration,
  INSPECTION,
  OTHER_CASE,
  readSecondTime,
  renderAt,
} from './moderationSetup';

const base = `/inspections/${INSPECTION}/moderation`;

afterEach(closeModeration);

describe('the blind second reading', () => {
  beforeEach(() => freshModeration());

  it('shows none of the first reading’s answers or notes, and no way to the case’s own pages', async () => {
    renderAt(
      `${base}/second-readings/${CASE}/standards/assessment`,
      <SecondReadingStandard inspectionId={INSPECTION} caseId={CASE} standardId="assessment" />,
    );
    await screen.findByRole('heading', { level: 1, name: 'Assessment' });
    const a1 = screen.getByRole('group', { name: /emotional and mental health/ });
    expect(
      within(a1)
        .getAllByRole('radio')
        .some((r) => (r as HTMLInputElement).checked),
    ).toBe(false);
    const note = screen.getByRole('textbox', { name: /Evidence.*emotional and mental health/ });
    expect((note as HTMLTextAreaElement).value).toBe('');
    expect(document.body.textContent).not.toContain(FIRST_NOTE);
    expect(document.body.textContent).not.toContain('A. Patel');
    const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.filter((href) => href.includes('/cases/'))).toEqual([]);
  });

  it('saves to the second reading, never to the case’s answers', async () => {
    renderAt(
      `${base}/second-readings/${CASE}/standards/assessment`,
      <SecondReadingStandard inspectionId={INSPECTION} caseId={CASE} standardId="assessment" />,
    );
    const a1 = await screen.findByRole('group', { name: /emotional and mental health/ });
    fireEvent.click(within(a1).getByRole('radio', { name: 'No' }));
    await waitFor(() =>
      expect(document.getElementById('a1-status')?.textContent).toMatch(/^Saved/),
    );
    expect((await blindReading(INSPECTION, CASE))?.answers.get('a1')?.value).toBe('no');
    expect((await answersOf(CASE)).get('a1')?.value).toBe('yes');
  });

  it('says a change was not saved because the reading was finished in another tab, and keeps it on screen', async () => {
    for (const [itemId, value] of Object.entries(FIRST)) {
      await saveSecondAnswer({
        caseId: CASE,
        itemId,
        patch: { value },
        base: NO_ANSWER,
        by: 'jm',
        device: 'laptop-jm',
      });
    }
    renderAt(
      `${base}/second-readings/${CASE}/standards/assessment`,
      <SecondReadingStandard inspectionId={INSPECTION} caseId={CASE} standardId="assessment" />,
    );
    const note = (await screen.findByRole('textbox', {
      name: /Evidence.*emotional and mental health/,
    })) as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'Health plan seen, dated 9 May' } });
    // Another tab finishes the reading before the typing is saved.
    const finished = await finishSecondReading({
      inspectionId: INSPECTION,
      caseId: CASE,
      by: 'jm',
    });
    expect(finished.status).toBe('done');
    await waitFor(() =>
      expect(document.getElementById('a1-status')?.textContent).toBe(
        'Not saved: this second reading has been finished, so it can no longer change.',
      ),
    );
    expect(note.value).toBe('Health plan seen, dated 9 May');
    expect(note.disabled).toBe(true);
    expect(document.body.textContent).not.toContain('Reopen');
    expect(
      screen.getByText('This second reading is finished and can no longer change.'),
    ).toBeTruthy();
    expect((await blindReading(INSPECTION, CASE))?.answers.get('a1')?.note).toBe('');
  });

  it('asks who is scoring when it is not the assigned second reader', async () => {
    await closeModeration();
    await freshModeration({ scorer: 'lead' });
    renderAt(
      `${base}/second-readings/${CASE}`,
      <ModerationReading inspectionId={INSPECTION} caseId={CASE} />,
    );
    expect((await screen.findByTestId('not-your-reading')).textContent).toContain(
      'assigned to J. Morgan',
    );
    expect(screen.queryByRole('button', { name: 'I have finished the second reading' })).toBeNull();
    expect(screen.getByRole('radio', { name: 'J. Morgan' })).toHaveProperty('checked', true);
  });

  it('refuses to finish while required questions are unanswered, listing them', async () => {
    const user = userEvent.setup();
    renderAt(
      `${base}/second-readings/${CASE}`,
      <ModerationReading inspectionId={INSPECTION} caseId={CASE} />,
    );
    await user.click(
      await screen.findByRole('button', { name: 'I have finished the second reading' }),
    );
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('The second reading is not finished')).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Answer “Age of the child”' })).toBeTruthy();
  });
});

describe('comparing the readings and deciding', () => {
  beforeEach(async () => {
    await freshModeration({ scorer: 'lead' });
  });

  it('is not shown before the second reading is finished', async () => {
    renderAt(`${base}/cases/${CASE}`, <ModerationCase inspectionId={INSPECTION} caseId={CASE} />);
    expect(await screen.findByText(/The second reading of this case is not finished/)).toBeTruthy();
    expect(document.body.textContent).not.toContain(FIRST_NOTE);
  });

  it('lists every disagreement side by side with answers, notes and who gave them', async () => {
    await readSecondTime({ ...FIRST, a1: 'no', r1: 'na' }, { a1: 'No health assessment on file.' });
    renderAt(`${base}/cases/${CASE}`, <ModerationCase inspectionId={INSPECTION} caseId={CASE} />);
    await screen.findByRole('heading', { level: 2, name: 'Disagreements' });
    const block = document.querySelector('[data-disagreement="a1"]') as HTMLElement;
    expect(
      within(block).getByRole('columnheader', { name: 'First reading (A. Patel)' }),
    ).toBeTruthy();
    expect(
      within(block).getByRole('columnheader', { name: 'Second reading (J. Morgan)' }),
    ).toBeTruthy();
    const cell = (which: string) => block.querySelector(`[data-reading="${which}"]`)?.textContent;
    expect([cell('first-value'), cell('second-value')]).toEqual(['Yes', 'No']);
    expect([cell('first-note'), cell('second-note')]).toEqual([
      FIRST_NOTE,
      'No health assessment on file.',
    ]);
    expect(document.querySelectorAll('[data-disagreement]')).toHaveLength(2);
    // a1, a2, a3, p1, p2, r1 compared: 4 of 6 agree.
    expect(screen.getByTestId('case-agreement').textContent).toBe('67% (4/6) of paired answers');
  });

  it('requires a rationale for a decision, with an error summary', async () => {
    const user = userEvent.setup();
    await readSecondTime({ ...FIRST, a1: 'no' });
    renderAt(
      `${base}/cases/${CASE}/decide/a1`,
      <ModerationDecision inspectionId={INSPECTION} caseId={CASE} itemId="a1" />,
    );
    await user.click(
      await screen.findByRole('radio', { name: 'Take the second reading’s answer: No' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save decision' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', {
      name: 'Enter the rationale for this decision',
    });
    expect(link.getAttribute('href')).toBe('#rationale');
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
    expect((await answersOf(CASE)).get('a1')?.value).toBe('yes');
    await user.type(screen.getByRole('textbox', { name: 'Rationale' }), 'No assessment on file.');
    await user.click(screen.getByRole('button', { name: 'Save decision' }));
    await waitFor(async () => expect((await answersOf(CASE)).get('a1')?.value).toBe('no'));
    expect((await database().cases.get(CASE))?.status).toBe('moderated');
  });

  it('records a decision that keeps the first answer in the case’s history, saying what was kept', async () => {
    const user = userEvent.setup();
    await readSecondTime({ ...FIRST, a1: 'no' });
    renderAt(
      `${base}/cases/${CASE}/decide/a1`,
      <ModerationDecision inspectionId={INSPECTION} caseId={CASE} itemId="a1" />,
    );
    await user.click(
      await screen.findByRole('radio', { name: 'Keep the first reading’s answer: Yes' }),
    );
    await user.type(screen.getByRole('textbox', { name: 'Rationale' }), 'Assessment is on file.');
    await user.click(screen.getByRole('button', { name: 'Save decision' }));
    await waitFor(async () => expect((await database().cases.get(CASE))?.status).toBe('moderated'));
    expect((await answersOf(CASE)).get('a1')?.value).toBe('yes');

    cleanup();
    renderAt(
      `${base}/cases/${CASE}/history`,
      <CaseHistory inspectionId={INSPECTION} caseId={CASE} />,
    );
    await screen.findByRole('heading', { name: 'History of changes' });
    const table = screen.getByRole('table');
    await waitFor(() => expect(table.textContent).toContain('Moderation decision'));
    const decision = [...table.querySelectorAll('tbody tr')].find((row) =>
      row.textContent?.includes('Moderation decision'),
    );
    expect(decision?.textContent).toContain('Kept: Yes');
  });
});

describe('choosing cases and readers', () => {
  beforeEach(() => freshModeration({ scorer: 'lead', assign: false }));

  it('draws cases with the seed shown, assigns readers other than the inspector, and saves', async () => {
    const user = userEvent.setup();
    renderAt(`${base}/choose`, <ModerationChoose inspectionId={INSPECTION} />);
    const amount = await screen.findByRole('textbox', { name: 'Percentage of the complete cases' });
    await user.clear(amount);
    await user.type(amount, '50');
    const seed = screen.getByRole('textbox', { name: 'Seed' });
    await user.clear(seed);
    await user.type(seed, 'fixed-seed');
    await user.click(screen.getByRole('checkbox', { name: 'At least one case of each inspector' }));
    await user.click(screen.getByRole('button', { name: 'Draw cases' }));
    expect((await screen.findByTestId('draw-description')).textContent).toContain('“fixed-seed”');
    // 50% of the 2 complete cases is 1.
    const reader = screen.getByRole('combobox', {
      name: /^Second reader for case/,
    }) as HTMLSelectElement;
    const caseRef = reader.labels?.[0]?.textContent?.replace('Second reader for case ', '');
    const kase = [CASE, OTHER_CASE].find((id) => id.endsWith(caseRef === 'LAC-01-01' ? '1' : '2'))!;
    const inspector = (await database().cases.get(kase))?.inspectorId;
    expect(reader.value).not.toBe('');
    expect(reader.value).not.toBe(inspector);
    expect([...reader.options].map((o) => o.value)).not.toContain(inspector);
    await user.click(screen.getByRole('button', { name: 'Assign second readings' }));
    await waitFor(async () => expect(await listModeration(INSPECTION)).toHaveLength(1));
    const [record] = await listModeration(INSPECTION);
    expect(record?.data.selection).toMatchObject({ method: 'random', seed: 'fixed-seed' });
  });

  it('says why a draw cannot be made, linking to the field', async () => {
    const user = userEvent.setup();
    renderAt(`${base}/choose`, <ModerationChoose inspectionId={INSPECTION} />);
    await user.click(await screen.findByRole('radio', { name: /A number of cases/ }));
    await user.type(screen.getByRole('textbox', { name: 'Number of cases to read again' }), '5');
    await user.click(screen.getByRole('button', { name: 'Draw cases' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Enter 2 or fewer: there are 2 complete cases to choose from',
      }),
    ).toBeTruthy();
  });
});

describe('the moderation overview and the findings panel', () => {
  beforeEach(() => freshModeration());

  it('lists the scorer’s own second readings and every case chosen, with its status', async () => {
    renderAt(base, <Moderation inspectionId={INSPECTION} />);
    const mine = await screen.findByRole('list', { name: 'Your second readings' });
    expect(
      within(mine).getByRole('link', { name: 'Second reading of case LAC-01-01' }),
    ).toBeTruthy();
    const row = document.querySelector('[data-case="LAC-01-01"]') as HTMLElement;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['A. Patel', 'J. Morgan', 'Not started', 'Change the reader of case LAC-01-01']);
  });

  it('summarises the moderation on the findings screen', async () => {
    await readSecondTime({ ...FIRST, a1: 'no' });
    renderAt(`/inspections/${INSPECTION}/findings`, <ModerationPanel inspectionId={INSPECTION} />);
    expect((await screen.findByTestId('moderation-summary')).textContent).toBe(
      '1 case (33%) was read a second time by another inspector, without sight of the first reading. The two readings agreed on 83% of answers (kappa 0.00, 6 paired answers); no answer was changed after review. 1 disagreement is still to be decided. So few cases were read twice that these figures say little on their own.',
    );
  });
});

describe('changing the second reader, or taking a case out', () => {
  beforeEach(() => freshModeration({ scorer: 'lead' }));
  const changePage = () =>
    renderAt(
      `${base}/cases/${CASE}/change`,
      <ModerationChange inspectionId={INSPECTION} caseId={CASE} />,
    );
  const stored = async () =>
    (await listModeration(INSPECTION)).find((record) => record.caseId === CASE);

  it('gives the reading to another member of the team, never the first reader', async () => {
    const user = userEvent.setup();
    changePage();
    const group = await screen.findByRole('group', {
      name: 'Who reads case LAC-01-01 a second time?',
    });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.parentElement?.textContent),
    ).toEqual(['R. Okafor (lead inspector)', 'J. Morgan']);
    expect(
      (within(group).getByRole('radio', { name: 'J. Morgan' }) as HTMLInputElement).checked,
    ).toBe(true);
    await user.click(within(group).getByRole('radio', { name: 'R. Okafor (lead inspector)' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await stored())?.data.secondReaderId).toBe('lead'));
    expect(window.location.pathname).toBe(base);
  });

  it('takes the case out of moderation after a confirmation, leaving its first reading', async () => {
    const user = userEvent.setup();
    changePage();
    await user.click(
      await screen.findByRole('button', { name: 'Take case LAC-01-01 out of moderation' }),
    );
    expect(await stored()).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Yes, take it out' }));
    await waitFor(async () => expect(await stored()).toBeUndefined());
    expect((await answersOf(CASE)).get('a1')?.value).toBe(FIRST.a1);
  });

  it('offers neither once the second reading has started', async () => {
    await saveSecondAnswer({
      caseId: CASE,
      itemId: 'a1',
      patch: { value: 'no' },
      base: NO_ANSWER,
      by: 'jm',
      device: 'laptop-jm',
    });
    changePage();
    expect(await screen.findByText(/has started, so its reader cannot change/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    cleanup();
    renderAt(base, <Moderation inspectionId={INSPECTION} />);
    await screen.findByRole('heading', { name: 'Cases chosen for a second reading' });
    const row = document.querySelector('[data-case="LAC-01-01"]') as HTMLElement;
    expect(within(row).queryByRole('link')).toBeNull();
  });
});
