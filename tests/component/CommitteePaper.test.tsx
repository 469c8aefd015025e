/**
 * The committee paper screen: each field labelled; "Save" says "Saved" once stored; "Fill from
 * the audit" fills only the empty fields; the recommendations previewed in the register's
 * order with a link to the register; a field too long shown in the error summary and nothing
 * stored; the PDF and Word file saved first, made in the report worker and named from the
 * title; a failed download said in the error summary.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { loadCommitteePaper } from '../../src/db/register/committeePaperStore';
import CommitteePaper from '../../src/ui/committeePaper/CommitteePaper/CommitteePaper';
import { downloadFile } from '../../src/ui/components/downloadFile';
import {
  type CommitteePaperArgs,
  committeePaperHandlers,
} from '../../src/workers/committeePaperService';
import { reportWorker } from '../../src/workers/reportBridge';
import { PAPER_REGISTER } from '../fixtures/committeePaperFixture';
import { storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';
import { lacAuditFixture } from './benchmarksSetup';

// The worker's own handler makes the paper on the page; the files themselves are drawn in
// tests/db/committeePaperService.test.ts.
vi.mock('../../src/workers/reportBridge', () => ({
  reportWorker: {
    call: vi.fn(async (name: string, args: CommitteePaperArgs) =>
      name === 'committeePaper'
        ? committeePaperHandlers.committeePaper(args)
        : { status: 'ok', value: { bytes: new ArrayBuffer(8), pages: 3, title: '', warnings: [] } },
    ),
  },
}));
vi.mock('../../src/ui/components/downloadFile', () => ({ downloadFile: vi.fn() }));

const ID = 'paper-self';
let n = 0;

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`committee-paper-screen-${n++}`, TEST_DATA_KEY));
  await storeInspectionFixture(database(), lacAuditFixture(ID, 'self-audit'));
  await database().registers.put({
    inspectionId: ID,
    updatedAt: '2013-03-20T10:00:00.000Z',
    recommendations: [...PAPER_REGISTER],
  });
  vi.mocked(downloadFile).mockClear();
  vi.mocked(reportWorker.call).mockClear();
});
afterEach(() => useDatabase(null));

async function open() {
  const user = userEvent.setup();
  render(
    <LocationProvider>
      <CommitteePaper inspectionId={ID} />
    </LocationProvider>,
  );
  await screen.findByRole('textbox', { name: 'Committee' }, { timeout: 10_000 });
  return user;
}

/** The files asked of the worker, in order (the preview's own calls left out). */
const fileCalls = () =>
  vi
    .mocked(reportWorker.call)
    .mock.calls.map((c) => c[0])
    .filter((name) => name !== 'committeePaper');

const box = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const TITLE = 'Youth offending work and looked after children placed away from home';

describe('the committee paper screen', () => {
  it('labels every field and previews the recommendations in the register’s order', async () => {
    await open();
    for (const label of [
      'Committee',
      'Agenda item',
      'Report of',
      'Title',
      'Purpose of the report',
      'Background to the inspection',
      'The inspectorate’s summary',
      'Other options considered',
      'Reason for recommendations',
      'Recommendations to the committee',
      'Contact',
    ]) {
      expect(box(label)).toBeTruthy();
    }
    expect((screen.getByLabelText('Meeting date') as HTMLInputElement).type).toBe('date');
    const preview = screen.getByRole('region', { name: 'The recommendations in turn' });
    const items = within(preview).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'Independent Reviewing Officers',
      'Youth Offending Team managers',
      'Local Safeguarding Children Boards',
    ]);
    expect(items[2]?.textContent).toContain('RAG status: Not assessed · No actions');
    expect(within(preview).getByRole('link', { name: 'the register' }).getAttribute('href')).toBe(
      `/inspections/${ID}/register`,
    );
    // Landmarks come from the app's layout, which a screen rendered alone does not have.
    const results = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('shows the paper as saved, and what is still to do, made again after a save', async () => {
    const user = await open();
    const preview = await screen.findByRole('region', { name: 'How the paper reads' });
    await within(preview).findByText('The paper does not yet name the committee.');
    expect(within(preview).getByText('Recommendation 3 has no local position yet.')).toBeTruthy();
    expect(preview.textContent).toContain('Recommendation 1: Independent Reviewing Officers');
    await user.type(box('Committee'), 'Children and Young People’s Committee');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(preview.textContent).not.toContain('The paper does not yet name the committee.'),
    );
    expect(preview.textContent).toContain('Report to Children and Young People’s Committee');
  });

  it('says Saved once what was typed is stored', async () => {
    const user = await open();
    await user.type(box('Committee'), 'Children and Young People’s Committee');
    fireEvent.input(screen.getByLabelText('Meeting date'), { target: { value: '2013-04-15' } });
    expect(screen.queryByText('Saved')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved');
    const stored = await loadCommitteePaper(ID);
    expect(stored.status === 'ok' && stored.draft).toMatchObject({
      committee: 'Children and Young People’s Committee',
      meetingDate: '2013-04-15',
    });
    // A further change: "Saved" no longer holds.
    await user.type(box('Agenda item'), '8');
    expect(screen.queryByText('Saved')).toBeNull();
  });

  it('fills only the empty fields from the audit', async () => {
    const user = await open();
    await user.type(box('Title'), 'Our own title');
    await user.click(screen.getByRole('button', { name: 'Fill from the audit' }));
    expect(box('Title').value).toBe('Our own title');
    expect(box('Purpose of the report').value).toMatch(
      /^To outline to the Committee the local position in relation to the recommendations made by HM Inspectorate of Probation, Ofsted and Estyn in their report ‘Looked After Children/,
    );
    expect(box('Recommendations to the committee').value).toMatch(
      /^That the Committee notes the local position/,
    );
    expect(box('Committee').value).toBe('');
  });

  it('shows a field too long in the error summary and stores nothing', async () => {
    const user = await open();
    fireEvent.input(box('Agenda item'), { target: { value: 'x'.repeat(21) } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeTruthy();
    const link = within(summary).getByRole('link', {
      name: 'Agenda item must be 20 characters or fewer',
    });
    expect(link.getAttribute('href')).toBe('#paper-agendaItem');
    expect(box('Agenda item').getAttribute('aria-describedby')).toContain('paper-agendaItem-error');
    expect((await database().committeePapers.get(ID)) ?? null).toBeNull();
  });

  it('saves, then downloads the PDF and the Word file named from the title', async () => {
    const user = await open();
    await user.type(box('Title'), TITLE);
    await user.click(screen.getByRole('button', { name: 'Download the committee paper (PDF)' }));
    const pdfName = 'youth-offending-work-and-looked-after-children-placed-away-from-home.pdf';
    await screen.findByText(`Saved ${pdfName}.`);
    const stored = await loadCommitteePaper(ID);
    expect(stored.status === 'ok' && stored.draft.title).toBe(TITLE);
    expect(fileCalls()).toEqual(['committeePaperPdf']);
    expect(vi.mocked(downloadFile).mock.calls[0]?.[0]).toBe(pdfName);
    await user.click(screen.getByRole('button', { name: 'Download the committee paper (Word)' }));
    await screen.findByText(/^Saved .*\.docx\.$/);
    expect(fileCalls()).toEqual(['committeePaperPdf', 'committeePaperDocx']);
    expect(vi.mocked(downloadFile).mock.calls[1]?.[0]).toBe(pdfName.replace(/pdf$/, 'docx'));
  });

  it('says in the error summary why a download failed', async () => {
    const user = await open();
    const made = vi.mocked(reportWorker.call).getMockImplementation()!;
    vi.mocked(reportWorker.call).mockImplementation(async (name, args) =>
      name === 'committeePaperPdf'
        ? { status: 'missing', message: 'The device ran out of memory.' }
        : made(name, args),
    );
    await user.click(screen.getByRole('button', { name: 'Download the committee paper (PDF)' }));
    const message = await screen.findByText(
      'The committee paper could not be made: The device ran out of memory.',
    );
    const summary = message.closest('.govuk-error-summary');
    expect(summary?.querySelector('h2')?.textContent).toBe('There is a problem');
    vi.mocked(reportWorker.call).mockImplementation(made);
    expect(downloadFile).not.toHaveBeenCalled();
  });
});
