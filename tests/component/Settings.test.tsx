import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Settings from '../../src/ui/Settings/Settings';

function mockStorage(persisted: boolean) {
  vi.stubGlobal('navigator', {
    ...navigator,
    storage: {
      persisted: async () => persisted,
      persist: async () => false,
      estimate: async () => ({ usage: 3 * 1024 * 1024, quota: 2 * 1024 * 1024 * 1024 }),
    },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('Settings', () => {
  it('warns plainly when storage is not persistent, and shows space used and available', async () => {
    mockStorage(false);
    render(<Settings />);
    await waitFor(() => screen.getByText(/Storage is not persistent/));
    expect(screen.getByTestId('storage-persisted').textContent).toMatch(/^No/);
    expect(screen.getByTestId('storage-used').textContent).toBe('3.0 MB');
    expect(screen.getByTestId('storage-available').textContent).toBe('2.0 GB');
    expect(screen.getByRole('button', { name: 'Ask the browser to keep this data' })).toBeTruthy();
  });

  it('does not warn when storage is persistent', async () => {
    mockStorage(true);
    render(<Settings />);
    await waitFor(() => screen.getByTestId('storage-persisted'));
    expect(screen.getByTestId('storage-persisted').textContent).toMatch(/^Yes/);
    expect(screen.queryByText(/Storage is not persistent/)).toBeNull();
  });
});
