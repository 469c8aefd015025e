/**
 * A recommendation's page: the local record (owner, local position, RAG status), an action with
 * its due date (flagged overdue), evidence citing a question with its figures beside the
 * published one, saved whole with its history; a form that fails is refused whole with the
 * error summary naming the field; a recommendation added by hand.
 */
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addFrameworkRecommendations, loadRegister } from '../../src/db/register/registerStore';
import Recommendation from '../../src/ui/register/Recommendation/Recommendation';
import { renderAt } from './findingsSetup';
import { closeRegister, freshRegister, REGISTER, SELF } from './registerSetup';

const YOT_INFO = 'yot-information-transfer';

beforeEach(async () => {
  await freshRegister();
  await addFrameworkRecommendations(SELF, 'R. Okafor');
});
afterEach(closeRegister);

async function open(recommendationId = YOT_INFO) {
  const user = userEvent.setup();
  renderAt(
    `${REGISTER}/${recommendationId}`,
    <Recommendation inspectionId={SELF} recommendationId={recommendationId} />,
  );
  await screen.findByLabelText('Owner');
  // Who is recording: the lead of the team, chosen for them.
  await waitFor(() =>
    expect((screen.getByLabelText('Who is recording this') as HTMLSelectElement).value).toBe(
      'R. Okafor',
    ),
  );
  return user;
}

/** The error summary, once it has taken focus (after it shows): typing may go on after that. */
async function focusedSummary(): Promise<HTMLElement> {
  const summary = await screen.findByRole('alert');
  await waitFor(() => expect(document.activeElement).toBe(summary.parentElement));
  return summary;
}

async function stored(id: string) {
  const register = await loadRegister(SELF);
  if (register.status !== 'ok') throw new Error('the register does not read');
  return register.recommendations.find((r) => r.id === id);
}

async function typeDate(
  user: ReturnType<typeof userEvent.setup>,
  legend: string,
  [day, month, year]: [string, string, string],
) {
  const group = screen.getByRole('group', { name: legend });
  await user.type(within(group).getByLabelText('Day'), day);
  await user.type(within(group).getByLabelText('Month'), month);
  await user.type(within(group).getByLabelText('Year'), year);
}

describe('a recommendation of the register', { timeout: 30_000 }, () => {
  it('records the local position, an overdue action and evidence with its figures, and its history', async () => {
    const user = await open();
    expect(screen.getByText('Youth Offending Team Managers should ensure that:')).toBeTruthy();
    expect(screen.getByText(/^Accurate information about children/)).toBeTruthy();
    expect(
      screen.getByText(/^From: The report the framework was written from — Looked After/),
    ).toBeTruthy();

    await user.type(screen.getByLabelText('Owner'), 'J. Patel');
    await user.type(screen.getByLabelText('Local position'), 'Transfers are checked weekly.');
    await user.click(screen.getByRole('radio', { name: 'Amber' }));

    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    await user.type(
      screen.getByLabelText('Action 1: what is to be done'),
      'Audit every transfer for prompt information',
    );
    await user.type(screen.getByLabelText('Action 1: owner'), 'S. Khan');
    await typeDate(user, 'Action 1: due date', ['31', '1', '2020']);
    expect(screen.getByText('Overdue', { selector: '.govuk-tag--red' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add evidence' }));
    await user.type(screen.getByLabelText('Evidence 1: what shows it'), 'Our audit of 20 cases');
    await user.selectOptions(
      screen.getByLabelText('Evidence 1: question whose figures it cites (optional)'),
      'Was the case allocated promptly by the host YOT?',
    );
    // 9 of 20 allocated promptly: the 11 not (55%) beside the report's 38% of 60 (23).
    expect(
      await screen.findByText(
        'Figures: The case was not allocated promptly: 38% (23 of 60) published → 55% (11 of 20) in this audit',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeTruthy();
    const saved = await stored(YOT_INFO);
    expect(saved).toMatchObject({
      owner: 'J. Patel',
      localPosition: 'Transfers are checked weekly.',
      rag: 'amber',
      actions: [
        {
          text: 'Audit every transfer for prompt information',
          owner: 'S. Khan',
          dueDate: '2020-01-31',
          doneOn: null,
        },
      ],
      evidence: [{ text: 'Our audit of 20 cases', itemId: 'alloc-prompt' }],
    });
    expect(saved?.history.map((h) => [h.by, h.what])).toEqual([
      ['R. Okafor', 'Added from the framework’s report'],
      ['R. Okafor', 'Owner: none → J. Patel'],
      ['R. Okafor', 'Local position changed'],
      ['R. Okafor', 'RAG status: Not assessed → Amber'],
      ['R. Okafor', 'Action added: Audit every transfer for prompt information'],
      ['R. Okafor', 'Evidence added: Our audit of 20 cases'],
    ]);
    const whats = () =>
      within(screen.getByRole('table', { name: 'History' }))
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[2]?.textContent);
    // Newest first, once the saved record is read back.
    await waitFor(() => expect(whats()).toHaveLength(6));
    expect(whats()[0]).toBe('Evidence added: Our audit of 20 cases');
    expect(whats().at(-1)).toBe('Added from the framework’s report');
  });

  it('refuses a form that fails whole, the error summary naming the field', async () => {
    const user = await open();
    await user.type(screen.getByLabelText('Owner'), 'J. Patel');
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    await user.type(screen.getByLabelText('Action 1: what is to be done'), 'Audit transfers');
    await typeDate(user, 'Action 1: due date', ['31', '2', '2026']);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await focusedSummary();
    const link = within(summary).getByRole('link', {
      name: 'Action 1, due date: Enter a real date, for example 27 3 2024',
    });
    expect(link.getAttribute('href')).toBe('#action-1-due-day');
    await waitFor(() => expect(document.title).toMatch(/^Error: /));

    // A date put right, but an action with no text: the store refuses it, naming the field.
    const group = screen.getByRole('group', { name: 'Action 1: due date' });
    await user.clear(within(group).getByLabelText('Day'));
    await user.type(within(group).getByLabelText('Day'), '28');
    await user.clear(screen.getByLabelText('Action 1: what is to be done'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByRole('link', {
        name: 'Action 1, what is to be done: an action needs its text',
      }),
    ).toBeTruthy();
    expect(screen.queryByText('Saved')).toBeNull();
    const unchanged = await stored(YOT_INFO);
    expect(unchanged).toMatchObject({ owner: '', actions: [] });
    expect(unchanged?.history).toHaveLength(1);
  });

  it('adds a recommendation of the service’s own', async () => {
    const user = userEvent.setup();
    renderAt(`${REGISTER}/new`, <Recommendation inspectionId={SELF} recommendationId="new" />);
    await screen.findByRole('heading', { level: 1, name: 'Add a recommendation' });
    await waitFor(() =>
      expect((screen.getByLabelText('Who is recording this') as HTMLSelectElement).value).toBe(
        'R. Okafor',
      ),
    );
    await user.type(screen.getByLabelText('Body addressed'), 'Youth Offending Team Managers');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await focusedSummary();
    expect(
      within(summary)
        .getByRole('link', { name: 'a recommendation needs its text' })
        .getAttribute('href'),
    ).toBe('#text');

    await user.type(
      screen.getByLabelText('Recommendation'),
      'Every transfer is checked within a week.',
    );
    await user.type(
      screen.getByLabelText('Where it comes from (optional)'),
      'Improvement plan 2026',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.pathname).not.toBe(`${REGISTER}/new`));
    const id = window.location.pathname.split('/').at(-1)!;
    expect(await stored(id)).toMatchObject({
      origin: { kind: 'local', document: 'Improvement plan 2026', location: '' },
      addressee: 'Youth Offending Team Managers',
      text: 'Every transfer is checked within a week.',
      history: [expect.objectContaining({ by: 'R. Okafor', what: 'Recommendation added' })],
    });
  });
});
