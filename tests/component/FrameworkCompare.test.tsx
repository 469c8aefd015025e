import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import FrameworkCompare from '../../src/ui/frameworks/FrameworkCompare/FrameworkCompare';
import { closeVersions, freshVersions, renderAt, V1, V2 } from './frameworkVersionsSetup';

beforeEach(() => freshVersions());
afterEach(closeVersions);

const SLOW = { timeout: 5_000 };

function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

describe('comparing two framework versions', () => {
  it('lists what was added, removed and changed, with what it does to the answers given', async () => {
    const query = new URLSearchParams({ from: V1, to: V2 });
    renderAt(`/frameworks/compare?${query}`, <FrameworkCompare />);
    await screen.findByRole('heading', { level: 2, name: /^Version 1\.0\.0 to version/ }, SLOW);
    // q2 answered twice (once "high", whose code was renamed) in the one inspection on 1.0.0.
    await screen.findByText('2 answers in 1 inspection would no longer fit.');
    expect(rowsOf(screen.getByRole('table', { name: 'Added (2)' }))).toEqual([
      ['Question q2-needLevel of need', 'added: Level of need', 'Not affected'],
      [
        'Question q4Was the child’s view recorded?',
        'added: Was the child’s view recorded?',
        'Not affected',
      ],
    ]);
    expect(rowsOf(screen.getByRole('table', { name: 'Removed (1)' }))).toEqual([
      [
        'Question q2Level of need',
        'removed: Level of need',
        '2 answers in 1 inspection would no longer fit',
      ],
    ]);
    const meaning = rowsOf(screen.getByRole('table', { name: /^Changed in meaning/ }));
    expect(meaning).toEqual([
      ['Answer scale levels', 'answer code ‘high’ renamed ‘raised’', 'Counted under its questions'],
    ]);
    const reworded = rowsOf(screen.getByRole('table', { name: 'Reworded (1)' }));
    expect(reworded).toEqual([
      ['Question q1Was the child seen alone?', 'text reworded', 'Not affected'],
    ]);
  });

  it('compares the two chosen in the selects', async () => {
    const user = userEvent.setup();
    renderAt('/frameworks/compare', <FrameworkCompare />);
    await user.selectOptions(await screen.findByLabelText('Earlier framework', {}, SLOW), V1);
    await user.selectOptions(screen.getByLabelText('Later framework'), V2);
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await screen.findByRole('table', { name: 'Reworded (1)' });
    expect(window.location.search).toBe(
      `?from=${encodeURIComponent(V1)}&to=${encodeURIComponent(V2)}`,
    );
  });
});
