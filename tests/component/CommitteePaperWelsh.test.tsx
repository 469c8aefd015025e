/**
 * The committee paper screen in Welsh: its fields labelled, its buttons, the recommendations
 * previewed with their RAG status, and "Saved" said in Welsh, with no English label left.
 */
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import CommitteePaper from '../../src/ui/committeePaper/CommitteePaper/CommitteePaper';
import { applyLanguage } from '../../src/ui/i18n/translate';
import {
  type CommitteePaperArgs,
  committeePaperHandlers,
} from '../../src/workers/committeePaperService';
import { PAPER_REGISTER } from '../fixtures/committeePaperFixture';
import { storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';
import { lacAuditFixture } from './benchmarksSetup';

vi.mock('../../src/workers/reportBridge', () => ({
  reportWorker: {
    call: vi.fn(async (name: string, args: CommitteePaperArgs) =>
      name === 'committeePaper'
        ? committeePaperHandlers.committeePaper(args)
        : { status: 'missing', message: '' },
    ),
  },
}));

const ID = 'paper-welsh';
let n = 0;

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`committee-paper-welsh-${n++}`, TEST_DATA_KEY));
  await storeInspectionFixture(database(), lacAuditFixture(ID, 'self-audit'));
  await database().registers.put({
    inspectionId: ID,
    updatedAt: '2013-03-20T10:00:00.000Z',
    recommendations: [...PAPER_REGISTER],
  });
  await applyLanguage('cy');
});
afterEach(async () => {
  await applyLanguage('en');
  useDatabase(null);
});

describe('the committee paper in Welsh', { timeout: 30_000 }, () => {
  it('labels its fields and buttons in Welsh, and says Saved in Welsh', async () => {
    const user = userEvent.setup();
    render(
      <LocationProvider>
        <CommitteePaper inspectionId={ID} />
      </LocationProvider>,
    );
    await screen.findByRole('textbox', { name: 'Pwyllgor' }, { timeout: 10_000 });
    expect(screen.getByRole('heading', { level: 1, name: /Papur pwyllgor/ })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Diben yr adroddiad' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Llenwi o’r archwiliad' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Lawrlwythwch y papur pwyllgor (PDF)' }),
    ).toBeTruthy();
    const turn = screen.getByRole('region', { name: 'Yr argymhellion yn eu tro' });
    expect(within(turn).getAllByText(/^Statws RAG: /).length).toBeGreaterThan(0);
    expect(within(turn).getAllByRole('link', { name: 'y gofrestr' }).length).toBe(1);
    expect(screen.queryByText('Fill from the audit')).toBeNull();
    expect(screen.queryByText(/^RAG status: /)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Cadw' }));
    await screen.findByText('Wedi’i gadw');
  });

  it('prints the paper in both languages, the Welsh first, once chosen and saved', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <LocationProvider>
        <CommitteePaper inspectionId={ID} />
      </LocationProvider>,
    );
    const choice = await screen.findByRole('group', { name: 'Iaith y papur' }, { timeout: 10_000 });
    expect(within(choice).getByRole('radio', { name: 'English' })).toHaveProperty('checked', true);
    await user.click(
      within(choice).getByRole('radio', { name: 'Cymraeg a Saesneg (y Gymraeg yn gyntaf)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Cadw' }));
    await screen.findByText('Wedi’i gadw');
    const stored = await database().committeePapers.get(ID);
    expect((stored?.draft as { language?: string } | undefined)?.language).toBe('cy-en');
    // The preview is made again from what is saved: the Welsh edition, then the English.
    await waitFor(
      () =>
        expect(
          [...container.querySelectorAll('[data-paper-preview] article')].map((a) =>
            a.getAttribute('lang'),
          ),
        ).toEqual(['cy', 'en-GB']),
      { timeout: 10_000 },
    );
    const [cyEdition, enEdition] = container.querySelectorAll('[data-paper-preview] article');
    expect(cyEdition?.textContent).toContain('Argymhellion a wnaed gan yr arolygiaeth');
    expect(cyEdition?.textContent).toContain('Cynnwys');
    expect(cyEdition?.textContent).not.toContain('Contents');
    expect(enEdition?.textContent).toContain('Recommendations made by the inspectorate');
  });
});
