import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Findings from '../../src/ui/findings/Findings/Findings';
import {
  closeFindings,
  FINDINGS,
  figuresShown,
  fixture,
  freshFindings,
  INSPECTION,
  renderAt,
} from './findingsSetup';

beforeEach(freshFindings);
afterEach(closeFindings);

async function open(query = '') {
  const user = userEvent.setup();
  renderAt(`${FINDINGS}${query}`, <Findings inspectionId={INSPECTION} />);
  await figuresShown();
  return user;
}

/** The row of the standard tables whose question cell mentions `itemId`. */
function questionRow(itemId: string): HTMLElement {
  const rows = screen
    .getAllByRole('row')
    .filter(
      (row) =>
        row.closest('.ca-findings__table') &&
        within(row).queryByText(itemId, { selector: '.ca-findings__id' }),
    );
  if (rows.length !== 1) throw new Error(`expected one row for ${itemId}, found ${rows.length}`);
  return rows[0]!;
}

function cells(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent?.trim() ?? '');
}

describe('the findings screen', () => {
  it('says which cases the figures are based on, and the framework and version', async () => {
    await open();
    expect(screen.getByRole('heading', { level: 1, name: 'Findings' })).toBeTruthy();
    expect(screen.getByText('Based on 18 complete cases of 20')).toBeTruthy();
    expect(screen.getByText('Findings test framework')).toBeTruthy();
    expect(screen.getByText(/version 1\.0\.0/)).toBeTruthy();
  });

  it('shows each figure with its numerator and base, and its 95% Wilson interval: 56% (9/16), 33–77%', async () => {
    await open();
    const [result, interval, excluded, band] = cells(questionRow('alloc'));
    expect(result).toMatch(/^Yes: 56% \(9\/16\)/);
    expect(interval).toBe('33–77%');
    expect(excluded).toBe('N/A 2');
    expect(band).toBe('Too few');
    expect(cells(questionRow('emh'))[0]).toMatch(/^Yes: 83% \(15\/18\)/);
    expect(cells(questionRow('rev'))[0]).toMatch(/^Yes: 72% \(13\/18\)/);
  });

  it('keeps N/A, unanswered and not-asked cases out of the base and counts them apart', async () => {
    await open('?basis=all');
    // All cases: 10 of 17; two N/A and case 20 unanswered are not in the base.
    const [result, , excluded] = cells(questionRow('alloc'));
    expect(result).toMatch(/^Yes: 59% \(10\/17\)/);
    expect(excluded).toBe('N/A 2Not answered 1');
    // emh: case 20 is “not known”, out of the base by default.
    expect(cells(questionRow('emh'))[2]).toBe('Not known 1');
    // Asked only when the review was late: 5 cases; 15 not asked.
    const [why, , whyExcluded] = cells(questionRow('rev-why'));
    // The row states what its sentence states: 3 of 5 answered No.
    expect(why).toMatch(/^No: 60% \(3\/5\) † small base/);
    expect(whyExcluded).toBe('Not asked (rule) 15');
    expect(screen.getByText('Based on all 20 cases (18 complete)')).toBeTruthy();
  });

  it('flags small bases rather than hiding them', async () => {
    await open();
    expect(within(questionRow('rev-why')).getByText('small base')).toBeTruthy();
    expect(within(questionRow('alloc')).queryByText('small base')).toBeNull();
    expect(screen.getAllByText(/^† Small base: fewer than 10 cases/).length).toBeGreaterThan(0);
  });

  it('states each standard’s rating with the rule that produced it, and the overall rating with points', async () => {
    await open();
    const ratings = screen.getByRole('table', { name: 'Ratings of the standards' });
    const rows = within(ratings).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      'Requires improvement (1 point)',
      'Outstanding (3 points)',
      'Good (2 points)',
    ]);
    expect(within(rows[0]!).getAllByRole('cell')[1]?.textContent).toBe(
      'Lowest key question: “Was the case allocated promptly?” (alloc) at Yes: 56% (9/16), Too few',
    );
    expect(screen.getByText('Overall: Good')).toBeTruthy();
    expect(screen.getByText('6 of 9 points: Good (6–7).')).toBeTruthy();
  });

  it('gives each scored question its sentence with a Copy button', async () => {
    const user = await open();
    const sentence = 'In over half of cases (56%, 9 of 16) the case was allocated promptly.';
    expect(within(questionRow('alloc')).getByText(sentence)).toBeTruthy();
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: async (text: string) => {
          copied = text;
        },
      },
    });
    await user.click(
      within(questionRow('alloc')).getByRole('button', { name: /Copy the sentence about alloc/ }),
    );
    expect(copied).toBe(sentence);
    expect(within(questionRow('alloc')).getByText('Copied')).toBeTruthy();
  });

  it('breaks every figure down by area, each cell with its own base, from the address', async () => {
    await open('?by=area');
    const table = await screen.findByRole('group', { name: 'Allocation by area' });
    const header = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(header).toEqual([
      'Question',
      'All cases18 cases',
      'North YOT9 cases',
      'South YOT9 cases',
    ]);
    const row = within(table).getAllByRole('row')[1]!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      '56% (9/16) – which cases? alloc, All cases',
      '50% (4/8) † small base – which cases? alloc, North YOT',
      '63% (5/8) † small base – which cases? alloc, South YOT',
    ]);
    const link = within(row).getAllByRole('link')[1]!;
    expect(link.getAttribute('href')).toBe(`${FINDINGS}/alloc?by=area&group=north`);
  });

  it('changes the breakdown with the controls and puts it in the address', async () => {
    const user = await open();
    await user.selectOptions(screen.getByLabelText('Break down by'), 'Area');
    await user.click(screen.getByRole('button', { name: 'Show these findings' }));
    // Labelled "by area" only once the figures by area are there: never the figures before.
    const byArea = await screen.findByRole('group', { name: 'Allocation by area' });
    expect(within(byArea).getByRole('columnheader', { name: /^North YOT/ })).toBeTruthy();
    expect(window.location.search).toBe('?by=area');
    await user.selectOptions(screen.getByLabelText('Show'), 'Reviewing');
    await user.click(screen.getByRole('radio', { name: 'All cases' }));
    await user.click(screen.getByRole('button', { name: 'Show these findings' }));
    await screen.findByText('Based on all 20 cases (18 complete)');
    expect(window.location.search).toBe('?basis=all&section=reviewing-section&by=area');
    expect(screen.queryByRole('heading', { name: 'Allocation' })).toBeNull();
    expect(screen.getByRole('heading', { level: 3, name: 'Reviewing' })).toBeTruthy();
  });

  it('describes the sample: counts and shares per answer, and a number’s n, mean, median and range', async () => {
    await open('?section=profile');
    const gender = screen.getByRole('table', { name: 'Gender' });
    expect(
      within(gender)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['AnswerAll casesbase 18', 'Male67% (12/18)', 'Female33% (6/18)']);
    const age = screen.getByRole('table', { name: 'Age of the child (years)' });
    expect(within(age).getByRole('row', { name: /aged 16 or over/ }).textContent).toMatch(
      /aged 16 or over\d+% \(\d+\/18\)/,
    );
    expect(screen.getByText(/A case could give more than one answer/)).toBeTruthy();
  });

  it('shows how complete the work is, with links to the cases not yet complete', async () => {
    await open();
    const table = screen.getByRole('table', { name: 'Cases not yet complete (2)' });
    const links = within(table).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['LAC-01-19', `/inspections/${INSPECTION}/cases/${fixture.cases[18]!.id}`],
      ['LAC-02-20', `/inspections/${INSPECTION}/cases/${fixture.cases[19]!.id}`],
    ]);
    const byArea = screen.getByRole('table', { name: 'By area' });
    expect(within(byArea).getAllByRole('row')[1]?.textContent).toMatch(/^North YOT10/);
  });

  it('links each figure to the cases behind it', async () => {
    await open();
    const link = within(questionRow('alloc')).getByRole('link', { name: /Which cases\?/ });
    expect(link.getAttribute('href')).toBe(`${FINDINGS}/alloc`);
  });

  it('measures data loaded → rendered', async () => {
    performance.clearMarks();
    await open();
    await waitFor(() =>
      expect(performance.getEntriesByName('case-audit:findings-render').length).toBeGreaterThan(0),
    );
  });
});
