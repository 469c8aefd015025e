/**
 * The recommendations register screen: started from the framework's eight recommendations, the
 * table with RAG tags and overdue actions flagged, the filters kept in the address, a file
 * imported (refused with its places named, or merged so a second import adds nothing) and the
 * register exported.
 */
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterRecommendation } from '../../src/core';
import { loadRegister, saveRecommendation } from '../../src/db/register/registerStore';
import { downloadFile } from '../../src/ui/components/downloadFile';
import Register from '../../src/ui/register/Register/Register';
import { renderAt } from './findingsSetup';
import { closeRegister, freshRegister, REGISTER, SELF } from './registerSetup';

vi.mock('../../src/ui/components/downloadFile', () => ({ downloadFile: vi.fn() }));
const saved = vi.mocked(downloadFile);

beforeEach(async () => {
  saved.mockClear();
  await freshRegister();
});
afterEach(closeRegister);

async function open(query = '') {
  const user = userEvent.setup();
  renderAt(`${REGISTER}${query}`, <Register inspectionId={SELF} />);
  await screen.findByRole('heading', { level: 1, name: 'Recommendations register' });
  await screen.findByLabelText('Register file');
  return user;
}

function local(id: string, more: Partial<RegisterRecommendation> = {}): RegisterRecommendation {
  return {
    id,
    origin: { kind: 'local', document: 'Improvement plan', location: '' },
    addressee: 'Youth Offending Team Managers',
    text: `Local recommendation ${id}`,
    owner: '',
    localPosition: '',
    rag: null,
    actions: [],
    evidence: [],
    history: [],
    ...more,
  };
}

function rows(): string[][] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent ?? ''),
    );
}

function registerFile(recommendations: unknown[], version = '1.0.1'): File {
  const file = {
    format: 'case-audit-register',
    formatVersion: 1,
    framework: { id: 'hmip-lac-placed-away-2012', version },
    title: 'From the neighbouring service',
    recommendations,
  };
  return new File([JSON.stringify(file)], 'register.json', { type: 'application/json' });
}

describe('the recommendations register', { timeout: 30_000 }, () => {
  it('starts from the framework’s eight recommendations, once', async () => {
    const user = await open();
    expect(screen.getByText('No recommendations are recorded yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add a recommendation' }).getAttribute('href')).toBe(
      `${REGISTER}/new`,
    );
    await user.click(
      await screen.findByRole('button', { name: 'Add the framework’s recommendations (8)' }),
    );
    expect(
      await screen.findByText('8 recommendations added. From the framework’s report.'),
    ).toBeTruthy();
    const table = await screen.findByRole('table', { name: '8 recommendations' });
    expect(rows()[0]).toEqual([
      expect.stringMatching(/^The Department for Education.*The regulations governing/),
      'No owner yet',
      'Not assessed',
      '0',
    ]);
    const link = within(table).getAllByRole('link')[0]!;
    expect(link.getAttribute('href')).toBe(`${REGISTER}/dfe-placement-regulations`);
    expect(
      screen.queryByRole('button', { name: /Add the framework’s recommendations/ }),
    ).toBeNull();
    const stored = await loadRegister(SELF);
    expect(stored.status === 'ok' && stored.recommendations).toHaveLength(8);
  });

  it('shows RAG status as a tag and flags overdue actions, filtered as the address says', async () => {
    await saveRecommendation(
      SELF,
      local('late', {
        owner: 'J. Patel',
        rag: 'amber',
        actions: [
          { id: 'a1', text: 'Audit allocation', owner: '', dueDate: '2020-01-31', doneOn: null },
          { id: 'a2', text: 'Brief managers', owner: '', dueDate: null, doneOn: null },
          { id: 'a3', text: 'Done', owner: '', dueDate: '2020-01-01', doneOn: '2020-01-02' },
        ],
      }),
      'R. Okafor',
    );
    await saveRecommendation(SELF, local('fine', { owner: 'S. Khan', rag: 'green' }), 'R. Okafor');
    await saveRecommendation(SELF, local('new'), 'R. Okafor');
    const user = await open('?rag=amber');
    await screen.findByRole('table', { name: '1 of 3 recommendations' });
    expect(rows()).toEqual([
      [
        'Youth Offending Team ManagersLocal recommendation late',
        'J. Patel',
        'Amber',
        '2 1 overdue',
      ],
    ]);
    const overdue = screen.getByText('1 overdue');
    expect(overdue.className).toContain('govuk-tag--red');
    expect(screen.getByText('Amber', { selector: '.govuk-tag' }).className).toContain(
      'govuk-tag--orange',
    );

    await user.selectOptions(screen.getByLabelText('RAG status'), 'Not assessed');
    await user.click(screen.getByRole('button', { name: 'Apply the filters' }));
    await waitFor(() => expect(window.location.search).toBe('?rag=not-assessed'));
    await screen.findByRole('table', { name: '1 of 3 recommendations' });
    expect(rows()[0]?.[2]).toBe('Not assessed');

    await user.selectOptions(screen.getByLabelText('RAG status'), 'Any status');
    await user.selectOptions(screen.getByLabelText('Owner'), 'S. Khan');
    await user.click(screen.getByRole('button', { name: 'Apply the filters' }));
    await waitFor(() => expect(window.location.search).toBe('?owner=S.+Khan'));
    await screen.findByRole('table', { name: '1 of 3 recommendations' });
    expect(rows()[0]?.[1]).toBe('S. Khan');
  });

  it('refuses a file that does not read, naming the places, and stores nothing', async () => {
    const user = await open();
    const bad = local('x', { evidence: [{ id: 'e1', text: 'Made up', itemId: 'no-such' }] });
    await user.upload(screen.getByLabelText('Register file'), registerFile([bad]));
    await user.click(screen.getByRole('button', { name: 'Import the file' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByText('The file was not imported: 1 problem in it. Nothing was stored.'),
    ).toBeTruthy();
    expect(
      within(summary).getByText(
        'recommendations[0].evidence[0].itemId: no question "no-such" in the framework',
      ),
    ).toBeTruthy();
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
    const stored = await loadRegister(SELF);
    expect(stored.status === 'ok' && stored.recommendations).toEqual([]);
  });

  it('imports a file, adding nothing the second time, and exports the register', async () => {
    const user = await open();
    const file = registerFile([local('shared', { rag: 'red' })]);
    await user.upload(screen.getByLabelText('Register file'), file);
    await user.click(screen.getByRole('button', { name: 'Import the file' }));
    expect(await screen.findByText('Imported: 1 recommendation added.')).toBeTruthy();
    await user.upload(screen.getByLabelText('Register file'), file);
    await user.click(screen.getByRole('button', { name: 'Import the file' }));
    expect(
      await screen.findByText('Imported: 0 recommendations added; 1 was already in the register.'),
    ).toBeTruthy();
    await screen.findByRole('table', { name: '1 recommendation' });

    await user.click(screen.getByRole('button', { name: 'Export the register' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    const [name, blob] = saved.mock.calls[0]!;
    expect(name).toMatch(/^lac-2012-self-audit-register-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await blob.text());
    expect(exported.format).toBe('case-audit-register');
    expect(exported.recommendations.map((r: { id: string }) => r.id)).toEqual(['shared']);
  });
});
