import { useState } from 'preact/hooks';
import { type InspectionImportOutcome, importInspectionFile } from '../../db/inspectionImport';
import { ErrorSummary } from '../components/ErrorSummary';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../hooks/usePageTitle';
import { plural } from '../InspectionNav/format';
import { inspectionHref } from '../InspectionNav/inspectionSections';

/** Shown at most: a damaged file can have thousands of problems. */
const ERRORS_SHOWN = 20;

/**
 * Imports an inspection file exported by Case Audit (on this device or another): the whole
 * inspection, or nothing. Problems are listed with where in the file they are.
 */
export default function InspectionFileImport() {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<InspectionImportOutcome | null>(null);
  const [choose, setChoose] = useState<string | null>(null);
  const problems =
    outcome?.status === 'invalid'
      ? outcome.errors.slice(0, ERRORS_SHOWN).map((e) => ({ text: `${e.path}: ${e.message}` }))
      : outcome?.status === 'refused'
        ? [{ text: outcome.message }]
        : outcome?.status === 'failed'
          ? [
              {
                text: `Nothing was imported: the browser’s storage refused it (${outcome.detail}).`,
              },
            ]
          : choose
            ? [{ text: choose, href: '#inspection-file' }]
            : [];
  usePageTitle('Import an inspection file', problems.length > 0);

  const submit = async (event: Event) => {
    event.preventDefault();
    setOutcome(null);
    if (!file) {
      setChoose('Choose the inspection file to import');
      return;
    }
    setChoose(null);
    setBusy(true);
    try {
      setOutcome(await importInspectionFile(await file.text(), { fileName: file.name }));
    } finally {
      setBusy(false);
    }
  };

  if (outcome?.status === 'imported') {
    return (
      <>
        <NotificationBanner type="success" heading="The inspection was imported">
          <p class="govuk-body">
            “{outcome.inspection.title}”: {plural(outcome.cases, 'case')},{' '}
            {plural(outcome.answers, 'answer')} and {plural(outcome.history, 'recorded change')}.
            {outcome.frameworkAdded ? ' Its framework was added to this device’s library.' : ''}
          </p>
        </NotificationBanner>
        <h1 class="govuk-heading-l">Import an inspection file</h1>
        <p class="govuk-body">
          <a class="govuk-link" href={inspectionHref(outcome.inspection.id)}>
            Open “{outcome.inspection.title}”
          </a>
        </p>
      </>
    );
  }

  return (
    <>
      <a href="/inspections" class="govuk-back-link">
        Back to inspections
      </a>
      <ErrorSummary
        title={
          outcome?.status === 'invalid'
            ? `This file cannot be imported (${plural(outcome.errors.length, 'problem')})`
            : 'There is a problem'
        }
        errors={problems}
      />
      <h1 class="govuk-heading-l">Import an inspection file</h1>
      <p class="govuk-body">
        An inspection file is the whole of one inspection — framework, cases, answers, evidence
        notes, their history and the report text — as Case Audit exports it (Exports, “The whole
        inspection”). Importing it here gives this device the same inspection, with the same
        figures.
      </p>
      <p class="govuk-body">
        The inspection must not already be on this device, and a file changed since it was exported
        is refused.
      </p>
      <form onSubmit={submit} noValidate>
        <div class={`govuk-form-group${choose ? ' govuk-form-group--error' : ''}`}>
          <label class="govuk-label govuk-label--s" for="inspection-file">
            Inspection file (.json)
          </label>
          {choose && (
            <p id="inspection-file-error" class="govuk-error-message">
              <span class="govuk-visually-hidden">Error:</span> {choose}
            </p>
          )}
          <input
            class={`govuk-file-upload${choose ? ' govuk-file-upload--error' : ''}`}
            id="inspection-file"
            name="inspection-file"
            type="file"
            accept=".json,application/json"
            aria-describedby={choose ? 'inspection-file-error' : undefined}
            onChange={(event) => {
              setFile((event.target as HTMLInputElement).files?.[0] ?? null);
              setOutcome(null);
              setChoose(null);
            }}
          />
        </div>
        <button type="submit" class="govuk-button" data-module="govuk-button" disabled={busy}>
          {busy ? 'Importing…' : 'Import the inspection'}
        </button>
      </form>
    </>
  );
}
