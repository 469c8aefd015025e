import { render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { importFramework } from '../../src/db/frameworks/frameworkStore';
import FrameworkDetail from '../../src/ui/frameworks/FrameworkDetail/FrameworkDetail';
import { applyLanguage } from '../../src/ui/i18n/translate';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';
import { richFramework } from '../unit/core/framework/richFramework';

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`framework-detail-welsh-${n++}`, TEST_DATA_KEY));
  await importFramework(richFramework());
  await applyLanguage('cy');
});
afterEach(async () => {
  useDatabase(null);
  await applyLanguage('en');
});

async function openFramework() {
  render(<FrameworkDetail frameworkKey="practice-audit-test@1.0.0" />);
  await screen.findByRole('heading', { level: 1 });
}

describe('a framework’s page in Welsh', () => {
  it('says what the framework is in Welsh, its own words untranslated', async () => {
    await openFramework();
    // The framework's texts are its publisher's: they stay as written.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Practice audit framework (test)',
    );
    expect(screen.getByText('Fframwaith, fersiwn 1.0.0')).toBeTruthy();
    expect(screen.getByText('Drafft').className).toContain('govuk-tag');
    expect(
      screen.getByText('2 adran, 4 safon, 8 cwestiwn (4 allweddol), 3 maes proffil'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Yn ôl i’r fframweithiau' })).toBeTruthy();
    expect(screen.queryByText('Back to frameworks')).toBeNull();
  });

  it('heads its parts in Welsh, with no English label left', async () => {
    await openFramework();
    const contents = screen.getByRole('navigation', { name: 'Cynnwys' });
    const links = within(contents)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toEqual([
      'Graddfeydd ateb',
      'Proffil yr achos',
      'Case work',
      '1.1 Assessment',
      '1.2 Planning',
      'Organisation',
      '2.1 Governance and leadership',
      '2.2 Reviewing',
      'Ardaloedd a haenau a awgrymir',
      'Rheolau sgorio',
      'Geirfa',
    ]);
    for (const heading of ['Cynnwys', 'Graddfeydd ateb', 'Proffil yr achos', 'Rheolau sgorio']) {
      expect(screen.getByRole('heading', { name: heading })).toBeTruthy();
    }
    expect(screen.getByRole('heading', { name: 'Newid y fframwaith hwn' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Golygu/ })).toBeTruthy();
    expect(screen.getAllByText('Cwestiwn allweddol').length).toBeGreaterThan(0);
    for (const english of ['Contents', 'Answer scales', 'Rating rules', 'Key question']) {
      expect(screen.queryByText(english)).toBeNull();
    }
  });
});
