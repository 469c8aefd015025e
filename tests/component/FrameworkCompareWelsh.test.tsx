import { screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import FrameworkCompare from '../../src/ui/frameworks/FrameworkCompare/FrameworkCompare';
import { applyLanguage } from '../../src/ui/i18n/translate';
import { closeVersions, freshVersions, renderAt, V1, V2 } from './frameworkVersionsSetup';

beforeEach(async () => {
  await freshVersions();
  await applyLanguage('cy');
});
afterEach(async () => {
  await closeVersions();
  await applyLanguage('en');
});

const SLOW = { timeout: 5_000 };

describe('comparing two framework versions in Welsh', () => {
  it('heads the comparison and its tables in Welsh, with what it does to the answers given', async () => {
    const query = new URLSearchParams({ from: V1, to: V2 });
    renderAt(`/frameworks/compare?${query}`, <FrameworkCompare />);
    await screen.findByRole('heading', { level: 2, name: /^Fersiwn 1\.0\.0 i fersiwn/ }, SLOW);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Cymharu dau fframwaith');
    await screen.findByText('Ni fyddai 2 ateb mewn 1 arolygiad yn cyd-fynd mwyach.');
    const added = screen.getByRole('table', { name: 'Wedi’u hychwanegu (2)' });
    const headers = within(added)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Rhan', 'Beth newidiodd', 'Atebion a roddwyd eisoes']);
    expect(within(added).getAllByText('Dim effaith')).toHaveLength(2);
    // What changed is said in Welsh; the framework's own words stay as written.
    expect(within(added).getByText('ychwanegwyd: Level of need')).toBeTruthy();
    expect(screen.getByText('cod ateb ‘high’ wedi’i ailenwi’n ‘raised’')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Wedi’u tynnu (1)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cymharu' })).toBeTruthy();
    for (const english of ['Not affected', 'What changed', 'added: Level of need']) {
      expect(screen.queryByText(english)).toBeNull();
    }
  });
});
