/**
 * The findings screen in Welsh: its headings, controls, tables and notes come from the Welsh
 * catalogue, so a user who chose Cymraeg meets no English but the framework's own wording.
 */
import { screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Findings from '../../src/ui/findings/Findings/Findings';
import { applyLanguage } from '../../src/ui/i18n/translate';
import { closeFindings, FINDINGS, freshFindings, INSPECTION, renderAt } from './findingsSetup';

beforeEach(async () => {
  await freshFindings();
  await applyLanguage('cy');
});
afterEach(async () => {
  await applyLanguage('en');
  await closeFindings();
});

async function open(query = '') {
  renderAt(`${FINDINGS}${query}`, <Findings inspectionId={INSPECTION} />);
  await screen.findByText(/^Yn seiliedig ar /, {}, { timeout: 5_000 });
}

describe('the findings screen in Welsh', () => {
  it('names the page, the basis and the sections in Welsh', async () => {
    await open();
    expect(screen.getByRole('heading', { level: 1, name: 'Canfyddiadau' })).toBeTruthy();
    expect(screen.getByText('Yn seiliedig ar 18 achos cyflawn o 20')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Sgoriau' })).toBeTruthy();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Pa mor gyflawn yw’r gwaith' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Proffil y sampl' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Cynnwys y canfyddiadau' })).toBeTruthy();
    expect(screen.queryByText('How complete the work is')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Ratings' })).toBeNull();
  });

  it('gives the controls in Welsh', async () => {
    await open();
    expect(screen.getByRole('group', { name: 'Pa achosion sy’n cyfrif' })).toBeTruthy();
    expect(screen.getByLabelText('Achosion cyflawn yn unig')).toBeTruthy();
    expect(screen.getByLabelText('Lefel hyder')).toBeTruthy();
    expect(screen.getByLabelText('Dadansoddi yn ôl')).toBeTruthy();
    expect(screen.getAllByRole('option', { name: 'Ardal' }).length).toBe(2);
    expect(screen.getByRole('button', { name: 'Dangos y canfyddiadau hyn' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show these findings' })).toBeNull();
  });

  it('heads the tables of figures in Welsh, the figures themselves unchanged', async () => {
    await open('?basis=all');
    const header = screen.getAllByRole('columnheader', {
      name: 'Ateb a gyfrifwyd: % (achosion/sylfaen)',
    });
    expect(header.length).toBeGreaterThan(0);
    const table = header[0]!.closest('table')!;
    expect(within(table).getAllByRole('columnheader', { name: 'CH 95%' }).length).toBe(1);
    expect(within(table).getByText('Amherthnasol 2')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /^Pa achosion\?/ }).length).toBeGreaterThan(0);
    expect(screen.getByText('Yn seiliedig ar bob un o’r 20 achos (18 yn gyflawn)')).toBeTruthy();
    expect(screen.queryByText('Which cases?')).toBeNull();
    expect(screen.queryAllByText(/Not in the base/)).toEqual([]);
  });
});
