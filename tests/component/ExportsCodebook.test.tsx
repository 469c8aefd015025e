/**
 * The Exports screen's codebook and syntax files, beside the cases spreadsheet: each named with
 * what it is for, each saved under a name that says what it holds, the syntax reading the cases
 * spreadsheet by the name it is downloaded under the same day.
 */
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { codebookSchema } from '../../src/core/exchange/codebookSchema';
import { downloadFile } from '../../src/ui/components/downloadFile';
import Exports from '../../src/ui/report/Exports/Exports';
import { closeCase, freshCase, INSPECTION, renderRouted } from './scoringSetup';

vi.mock('../../src/ui/components/downloadFile', () => ({ downloadFile: vi.fn() }));
const saved = vi.mocked(downloadFile);

async function open() {
  const user = userEvent.setup();
  renderRouted(`/inspections/${INSPECTION}/export`, <Exports inspectionId={INSPECTION} />);
  await screen.findByRole('heading', { level: 1, name: 'Exports' });
  return user;
}

/** Clicks a download button and gives the file it saved. */
async function download(user: ReturnType<typeof userEvent.setup>, button: string) {
  saved.mockClear();
  await user.click(screen.getByRole('button', { name: button }));
  await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 10_000 });
  const [name, blob] = saved.mock.calls[0]!;
  // Read as bytes: reading as text would drop a byte-order mark.
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { name, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

beforeEach(async () => {
  saved.mockClear();
  await freshCase();
});
afterEach(closeCase);

describe('the codebook and syntax for statistics programs', { timeout: 30_000 }, () => {
  it('sit beside the cases spreadsheet, each with what it is for', async () => {
    await open();
    const cases = screen
      .getByRole('heading', { level: 2, name: 'Cases (CSV spreadsheet)' })
      .closest('section')!;
    expect(
      within(cases).getByRole('heading', { level: 3, name: 'For statistics programs' }),
    ).toBeTruthy();
    const entries = within(cases)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(entries).toEqual([
      expect.stringMatching(
        /^Codebook \(CSV\): every column of the cases spreadsheet with its variable name, label and type, and each answer code with its label/,
      ),
      expect.stringMatching(/^Codebook \(JSON\): the same codebook for other programs to read\./),
      expect.stringMatching(
        /^SPSS syntax \(\.sps\): run it in SPSS or PSPP to read the cases spreadsheet with variable and value labels/,
      ),
      expect.stringMatching(
        /^R script \(\.R\): run it in R to read the cases spreadsheet as a data frame/,
      ),
    ]);
    for (const name of [
      'Download the codebook (CSV)',
      'Download the codebook (JSON)',
      'Download the SPSS syntax (.sps)',
      'Download the R script (.R)',
    ]) {
      expect(within(cases).getByRole('button', { name })).toBeTruthy();
    }
    const results = await axe.run(cases, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('saves the codebook as CSV, the inspection’s own areas and team labelled', async () => {
    const user = await open();
    const file = await download(user, 'Download the codebook (CSV)');
    expect(file.name).toMatch(/^[a-z0-9-]+-thematic-codebook-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(file.text.slice(1).trim(), {
      header: true,
    }).data;
    expect(rows.filter((r) => r.column === 'area').map((r) => [r.code, r.code_label])).toEqual([
      ['north', 'North YOT'],
      ['south', 'South YOT'],
    ]);
    expect(rows.filter((r) => r.column === 'inspector').map((r) => r.code_label)).toEqual([
      'R. Okafor',
      'A. Patel',
      'J. Morgan',
    ]);
    expect(document.querySelector('[data-export-done]')?.textContent).toContain(file.name);
  });

  it('saves the codebook as JSON its schema reads, naming the cases file of the day', async () => {
    const user = await open();
    const cases = await download(user, 'Download the cases');
    const file = await download(user, 'Download the codebook (JSON)');
    expect(file.name).toMatch(/-codebook-\d{4}-\d{2}-\d{2}\.json$/);
    const codebook = codebookSchema.parse(JSON.parse(file.text));
    expect(codebook.casesFile).toBe(cases.name);
    const heading = Papa.parse<string[]>(cases.text.replace(/^\uFEFF/, '')).data[0];
    expect(codebook.columns.map((c) => c.id)).toEqual(heading);
  });

  it('saves SPSS syntax and an R script named after, and reading, the cases file of the day', async () => {
    const user = await open();
    const cases = await download(user, 'Download the cases');
    const spss = await download(user, 'Download the SPSS syntax (.sps)');
    expect(spss.name).toBe(cases.name.replace(/\.csv$/, '.sps'));
    expect(spss.text).toContain(`/FILE='${cases.name}'`);
    expect(spss.text).toContain("VALUE LABELS area\n    'north' 'North YOT'");
    const r = await download(user, 'Download the R script (.R)');
    expect(r.name).toBe(cases.name.replace(/\.csv$/, '.R'));
    expect(r.text).toContain(`cases_file <- "${cases.name}"`);
  });
});
