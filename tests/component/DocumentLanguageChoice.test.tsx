/**
 * A document's language (a report's, a committee paper's): English, Cymraeg, or both (Welsh
 * first), the legend and hint naming the document.
 */
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentLanguageChoice } from '../../src/ui/components/DocumentLanguageChoice';
import { applyLanguage } from '../../src/ui/i18n/translate';

afterEach(async () => {
  await applyLanguage('en');
});

describe('DocumentLanguageChoice', () => {
  it('offers the three languages and says which is chosen', async () => {
    const chosen = vi.fn();
    render(
      <DocumentLanguageChoice
        id="paper-language"
        legend="Language of the paper"
        hint="The fixed words are printed in this language."
        language="en"
        onChoose={chosen}
      />,
    );
    const group = screen.getByRole('group', { name: 'Language of the paper' });
    expect(group.getAttribute('aria-describedby')).toContain('paper-language-hint');
    expect((screen.getByLabelText('English') as HTMLInputElement).checked).toBe(true);
    await userEvent.setup().click(screen.getByLabelText('Cymraeg and English (Welsh first)'));
    expect(chosen).toHaveBeenCalledWith('cy-en');
  });

  it('speaks Welsh', async () => {
    await applyLanguage('cy');
    render(
      <DocumentLanguageChoice
        id="report-language"
        legend="Iaith yr adroddiad"
        hint=""
        language="cy"
        onChoose={() => {}}
      />,
    );
    expect((screen.getByLabelText('Cymraeg') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByLabelText('Cymraeg a Saesneg (y Gymraeg yn gyntaf)')).toBeTruthy();
    expect(screen.queryByText('Cymraeg and English (Welsh first)')).toBeNull();
  });
});
