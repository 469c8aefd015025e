/**
 * The Exports screen's whole-inspection file, optionally protected by a passphrase as packs and
 * work files are: the same fields, the same checks, a file whose name says it is protected and
 * whose text is the encrypted envelope.
 */
import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readEncryptedFile } from '../../src/core/crypto/encryptedFile';
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

beforeEach(async () => {
  saved.mockClear();
  await freshCase();
});
afterEach(closeCase);

describe('exporting the whole inspection', { timeout: 30_000 }, () => {
  it('sends the user to “Open a Case Audit file”, the name used everywhere', async () => {
    await open();
    const link = screen.getByRole('link', { name: 'Open a Case Audit file' });
    expect(link.getAttribute('href')).toBe('/inspections/open-file');
    expect(screen.queryByText(/Import an inspection file/)).toBeNull();
  });

  it('checks the passphrase as packs do, and saves nothing until it is right', async () => {
    const user = await open();
    await user.click(screen.getByLabelText('Protect the file with a passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), 'short');
    await user.type(screen.getByLabelText('Type the passphrase again'), 'short');
    await user.click(screen.getByRole('button', { name: 'Download the whole inspection' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Enter a passphrase of at least 10 characters');

    await user.clear(screen.getByLabelText('Passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), 'orange kettle harbour');
    await user.click(screen.getByRole('button', { name: 'Download the whole inspection' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'The two passphrases are not the same',
      ),
    );
    expect(saved).not.toHaveBeenCalled();
  });

  it('saves a protected file, named so, that opens only with the passphrase', async () => {
    const user = await open();
    await user.click(screen.getByLabelText('Protect the file with a passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), 'orange kettle harbour');
    await user.type(screen.getByLabelText('Type the passphrase again'), 'orange kettle harbour');
    await user.click(screen.getByRole('button', { name: 'Download the whole inspection' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    const [name, blob] = saved.mock.calls[0]!;
    expect(name).toMatch(/-all-data-protected-\d{4}-\d{2}-\d{2}\.json$/);
    const envelope = readEncryptedFile(await blob.text());
    expect(envelope).toMatchObject({
      status: 'ok',
      value: { format: 'case-audit/encrypted', contents: 'inspection' },
    });
    expect(document.querySelector('[data-export-done]')?.textContent).toContain(
      'protected by a passphrase',
    );
  });

  it('saves the plain file when no passphrase is chosen', async () => {
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Download the whole inspection' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    const [name, blob] = saved.mock.calls[0]!;
    expect(name).toMatch(/-all-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await blob.text())).toMatchObject({ kind: 'inspection' });
  });
});
