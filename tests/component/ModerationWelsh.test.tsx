/**
 * Moderation in Welsh: the moderation page and the choice of cases for a second reading say
 * their headings, labels and the draw's problems in Welsh, with no English label left.
 */
import { screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyLanguage } from '../../src/ui/i18n/translate';
import Moderation from '../../src/ui/moderation/Moderation/Moderation';
import ModerationChoose from '../../src/ui/moderation/ModerationChoose/ModerationChoose';
import { closeModeration, freshModeration, INSPECTION, renderAt } from './moderationSetup';

const base = `/inspections/${INSPECTION}/moderation`;

beforeEach(async () => {
  await freshModeration();
  await applyLanguage('cy');
});
afterEach(async () => {
  await closeModeration();
  await applyLanguage('en');
});

describe('moderation, in Welsh', () => {
  it('lists the second readings and the cases chosen in Welsh', async () => {
    renderAt(base, <Moderation inspectionId={INSPECTION} />);
    expect(await screen.findByRole('heading', { name: 'Eich ail ddarlleniadau' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Cytundeb hyd yma' })).toBeDefined();
    expect(screen.getByText('1 achos wedi’i ddewis; 0 wedi’u darllen ddwywaith')).toBeDefined();
    expect(
      screen.getByRole('link', { name: 'Dewis achosion ar gyfer ail ddarlleniad' }),
    ).toBeDefined();
    expect(document.body.textContent).not.toContain('Your second readings');
  });

  it('says why a draw cannot be made in Welsh', async () => {
    const user = userEvent.setup();
    renderAt(`${base}/choose`, <ModerationChoose inspectionId={INSPECTION} />);
    await user.click(await screen.findByLabelText('Ar hap'));
    await user.click(screen.getByLabelText('Nifer o achosion'));
    await user.type(screen.getByLabelText('Nifer yr achosion i’w darllen eto'), '9');
    await user.click(screen.getByRole('button', { name: 'Tynnu achosion' }));
    expect(
      (await screen.findAllByText('Rhowch 1 neu lai: mae 1 achos cyflawn i ddewis ohonynt')).length,
    ).toBeGreaterThan(0);
    expect(document.body.textContent).not.toContain('How many cases?');
  });
});
