import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CasePage from '../../src/ui/scoring/CasePage/CasePage';
import { answer, CASE, closeCase, freshCase, INSPECTION, renderRouted } from './scoringSetup';

const path = `/inspections/${INSPECTION}/cases/${CASE}`;

function taskRow(name: string) {
  const item = screen
    .getAllByRole('listitem')
    .find(
      (li) => li.querySelector('.govuk-task-list__name-and-hint')?.firstChild?.textContent === name,
    );
  if (!item) throw new Error(`no task "${name}"`);
  return item;
}

describe('the case page', () => {
  afterEach(closeCase);

  describe('with a scorer chosen', () => {
    beforeEach(() => freshCase());

    it('shows the case details, progress and a task list with the profile first', async () => {
      renderRouted(path, <CasePage inspectionId={INSPECTION} caseId={CASE} />);
      await screen.findByRole('heading', { level: 1, name: 'Case LAC-01-01' });
      expect(screen.getByText('North YOT')).toBeTruthy();
      expect(screen.getByText('Host')).toBeTruthy();
      expect(screen.getByTestId('case-progress').textContent).toBe('0 of 13 questions answered');
      const links = screen
        .getAllByRole('link')
        .filter((a) => a.classList.contains('govuk-task-list__link'))
        .map((a) => a.textContent);
      expect(links).toEqual([
        'Case profile',
        'Assessment',
        'Planning',
        'Reviewing',
        'Check your answers',
      ]);
      expect(screen.getByRole('link', { name: /Case profile/ }).getAttribute('href')).toBe(
        `${path}/profile`,
      );
      expect(screen.getByRole('link', { name: /^Assessment/ }).getAttribute('href')).toBe(
        `${path}/standards/assessment`,
      );
      expect(screen.getByTestId('scoring-as').textContent).toMatch(/Scoring as A\. Patel/);
    });

    it('says which standard cannot start yet and what it waits for, without a link', async () => {
      renderRouted(path, <CasePage inspectionId={INSPECTION} caseId={CASE} />);
      await screen.findByRole('heading', { level: 1 });
      const mappa = taskRow('MAPPA work');
      expect(within(mappa).queryByRole('link')).toBeNull();
      expect(mappa.textContent).toContain('Cannot start yet');
      expect(mappa.textContent).toContain('Answer “Was the child subject to MAPPA?” first');
    });

    it('updates states as answers arrive, also from another tab', async () => {
      renderRouted(path, <CasePage inspectionId={INSPECTION} caseId={CASE} />);
      await screen.findByRole('heading', { level: 1 });
      await answer({ mappa: 'yes', r1: 'no' });
      await waitFor(() => {
        expect(taskRow('MAPPA work').textContent).toContain('Not yet started');
        expect(taskRow('Reviewing').textContent).toContain('In progress');
      });
      expect(taskRow('Reviewing').textContent).toContain('1 of 3 questions answered');
      await answer({ r2: 'yes' });
      await waitFor(() => expect(taskRow('Reviewing').textContent).toContain('Completed'));
      await answer({ mappa: 'no' });
      await waitFor(() =>
        expect(taskRow('MAPPA work').textContent).toContain('Not asked for this case'),
      );
      expect(
        screen.getByText('In progress', { selector: '.govuk-summary-list__value strong' }),
      ).toBeTruthy();
    });
  });

  it('asks who is scoring the first time, and remembers the choice', async () => {
    await freshCase({ scorer: null });
    renderRouted(path, <CasePage inspectionId={INSPECTION} caseId={CASE} />);
    const group = await screen.findByRole('group', { name: 'Who is scoring?' });
    // The case's inspector is suggested.
    expect((within(group).getByLabelText('A. Patel') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByLabelText('J. Morgan'));
    const go = screen.getByRole('button', { name: 'Continue' });
    go.focus();
    fireEvent.click(go);
    await waitFor(() =>
      expect(screen.getByTestId('scoring-as').textContent).toMatch(/Scoring as J\. Morgan/),
    );
    // The question gives way to the task list: focus goes to its heading, not to the body.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { level: 2, name: 'Score the case' }),
      ),
    );
  });
});
