import { screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLanguage } from '../../../src/ui/i18n/translate';
import { Gate } from '../../../src/ui/protection/Gate';
import * as session from '../../../src/ui/protection/session';
import { moveSession, person, renderAt, resetSession } from '../protection/protectionSetup';

vi.mock('../../../src/ui/protection/session', async () =>
  (await import('../protection/fakeSession')).fakeSessionModule(),
);
vi.mock('../../../src/ui/protection/sessionGate', async (original) =>
  (await import('../protection/fakeSession')).fakeSessionGate(await original()),
);

beforeEach(async () => {
  await applyLanguage('cy');
  resetSession();
});
afterEach(async () => {
  vi.mocked(session.unlock).mockReset();
  resetSession();
  await applyLanguage('en');
});

function renderGate() {
  return renderAt(
    '/inspections',
    <Gate>
      <h1>The screen asked for</h1>
    </Gate>,
  );
}

describe('the unlock screen in Welsh', () => {
  it('says everything in Welsh, the first screen anyone sees', async () => {
    moveSession({ kind: 'locked', people: [person('Amira')] });
    renderGate();
    await screen.findByRole('heading', { name: 'Datgloi Archwilio Achosion' });
    expect(screen.getByLabelText('Cyfrinymadrodd')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Datgloi' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Defnyddiwch eich cod adfer' })).toBeTruthy();
    expect(screen.getByText(/os ydych wedi anghofio eich cyfrinymadrodd/)).toBeTruthy();
    expect(screen.queryByText('Unlock Case Audit')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Unlock' })).toBeNull();
    expect(document.documentElement.lang).toBe('cy');
  });

  it('asks who is using the device, and says what is wrong, in Welsh', async () => {
    moveSession({ kind: 'locked', people: [person('Amira'), person('Bea')] });
    renderGate();
    await screen.findByRole('group', { name: 'Pwy sy’n defnyddio Archwilio Achosion?' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Datgloi' }));
    await screen.findByRole('heading', { name: 'Mae problem wedi codi' });
    expect(screen.getAllByText('Dewiswch pwy sy’n defnyddio Archwilio Achosion').length).toBe(2);
    expect(screen.queryByText('There is a problem')).toBeNull();
  });

  it('says what is wrong with a new passphrase, and the advice, in Welsh', async () => {
    moveSession({ kind: 'no-one', legacyData: false });
    renderGate();
    await screen.findByRole('heading', { name: 'Diogelu data’r achosion ar y ddyfais hon' });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Eich enw' }), 'Amira');
    await user.type(screen.getByLabelText('Cyfrinymadrodd'), 'password');
    await user.type(screen.getByLabelText('Cadarnhewch y cyfrinymadrodd'), 'password');
    await user.click(screen.getByRole('button', { name: 'Gosod cyfrinymadrodd' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Rhowch gyfrinymadrodd o 12 nod o leiaf');
    expect(summary.textContent).toContain('ymhlith y rhai cyntaf y mae pobl yn eu dyfalu');
    expect(document.getElementById('passphrase-advice')?.textContent).toContain(
      'Defnyddiwch dri neu ragor o eiriau ar hap',
    );
    expect(summary.textContent).not.toMatch(/passphrase|guess/);
    expect(session.setUpPerson).not.toHaveBeenCalled();
  });
});
