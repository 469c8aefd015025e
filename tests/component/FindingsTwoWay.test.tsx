/**
 * The findings screen broken down two ways: a table per scored question, rows by the first
 * dimension and columns by the second, each cell its figure with its own base and the
 * small-base mark, with totals; chosen with "Then by" and kept in the address.
 */
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Findings from '../../src/ui/findings/Findings/Findings';
import FindingsCases from '../../src/ui/findings/FindingsCases/FindingsCases';
import {
  closeFindings,
  FINDINGS,
  figuresShown,
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

function texts(elements: HTMLElement[]): string[] {
  return elements.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
}

describe('two-way tables on the findings screen', () => {
  it('shows a question by area (rows) and gender (columns), each cell with its base and †, with totals', async () => {
    await open('?by=area,gender');
    const group = await screen.findByRole('group', {
      name: 'Was the case allocated promptly? by area and gender',
    });
    const table = within(group).getByRole('table');
    // The caption says what each figure counts.
    expect(table.querySelector('caption')?.textContent).toMatch(
      /^Was the case allocated promptly\? alloc\s*Counted: Yes, % \(cases\/base\), by area \(rows\) and gender \(columns\)$/,
    );
    expect(texts(within(table).getAllByRole('columnheader'))).toEqual([
      'Area (rows); Gender (columns)',
      'Male12 cases',
      'Female6 cases',
      'All gender groups',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => texts(within(row).getAllByRole('rowheader')))).toEqual([
      ['North YOT9 cases'],
      ['South YOT9 cases'],
      ['All area groups'],
    ]);
    // Worked from the fixture: North male 1, 5, 7 no and 11, 13 yes (17 N/A).
    const figures = (row: HTMLElement) =>
      texts(within(row).getAllByRole('cell')).map((t) => t.replace(/ – which cases\?.*$/, ''));
    expect(rows.map(figures)).toEqual([
      ['40% (2/5) † small base', '67% (2/3) † small base', '50% (4/8) † small base'],
      ['67% (4/6) † small base', '50% (1/2) † small base', '63% (5/8) † small base'],
      ['55% (6/11)', '60% (3/5) † small base', '56% (9/16)'],
    ]);
    // Each figure links to its cases: a cell to its area and gender, a total to its area.
    const [cell, , total] = within(rows[0]!).getAllByRole('link');
    expect(cell!.textContent).toBe('40% (2/5) † small base – which cases? alloc, North YOT, Male');
    expect(cell!.getAttribute('href')).toBe(
      `${FINDINGS}/alloc?by=area%2Cgender&group=north%1Fmale`,
    );
    expect(total!.getAttribute('href')).toBe(`${FINDINGS}/alloc?by=area&group=north`);
    expect(screen.getAllByText(/^† Small base: fewer than 10 cases/).length).toBeGreaterThan(0);
    // Row and column headers are announced with each cell.
    expect(within(table).getAllByRole('rowheader')[0]!.getAttribute('scope')).toBe('row');
    expect(within(table).getAllByRole('columnheader')[1]!.getAttribute('scope')).toBe('col');
  });

  it('says “no applicable cases” where a pair of groups has none', async () => {
    await open('?by=area,stratum');
    const group = await screen.findByRole('group', {
      name: 'Was the case allocated promptly? by area and stratum',
    });
    const rows = within(group).getAllByRole('row').slice(1);
    // North is read in the host stratum only, South in the home one.
    expect(
      texts(within(rows[0]!).getAllByRole('cell')).map((t) => t.replace(/ – which cases\?.*$/, '')),
    ).toEqual(['50% (4/8) † small base', '– no applicable cases', '50% (4/8) † small base']);
  });

  it('chooses a second dimension with “Then by” and keeps both in the address', async () => {
    const user = await open();
    await user.selectOptions(screen.getByLabelText('Break down by'), 'Area');
    await user.selectOptions(screen.getByLabelText('Then by'), 'Stratum');
    await user.click(screen.getByRole('button', { name: 'Show these findings' }));
    await screen.findByRole('group', {
      name: 'Was the case allocated promptly? by area and stratum',
    });
    expect(window.location.search).toBe('?by=area,stratum');
    // The controls show the choice again, and "Then by" does not offer the first dimension.
    expect((screen.getByLabelText('Then by') as HTMLSelectElement).value).toBe('stratum');
    expect(
      within(screen.getByLabelText('Then by')).queryByRole('option', { name: 'Area' }),
    ).toBeNull();
    // Clearing the first breakdown clears both.
    await user.selectOptions(screen.getByLabelText('Break down by'), 'No breakdown');
    await user.click(screen.getByRole('button', { name: 'Show these findings' }));
    expect(window.location.search).toBe('');
    // The two-way figures stay, labelled as they were counted, until those without are ready.
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: /by area and stratum$/ })).toBeNull(),
    );
    await figuresShown();
  });

  it('lists the cases behind one cell: North YOT’s boys', async () => {
    renderAt(
      `${FINDINGS}/alloc?by=area%2Cgender&group=north%1Fmale`,
      <FindingsCases inspectionId={INSPECTION} itemId="alloc" />,
    );
    await screen.findByText(/Positive answers: /);
    expect(document.querySelector('.ca-findings-cases__figure')?.textContent).toBe(
      'Yes: 40% (2/5) † small base',
    );
    const refs = (id: string) =>
      [...(document.getElementById(id)?.querySelectorAll('tbody tr th') ?? [])].map(
        (th) => th.textContent,
      );
    expect(refs('negative')).toEqual(['LAC-01-01', 'LAC-01-05', 'LAC-01-07']);
    expect(refs('positive')).toEqual(['LAC-01-11', 'LAC-01-13']);
  });
});
