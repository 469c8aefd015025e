/**
 * The workbook download loads its library only when asked; when that fails the person is told
 * on the page, not only in the browser's console.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { expect, it, vi } from 'vitest';
import { WorkbookDownload } from '../../src/ui/frameworks/FrameworkDetail/WorkbookDownload';
import { minimalFramework } from '../fixtures/frameworkBuilder';

vi.mock('../../src/ui/frameworks/FrameworkDetail/downloadWorkbook', () => ({
  downloadFrameworkWorkbook: vi.fn(async () => {
    throw new Error('the spreadsheet library could not be loaded');
  }),
}));

it('says the workbook could not be made, and offers the JSON instead', async () => {
  render(<WorkbookDownload framework={minimalFramework()} />);
  fireEvent.click(screen.getByRole('button', { name: 'Download as a workbook (.xlsx)' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('the spreadsheet library could not be loaded');
  expect(alert.textContent).toContain('export the framework as JSON');
  expect(screen.getByRole('button', { name: 'Download as a workbook (.xlsx)' })).toHaveProperty(
    'disabled',
    false,
  );
});
