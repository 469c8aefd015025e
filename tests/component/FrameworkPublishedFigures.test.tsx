/**
 * The framework page's "Published figures": the set in use (shipped or imported) with its title
 * and count, downloaded as the file core writes, a file imported for this version (refused whole
 * with the place named, nothing stored) and the imported figures removed.
 */
import { readFileSync } from 'node:fs';
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeBenchmarkSet } from '../../src/core/benchmarks/writeBenchmarkSet';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { importFramework } from '../../src/db/frameworks/frameworkStore';
import FrameworkDetail from '../../src/ui/frameworks/FrameworkDetail/FrameworkDetail';
import { LAC_BENCHMARKS } from '../fixtures/lacBenchmarks';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';
import { richFramework } from '../unit/core/framework/richFramework';

const downloads = vi.hoisted(() => [] as { fileName: string; blob: Blob }[]);
vi.mock('../../src/ui/components/downloadFile', () => ({
  downloadFile: (fileName: string, blob: Blob) => downloads.push({ fileName, blob }),
}));

const LAC_KEY = 'hmip-lac-placed-away-2012@1.0.1';
// Read by its path from the repository's root, as the component tests run there.
const SHIPPED_TEXT = readFileSync(
  'audit-frameworks/hmip-lac-placed-away-2012/benchmarks-1.0.1.json',
  'utf8',
);
const SHIPPED_TITLE = JSON.parse(SHIPPED_TEXT).title as string;

let n = 0;
beforeEach(() => {
  useDatabase(new CaseAuditDatabase(`framework-figures-${n++}`, TEST_DATA_KEY));
  downloads.length = 0;
});
afterEach(() => useDatabase(null));

const jsonFile = (content: string, name: string) =>
  new File([content], name, { type: 'application/json' });

/** The made-up set with one figure changed as `change` says. */
function withFigure(i: number, change: Record<string, unknown>): string {
  const figures = LAC_BENCHMARKS.figures.map((f, j) => (j === i ? { ...f, ...change } : f));
  return JSON.stringify({ ...LAC_BENCHMARKS, figures });
}

function part(): HTMLElement {
  return screen.getByRole('region', { name: 'Published figures' });
}

/** The summary list's value for a row of the part. */
function row(label: string): string {
  const term = within(part()).getByText(label, { selector: 'dt' });
  return term.parentElement?.querySelector('dd')?.textContent ?? '';
}

async function open(key = LAC_KEY) {
  const user = userEvent.setup();
  render(<FrameworkDetail frameworkKey={key} />);
  await screen.findByRole('heading', { level: 1 });
  await within(part()).findByRole('button', { name: 'Import published figures' });
  return user;
}

async function importFile(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.upload(within(part()).getByLabelText('Published figures file (JSON)'), file);
  await user.click(within(part()).getByRole('button', { name: 'Import published figures' }));
}

function summaryItems(): string[] {
  const summary = within(part()).getByRole('heading', { name: 'There is a problem' }).parentElement;
  return within(summary!)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

describe('the published figures on the framework page', { timeout: 30_000 }, () => {
  it('shows the shipped figures in use and downloads them as the shipped file', async () => {
    const user = await open();
    await waitFor(() => expect(row('In use')).toBe('Shipped with the app'));
    expect(row('Title')).toBe(SHIPPED_TITLE);
    expect(row('Figures')).toBe('53 figures');
    expect(
      within(part()).queryByRole('button', { name: 'Remove the imported figures' }),
    ).toBeNull();
    await user.click(
      within(part()).getByRole('button', { name: 'Download the published figures' }),
    );
    expect(downloads.map((d) => d.fileName)).toEqual([
      'hmip-lac-placed-away-2012-1.0.1-benchmarks.json',
    ]);
    expect(await downloads[0]!.blob.text()).toBe(SHIPPED_TEXT);
  });

  it('imports a file for this version, uses it, replaces it on a second import, and removes it', async () => {
    const user = await open();
    await importFile(user, jsonFile(writeBenchmarkSet(LAC_BENCHMARKS), 'made-up.json'));
    const banner = await screen.findByRole('alert');
    expect(within(banner).getByText('Published figures imported: 5 figures')).toBeTruthy();
    expect(banner.textContent).toContain('Made-up published figures for tests.');
    await waitFor(() => expect(row('Figures')).toBe('5 figures'));
    expect(row('In use')).toMatch(
      /^Imported from made-up\.json on \d{1,2} \w+ \d{4}, instead of the figures that ship with the app$/,
    );
    expect(row('Title')).toBe('Made-up published figures for tests');
    await user.click(
      within(part()).getByRole('button', { name: 'Download the published figures' }),
    );
    expect(await downloads[0]!.blob.text()).toBe(writeBenchmarkSet(LAC_BENCHMARKS));

    const three = { ...LAC_BENCHMARKS, figures: LAC_BENCHMARKS.figures.slice(0, 3) };
    await importFile(user, jsonFile(writeBenchmarkSet(three), 'three.json'));
    await waitFor(() => expect(row('Figures')).toBe('3 figures'));
    expect(screen.getByRole('alert').textContent).toContain(
      'They replace the figures imported before.',
    );
    expect(await database().benchmarkSets.count()).toBe(1);

    await user.click(within(part()).getByRole('button', { name: 'Remove the imported figures' }));
    const removed = await screen.findByText('Imported figures removed');
    expect(removed.closest('[role="alert"]')?.textContent).toContain(
      'The published figures that ship with the app are used again.',
    );
    await waitFor(() => expect(row('In use')).toBe('Shipped with the app'));
    expect(row('Figures')).toBe('53 figures');
    expect(await database().benchmarkSets.count()).toBe(0);
  });

  it('refuses a file with a base of zero, naming the place, and stores nothing', async () => {
    const user = await open();
    await importFile(user, jsonFile(withFigure(3, { positive: 0, base: 0 }), 'zero.json'));
    await waitFor(() =>
      expect(summaryItems()).toContain('figures[3].base: a base must be at least 1'),
    );
    expect(part().textContent).toContain(
      'zero.json was not imported, and nothing was stored. Each problem below names its place in the file:',
    );
    expect(document.getElementById('published-figures-file-error')?.textContent).toContain(
      'zero.json was not imported',
    );
    expect(await database().benchmarkSets.count()).toBe(0);
    expect(row('In use')).toBe('Shipped with the app');
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
  });

  it('refuses a file for another version, a numerator above its base and an unknown question', async () => {
    const user = await open();
    const older = {
      ...LAC_BENCHMARKS,
      framework: { ...LAC_BENCHMARKS.framework, version: '1.0.0' },
    };
    await importFile(user, jsonFile(JSON.stringify(older), 'older.json'));
    await waitFor(() =>
      expect(summaryItems()).toEqual([
        'framework: this file is for hmip-lac-placed-away-2012 1.0.0, not hmip-lac-placed-away-2012 1.0.1',
      ]),
    );
    await importFile(user, jsonFile(withFigure(0, { positive: 61 }), 'above.json'));
    await waitFor(() =>
      expect(summaryItems()).toEqual(['figures[0].positive: is more than its base']),
    );
    await importFile(user, jsonFile(withFigure(2, { itemId: 'no-such' }), 'unknown.json'));
    await waitFor(() =>
      expect(summaryItems()).toEqual(['figures[2].itemId: no question "no-such" in the framework']),
    );
    expect(await database().benchmarkSets.count()).toBe(0);
  });

  it('asks for a file when none was chosen', async () => {
    const user = await open();
    await user.click(within(part()).getByRole('button', { name: 'Import published figures' }));
    const link = await within(part()).findByRole('link', {
      name: 'Select a published figures file',
    });
    expect(link.getAttribute('href')).toBe('#published-figures-file');
  });

  it('says when a version has none, and offers no download', async () => {
    await importFramework(richFramework());
    await open('practice-audit-test@1.0.0');
    await within(part()).findByText(
      'No published figures ship with this version, and none have been imported.',
    );
    expect(
      within(part()).queryByRole('button', { name: 'Download the published figures' }),
    ).toBeNull();
  });
});
