/**
 * The report screens in Welsh: the preview's choices, downloads and the step before producing a
 * report with open checks, and the editor's parts, look and credits, all said in Welsh, with no
 * English label left behind. The report document itself is not asserted here.
 */

import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import type { ComponentChildren } from 'preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyReportDraft } from '../../src/core';
import { useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { loadExampleInspection } from '../../src/db/inspections/exampleInspection';
import { saveReportDraft } from '../../src/db/inspections/reportStore';
import { applyLanguage } from '../../src/ui/i18n/translate';
import ReportEditor from '../../src/ui/report/ReportEditor/ReportEditor';
import ReportPreview from '../../src/ui/report/ReportPreview/ReportPreview';
import { reportHandlers } from '../../src/workers/reportService';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

// The report worker's own handlers, run on the page; no file is made here.
vi.mock('../../src/workers/reportBridge', () => ({
  reportWorker: {
    call: vi.fn(async (name: string, args: Parameters<typeof reportHandlers.document>[0]) =>
      name === 'document' ? reportHandlers.document(args) : { status: 'missing', message: '' },
    ),
  },
}));
vi.mock('../../src/ui/components/downloadFile', () => ({ downloadFile: vi.fn() }));

const ID = 'insp-report-welsh';
let n = 0;

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`report-welsh-${n++}`, TEST_DATA_KEY));
  const loaded = await loadExampleInspection({ newId: () => ID });
  if (loaded.status !== 'loaded') throw new Error('fixture');
  await applyLanguage('cy');
});
afterEach(async () => {
  await applyLanguage('en');
  useDatabase(null);
});

function show(path: string, screenOf: ComponentChildren) {
  window.history.replaceState(null, '', `/inspections/${ID}${path}`);
  render(<LocationProvider>{screenOf}</LocationProvider>);
}

describe('the report preview in Welsh', { timeout: 30_000 }, () => {
  it('says its choices, downloads and the open checks in Welsh', async () => {
    expect((await saveReportDraft(ID, emptyReportDraft())).status).toBe('saved');
    const user = userEvent.setup();
    show('/report/preview', <ReportPreview inspectionId={ID} />);
    await waitFor(() => expect(document.querySelector('.ca-report')).not.toBeNull(), {
      timeout: 10_000,
    });
    const pdf = screen.getByRole('button', { name: 'Lawrlwythwch yr adroddiad (PDF)' });
    expect(screen.getByRole('heading', { level: 1, name: /Rhagolwg o’r adroddiad/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Pa achosion y mae’r ffigurau’n eu cyfrif' }));
    expect(screen.getByRole('radio', { name: 'Achosion wedi’u marcio’n gyflawn' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lawrlwythwch yr adroddiad (Word)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Argraffu' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dangos y tablau hyn' })).toBeTruthy();
    expect(screen.queryByText('Download the report (PDF)')).toBeNull();
    expect(screen.queryByText('Which cases the figures count')).toBeNull();

    // Key findings are not chosen: producing the report first lists the open checks.
    await user.click(pdf);
    const step = (
      await screen.findByRole('heading', { name: /^Mae gan yr adroddiad \d+ gwiriad agored$/ })
    ).closest('section')!;
    expect(within(step).getByRole('link', { name: 'Ewch yn ôl a’u cywiro' })).toBeTruthy();
    expect(within(step).getByRole('button', { name: 'Gwneud y PDF beth bynnag' })).toBeTruthy();
    expect(within(step).getByRole('button', { name: 'Canslo' })).toBeTruthy();
    expect(within(step).queryByText(/Make the PDF anyway/)).toBeNull();
  });
});

describe('the report editor in Welsh', { timeout: 30_000 }, () => {
  it('names its parts, the look and credits and the templates in Welsh', async () => {
    show('/report', <ReportEditor inspectionId={ID} />);
    const look = await screen.findByRole(
      'region',
      { name: 'Golwg a chydnabyddiaethau' },
      { timeout: 10_000 },
    );
    expect(screen.getByRole('navigation', { name: 'Rhannau’r adroddiad' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Rhagweld yr adroddiad' })).toBeTruthy();
    expect(within(look).getByRole('group', { name: 'Templed yr adroddiad' })).toBeTruthy();
    const hmip = within(look).getByRole('radio', {
      name: 'Arolygiad thematig Arolygiaeth Prawf EF',
    });
    expect((hmip as HTMLInputElement).checked).toBe(true);
    expect(within(look).getByRole('checkbox', { name: 'Rhifo paragraffau (1.1, 1.2 …)' }));
    expect(within(look).getByRole('heading', { name: 'Tîm yr arolygiad' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ychwanegwch argymhelliad' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Rhagair a chrynodeb' })).toBeTruthy();
    expect(screen.queryByText('Look and credits')).toBeNull();
    expect(screen.queryByText('HMIP thematic inspection')).toBeNull();
    expect(screen.queryByText('Add a recommendation')).toBeNull();
  });
});
