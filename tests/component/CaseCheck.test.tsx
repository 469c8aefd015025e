import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerTables, getAnswer, putAnswers } from '../../src/db/cases/answerStore';
import { CASE_STATUS_ITEM, historyOf } from '../../src/db/cases/caseReads';
import { database } from '../../src/db/connection';
import CaseCheck from '../../src/ui/scoring/CaseCheck/CaseCheck';
import {
  ALL_REQUIRED,
  answer,
  CASE,
  closeCase,
  freshCase,
  INSPECTION,
  renderRouted,
} from './scoringSetup';

const base = `/inspections/${INSPECTION}/cases/${CASE}`;

function open() {
  return renderRouted(`${base}/check`, <CaseCheck inspectionId={INSPECTION} caseId={CASE} />);
}

const completeButton = () =>
  screen.getByRole('button', { name: 'Mark case as complete' }) as HTMLButtonElement;

beforeEach(() => freshCase());
afterEach(closeCase);

describe('check your answers', () => {
  it('lists every unanswered required question with a link that opens it', async () => {
    await answer({ a1: 'yes', r1: 'no' });
    open();
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    const missing = screen.getByTestId('missing');
    // 10 required at first; a1 and r1 answered: 8; r1 "no" opens r2, also required: 9.
    expect(within(missing).getByRole('heading').textContent).toBe(
      '9 required questions are not answered yet',
    );
    const link = within(missing).getByRole('link', { name: /“Was the delay explained\?”/ });
    expect(link.getAttribute('href')).toBe(`${base}/standards/reviewing#question-r2`);
    expect(
      within(missing)
        .getByRole('link', { name: /“Age of the child”/ })
        .getAttribute('href'),
    ).toBe(`${base}/profile#question-age`);
    expect(completeButton().disabled).toBe(true);
    expect(screen.getByText(/once the 9 required questions above are answered/)).toBeTruthy();
  });

  it('shows answers and evidence in summary lists, with links to change them', async () => {
    await answer({ a1: 'yes', age: 15, p2: ['education', 'family'] });
    const db = database();
    await db.transaction('rw', answerTables(db), async () => {
      const stored = await getAnswer(db, CASE, 'a1');
      await putAnswers(db, [{ ...stored!, note: 'Assessment on file, p. 4' }]);
    });
    open();
    await screen.findByRole('heading', { level: 1 });
    const assessment = screen.getByRole('region', { name: 'Assessment' });
    const row = within(assessment).getByText('Did assessment consider emotional and mental health?')
      .parentElement as HTMLElement;
    expect(row.textContent).toContain('Yes');
    expect(row.textContent).toContain('Evidence: Assessment on file, p. 4');
    expect(within(row).getByRole('link').textContent).toMatch(/^Change/);
    expect(screen.getByRole('region', { name: 'Case profile' }).textContent).toContain('15 years');
    expect(screen.getByRole('region', { name: 'Planning' }).textContent).toContain(
      'Education, Family contact',
    );
    expect(screen.getByRole('region', { name: 'MAPPA work' }).textContent).toContain(
      'Not asked yet: it depends on answers still to give.',
    );
  });

  it('completes the case only when nothing required is missing, and records it', async () => {
    await answer({ ...ALL_REQUIRED, p3: null });
    open();
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() =>
      expect(screen.getByTestId('missing').textContent).toContain(
        '1 required question is not answered yet',
      ),
    );
    expect(completeButton().disabled).toBe(true);

    await answer({ p3: 4 });
    await waitFor(() => expect(completeButton().disabled).toBe(false));
    expect(screen.queryByTestId('missing')).toBeNull();
    fireEvent.click(completeButton());
    await screen.findByText('Case LAC-01-01 is complete');
    expect((await database().cases.get(CASE))?.status).toBe('complete');
    expect(screen.queryByRole('link', { name: /^Change/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Reopen case' }));
    await waitFor(() => expect(completeButton().disabled).toBe(false));
    expect((await database().cases.get(CASE))?.status).toBe('in-progress');
    const changes = (await historyOf(CASE)).filter((h) => h.itemId === CASE_STATUS_ITEM);
    expect(changes.map((h) => [h.before?.value, h.value, h.by])).toEqual([
      ['complete', 'in-progress', 'ap'],
      ['in-progress', 'complete', 'ap'],
    ]);
  });

  it('offers a skip link at the top that takes the keyboard straight to "Mark case as complete"', async () => {
    await answer(ALL_REQUIRED);
    open();
    const skip = await screen.findByRole('link', { name: 'Skip to Mark case as complete' });
    await waitFor(() => expect(completeButton().disabled).toBe(false));
    // Next after the page's heading and progress: the first link the keyboard meets.
    const progress = screen.getByTestId('check-progress');
    const links = [...document.querySelectorAll('a[href]')];
    expect(links.find((a) => progress.compareDocumentPosition(a) & 4)).toBe(skip);
    fireEvent.click(skip);
    expect(document.activeElement).toBe(completeButton());
  });

  it('moves focus to the success banner once the case is complete, and on to what replaces the reopen button', async () => {
    await answer(ALL_REQUIRED);
    open();
    await waitFor(() => expect(completeButton().disabled).toBe(false));
    completeButton().focus();
    fireEvent.click(completeButton());
    const banner = (await screen.findByText('Case LAC-01-01 is complete')).closest(
      '.govuk-notification-banner',
    );
    await waitFor(() => expect(document.activeElement).toBe(banner));
    expect(banner?.getAttribute('role')).toBe('alert');
    expect(banner?.getAttribute('tabindex')).toBe('-1');

    fireEvent.click(screen.getByRole('button', { name: 'Reopen case' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { name: 'Complete the case' }),
      ),
    );
    expect(document.body.contains(banner)).toBe(false);
  });

  it('moves focus to the page’s heading after “Who is scoring?”, not to the body', async () => {
    await freshCase({ scorer: null });
    open();
    const group = await screen.findByRole('group', { name: 'Who is scoring?' });
    const go = screen.getByRole('button', { name: 'Continue' });
    go.focus();
    fireEvent.click(within(group).getByLabelText('A. Patel'));
    fireEvent.click(go);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
