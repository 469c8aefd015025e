/** The report's language, chosen in its look settings: English, Cymraeg, or both (Welsh first). */
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyLanguage } from '../../src/ui/i18n/translate';
import { ReportLanguageChoice } from '../../src/ui/report/ReportEditor/ReportLanguageChoice';

afterEach(async () => {
  await applyLanguage('en');
});

describe('ReportLanguageChoice', () => {
  it('offers the three languages and says which is chosen', async () => {
    const chosen = vi.fn();
    render(<ReportLanguageChoice language="en" onChoose={chosen} />);
    expect(screen.getByRole('group', { name: 'Language of the report' })).toBeTruthy();
    expect((screen.getByLabelText('English') as HTMLInputElement).checked).toBe(true);
    await userEvent.setup().click(screen.getByLabelText('Cymraeg and English (Welsh first)'));
    expect(chosen).toHaveBeenCalledWith('cy-en');
  });

  it('speaks Welsh', async () => {
    await applyLanguage('cy');
    render(<ReportLanguageChoice language="cy" onChoose={() => {}} />);
    expect(screen.getByRole('group', { name: 'Iaith yr adroddiad' })).toBeTruthy();
    expect((screen.getByLabelText('Cymraeg') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByLabelText('Cymraeg a Saesneg (y Gymraeg yn gyntaf)')).toBeTruthy();
    expect(screen.queryByText('Language of the report')).toBeNull();
  });
});
