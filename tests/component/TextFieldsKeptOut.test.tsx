/**
 * Every field where case content is typed — evidence notes, answers, report text, case
 * references, inspection details, the case list's search — says `autocomplete="off"`, so the
 * browser keeps none of it in its session-restore files or autofill database. Rendered from the
 * example inspection, on the screens where that text is typed.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { setScorer } from '../../src/db/device/identityStore';
import { loadExampleInspection } from '../../src/db/inspections/exampleInspection';
import { closeCaseEditors } from '../../src/editing/caseEditor';
import ReportEditor from '../../src/ui/report/ReportEditor/ReportEditor';
import StandardPage from '../../src/ui/scoring/StandardPage/StandardPage';
import CaseAdd from '../../src/ui/setup/CaseAdd/CaseAdd';
import InspectionEdit from '../../src/ui/setup/InspectionEdit/InspectionEdit';
import InspectionOverview from '../../src/ui/setup/InspectionOverview/InspectionOverview';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

const ID = 'insp-fields';
let n = 0;

/** Controls that hold no typed text. */
const NOT_TEXT = ['checkbox', 'radio', 'file', 'hidden', 'submit', 'button', 'reset'];
const PASSPHRASE = ['current-password', 'new-password'];

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`text-fields-${n++}`, TEST_DATA_KEY));
  const loaded = await loadExampleInspection({ newId: () => ID });
  if (loaded.status !== 'loaded') throw new Error('fixture');
});
afterEach(async () => {
  cleanup();
  await closeCaseEditors();
  useDatabase(null);
});

function renderAt(path: string, children: ComponentChildren) {
  window.history.replaceState(null, '', path);
  render(<LocationProvider>{children}</LocationProvider>);
}

/** Every text field on the page that the browser would keep: should be none. */
function fieldsKept(): string[] {
  const fields = [
    ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
  ];
  return fields
    .filter((f) => !(f instanceof HTMLInputElement && NOT_TEXT.includes(f.type)))
    .filter((f) => {
      const value = f.getAttribute('autocomplete');
      if (f instanceof HTMLInputElement && f.type === 'password')
        return !PASSPHRASE.includes(value ?? '');
      return value !== 'off';
    })
    .map(
      (f) => `${f.tagName.toLowerCase()}#${f.id} (autocomplete=${f.getAttribute('autocomplete')})`,
    );
}

/** A case not yet finished, with its inspector chosen as the scorer on this device. */
async function openCase(): Promise<{ caseId: string; standardId: string }> {
  const kase = (await database().cases.toArray()).find((c) => c.status === 'in-progress')!;
  await setScorer(ID, kase.inspectorId!);
  const record = (await database().frameworks.toArray()).find((f) => f.id.startsWith('hmip-lac'))!;
  return { caseId: kase.id, standardId: record.framework.sections[0]!.standards[0]!.id };
}

describe('text fields with case content', { timeout: 30_000 }, () => {
  it('on the profile and a standard: answers and evidence notes', async () => {
    const { caseId, standardId } = await openCase();
    renderAt(
      `/inspections/${ID}/cases/${caseId}/profile`,
      <StandardPage inspectionId={ID} caseId={caseId} />,
    );
    await screen.findAllByRole('textbox');
    expect(
      document.querySelectorAll('input:not([type=radio]):not([type=checkbox]), textarea').length,
    ).toBeGreaterThan(0);
    expect(fieldsKept()).toEqual([]);
    cleanup();
    renderAt(
      `/inspections/${ID}/cases/${caseId}/standards/${standardId}`,
      <StandardPage inspectionId={ID} caseId={caseId} standardId={standardId} />,
    );
    const notes = await screen.findAllByRole('textbox', { name: /Evidence/ });
    expect(notes.length).toBeGreaterThan(0);
    expect(fieldsKept()).toEqual([]);
  });

  it('in the report', async () => {
    renderAt(`/inspections/${ID}/report`, <ReportEditor inspectionId={ID} />);
    await screen.findByRole('heading', { name: 'Foreword and summary' });
    expect(screen.getAllByRole('textbox').length).toBeGreaterThan(1);
    expect(fieldsKept()).toEqual([]);
  });

  it('in the inspection’s details, a new case and the case list', async () => {
    renderAt(`/inspections/${ID}/edit`, <InspectionEdit inspectionId={ID} />);
    await screen.findByLabelText('Title');
    expect(fieldsKept()).toEqual([]);
    cleanup();
    renderAt(`/inspections/${ID}/add-case`, <CaseAdd inspectionId={ID} />);
    await screen.findByLabelText('Case reference');
    expect(fieldsKept()).toEqual([]);
    cleanup();
    renderAt(`/inspections/${ID}`, <InspectionOverview inspectionId={ID} />);
    await screen.findAllByRole('link', { name: /LAC-0/ });
    expect(fieldsKept()).toEqual([]);
  });
});
