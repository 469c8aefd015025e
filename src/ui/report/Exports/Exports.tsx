import { useMemo, useState } from 'preact/hooks';
import { type Inspection, passphraseProblem } from '../../../core';
import { downloadFile } from '../../../report/exports/downloadFile';
import {
  casesCsvExport,
  type ExportOutcome,
  findingsCsvExport,
  inspectionFileExport,
} from '../../../report/exports/inspectionExports';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadiosField } from '../../components/InspectionFrame/formFields';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { NotificationBanner } from '../../components/NotificationBanner';
import { WarningText } from '../../components/WarningText';
import {
  NO_PASSPHRASE,
  type PassphraseChoice,
  PassphraseFields,
  passphraseErrors,
} from '../../team/TeamWork/PassphraseFields';
import { APP_VERSION, todayLocal } from './exportDate';
import './Exports.css';

type ExportKind = 'cases' | 'findings' | 'all-data';

/**
 * The inspection's three exports, each described by what it holds, made on the device and
 * saved through the browser's download: nothing is sent anywhere. The whole inspection can be
 * protected with a passphrase, as packs and work files can.
 */
export default function Exports({ inspectionId }: { inspectionId: string }) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame inspectionId={inspectionId} heading="Exports" hasErrors={hasErrors}>
      {({ inspection }) => <ExportList inspection={inspection} onErrors={setHasErrors} />}
    </InspectionFrame>
  );
}

function ExportList({
  inspection,
  onErrors,
}: {
  inspection: Inspection;
  onErrors: (has: boolean) => void;
}) {
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [basis, setBasis] = useState<'complete' | 'all'>('complete');
  const [passphrase, setPassphrase] = useState<PassphraseChoice>(NO_PASSPHRASE);
  const [errors, setErrors] = useState<{ passphrase?: string; confirm?: string }>({});

  const make = async (kind: ExportKind) => {
    setDone(null);
    setFailure(null);
    if (kind === 'all-data') {
      const found = passphraseErrors(passphrase, passphraseProblem);
      setErrors(found);
      onErrors(Object.keys(found).length > 0);
      if (Object.keys(found).length > 0) return;
    }
    setBusy(kind);
    const date = todayLocal();
    try {
      const outcome: ExportOutcome =
        kind === 'cases'
          ? await casesCsvExport(inspection.id, date)
          : kind === 'findings'
            ? await findingsCsvExport(inspection.id, date, basis === 'complete')
            : await inspectionFileExport(
                inspection.id,
                date,
                { exportedAt: new Date().toISOString(), appVersion: APP_VERSION },
                passphrase.protect ? passphrase.passphrase : null,
              );
      if (outcome.status !== 'ok') {
        setFailure(outcome.message);
        return;
      }
      downloadFile(outcome.file.fileName, outcome.file.blob);
      setDone(`${outcome.file.fileName} (${outcome.file.summary}) is in your downloads.`);
    } catch (error) {
      setFailure(
        `The file could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(null);
    }
  };

  // Made anew only when the form is sent: the summary takes focus each time it changes.
  const summary = useMemo(
    () => [
      ...(errors.passphrase ? [{ text: errors.passphrase, href: '#passphrase' }] : []),
      ...(errors.confirm ? [{ text: errors.confirm, href: '#passphrase-confirm' }] : []),
    ],
    [errors],
  );

  const button = (kind: ExportKind, label: string) => (
    <button
      type={kind === 'all-data' ? 'submit' : 'button'}
      class="govuk-button govuk-button--secondary"
      data-module="govuk-button"
      disabled={busy !== null}
      aria-disabled={busy !== null}
      onClick={kind === 'all-data' ? undefined : () => void make(kind)}
    >
      {busy === kind
        ? kind === 'all-data' && passphrase.protect
          ? 'Protecting the file…'
          : 'Preparing…'
        : label}
    </button>
  );

  return (
    <>
      <ErrorSummary errors={summary} />
      {done && (
        <NotificationBanner type="success" heading="File saved" focus>
          <p class="govuk-body" data-export-done>
            {done}
          </p>
        </NotificationBanner>
      )}
      {failure && (
        <div class="govuk-error-summary" role="alert">
          <h2 class="govuk-error-summary__title">The export did not work</h2>
          <div class="govuk-error-summary__body">
            <p class="govuk-body">{failure}</p>
          </div>
        </div>
      )}
      <p class="govuk-body">
        Each file is made on this device and saved with your browser’s download. Nothing is sent
        anywhere. Files are named for what they hold and today’s date, for example{' '}
        <code class="ca-exports__example">lac-2012-inspection-findings-2026-11-22.csv</code>.
      </p>
      <p class="govuk-body">
        The report itself (PDF) is made from the{' '}
        <a class="govuk-link" href={inspectionHref(inspection.id, '/report/preview')}>
          report preview
        </a>
        .
      </p>

      <section class="ca-exports__item" aria-labelledby="export-cases">
        <h2 class="govuk-heading-m" id="export-cases">
          Cases (CSV spreadsheet)
        </h2>
        <p class="govuk-body">
          One row per case: its reference, area, stratum, inspector and status, then one column per
          profile field and question, headed by its id, holding the answer’s code (<code>na</code>{' '}
          for not applicable, <code>not_known</code> for not known). Evidence notes are not
          included. This is the file the command line’s <code>case-audit findings</code> reads, so
          it gives the same figures as this app.
        </p>
        {button('cases', 'Download the cases')}
      </section>

      <section class="ca-exports__item" aria-labelledby="export-findings">
        <h2 class="govuk-heading-m" id="export-findings">
          Findings table (CSV spreadsheet)
        </h2>
        <p class="govuk-body">
          One row per question{inspection.areas.length > 1 ? ', and per area beside it,' : ''} with
          the number of cases, the base, the percentage (whole and to one decimal), the 95%
          interval, and the cases left out of the base (not applicable, not known, unanswered).
        </p>
        <RadiosField
          id="findings-basis"
          legend="Which cases to count"
          legendClass="govuk-fieldset__legend--s"
          value={basis}
          small
          items={[
            { value: 'complete', label: 'Cases marked complete (as the findings screen shows)' },
            { value: 'all', label: 'All cases, complete or not' },
          ]}
          onChange={(value) => setBasis(value === 'all' ? 'all' : 'complete')}
        />
        {button('findings', 'Download the findings table')}
      </section>

      <section class="ca-exports__item" aria-labelledby="export-all">
        <h2 class="govuk-heading-m" id="export-all">
          The whole inspection (JSON file)
        </h2>
        <p class="govuk-body">
          Everything about this inspection: its framework, details, team and sample, every case with
          its answers, evidence notes and the full history of every change, and the report text.
          Keep it as the archive of the inspection, or open it in Case Audit on another device (“
          <a class="govuk-link" href="/inspections/open-file">
            Open a Case Audit file
          </a>
          ” on the Inspections page). A checksum inside shows whether the file has been changed
          since.
        </p>
        <WarningText>
          This file holds the evidence notes about every case. Store and send it as you would the
          case files themselves, and protect it with a passphrase when it leaves this device.
        </WarningText>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void make('all-data');
          }}
        >
          <PassphraseFields
            value={passphrase}
            onChange={setPassphrase}
            error={errors.passphrase}
            confirmError={errors.confirm}
          />
          {button('all-data', 'Download the whole inspection')}
        </form>
      </section>
    </>
  );
}
