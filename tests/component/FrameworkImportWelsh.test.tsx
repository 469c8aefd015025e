import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import FrameworkImport from '../../src/ui/frameworks/FrameworkImport/FrameworkImport';
import { applyLanguage } from '../../src/ui/i18n/translate';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';
import { richFramework } from '../unit/core/framework/richFramework';

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`framework-import-welsh-${n++}`, TEST_DATA_KEY));
  await applyLanguage('cy');
});
afterEach(async () => {
  useDatabase(null);
  await applyLanguage('en');
});

describe('importing a framework file in Welsh', () => {
  it('asks for a file in Welsh when none was chosen', async () => {
    const user = userEvent.setup();
    render(<FrameworkImport />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Mewnforio fframwaith');
    await user.click(screen.getByRole('button', { name: 'Gwirio’r ffeil' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Dewiswch ffeil fframwaith')).toBeTruthy();
    expect(screen.queryByText('Select a framework file')).toBeNull();
    expect(screen.queryByText('Import a framework')).toBeNull();
  });

  it('confirms a valid file in Welsh before adding it', async () => {
    const user = userEvent.setup();
    render(<FrameworkImport />);
    const file = new File([JSON.stringify(richFramework())], 'framework.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText('Uwchlwytho ffeil fframwaith'), file);
    await user.click(screen.getByRole('button', { name: 'Gwirio’r ffeil' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Mae’r ffeil yn fframwaith dilys' })).toBeTruthy(),
    );
    await user.click(screen.getByRole('button', { name: 'Ychwanegu at y llyfrgell' }));
    await screen.findByText('Ychwanegwyd y fframwaith at y llyfrgell');
    expect(screen.getByRole('heading', { name: 'Beth nesaf' })).toBeTruthy();
    expect(screen.queryByText('What next')).toBeNull();
  });
});
