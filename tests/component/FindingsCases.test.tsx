import { screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import FindingsCases from '../../src/ui/findings/FindingsCases/FindingsCases';
import {
  closeFindings,
  FINDINGS,
  fixture,
  freshFindings,
  INSPECTION,
  renderAt,
} from './findingsSetup';

beforeEach(freshFindings);
afterEach(closeFindings);

async function open(itemId: string, query = '') {
  renderAt(
    `${FINDINGS}/${itemId}${query}`,
    <FindingsCases inspectionId={INSPECTION} itemId={itemId} />,
  );
  await screen.findByRole('heading', { level: 1 });
  await screen.findByText(/Positive answers: |Answered: /);
}

function listed(id: string): string[][] {
  const section = document.getElementById(id);
  if (!section) return [];
  return within(section)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

describe('the cases behind a figure', () => {
  it('lists the cases of one breakdown cell by kind of answer, each with its evidence note', async () => {
    await open('alloc', '?by=area&group=north');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Was the case allocated promptly?' }),
    ).toBeTruthy();
    expect(document.querySelector('.ca-findings-cases__figure')?.textContent).toBe(
      'Yes: 50% (4/8) † small base',
    );
    expect(screen.getByText(/Complete cases only; North YOT \(9 cases\)/)).toBeTruthy();
    expect(listed('negative')).toEqual([
      [
        'LAC-01-01',
        'North YOT',
        'A. Patel',
        'No',
        'Allocated 11 working days after the transfer (case record p. 1)',
      ],
      [
        'LAC-01-03',
        'North YOT',
        'A. Patel',
        'No',
        'Allocated 13 working days after the transfer (case record p. 3)',
      ],
      [
        'LAC-01-05',
        'North YOT',
        'A. Patel',
        'No',
        'Allocated 15 working days after the transfer (case record p. 5)',
      ],
      [
        'LAC-01-07',
        'North YOT',
        'A. Patel',
        'No',
        'Allocated 17 working days after the transfer (case record p. 7)',
      ],
    ]);
    expect(listed('positive').map((r) => r[0])).toEqual([
      'LAC-01-09',
      'LAC-01-11',
      'LAC-01-13',
      'LAC-01-15',
    ]);
    expect(listed('notApplicable')).toEqual([
      ['LAC-01-17', 'North YOT', 'A. Patel', 'N/A', 'Already known to the host YOT'],
    ]);
    expect(screen.getByText('N/A: not applicable to the case: 1 (not in the base)')).toBeTruthy();
  });

  it('links each case to its page', async () => {
    await open('alloc');
    const link = within(document.getElementById('negative')!).getByRole('link', {
      name: 'LAC-01-01',
    });
    expect(link.getAttribute('href')).toBe(
      `/inspections/${INSPECTION}/cases/${fixture.cases[0]!.id}`,
    );
  });

  it('counts unanswered and not-asked cases on the all-cases basis', async () => {
    await open('rev-why', '?basis=all');
    expect(document.querySelector('.ca-findings-cases__figure')?.textContent).toBe(
      'No: 60% (3/5) † small base',
    );
    expect(listed('hidden')).toHaveLength(15);
    expect(listed('hidden')[0]?.[3]).toBe('Not asked');
    expect(listed('positive').map((r) => [r[0], r[4]])).toEqual([
      ['LAC-01-01', 'Manager on leave, recorded'],
      ['LAC-02-02', 'Manager on leave, recorded'],
    ]);
    expect(listed('negative').map((r) => r[4])).toEqual(['No note', 'No note', 'No note']);
  });

  it('lists the answers to a profile field with no positive answer', async () => {
    await open('gender');
    expect(screen.getByText('Answered: 18')).toBeTruthy();
  });

  it('says so when the question does not exist', async () => {
    renderAt(`${FINDINGS}/nope`, <FindingsCases inspectionId={INSPECTION} itemId="nope" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});
