import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Inspection } from '../../../core';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FailureSummary } from '../../components/FailureSummary';
import { RadiosField } from '../../components/InspectionFrame/formFields';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { NotificationBanner } from '../../components/NotificationBanner';
import { WarningText } from '../../components/WarningText';
import { t, tx } from '../../i18n/translate';
import { PassphraseFields } from '../../team/TeamWork/PassphraseFields';
import { CodebookExports } from './CodebookExports';
import { type ExportKind, useExports } from './useExports';
import './Exports.css';

/**
 * The inspection's three exports (the cases spreadsheet, with its codebook and the syntax that
 * reads it into statistics programs; the findings table; the whole inspection), each described
 * by what it holds, made on the device and saved through the browser's download: nothing is
 * sent anywhere. The whole inspection can be
 * protected with a passphrase, as packs and work files can.
 */
export default function Exports({ inspectionId }: { inspectionId: string }) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={t('reportScreen', 'Exports')}
      hasErrors={hasErrors}
    >
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
  const { busy, done, failure, basis, passphrase, errors, summary, make, ...set } = useExports(
    inspection.id,
    onErrors,
  );
  const button = (kind: ExportKind, label: string) => (
    <ExportButton
      kind={kind}
      label={label}
      busy={busy}
      protecting={passphrase.protect}
      onMake={() => void make(kind)}
    />
  );

  return (
    <>
      <ErrorSummary errors={summary} />
      {done && (
        <NotificationBanner type="success" heading={t('reportScreen', 'File saved')} focus>
          <p class="govuk-body" data-export-done>
            {done}
          </p>
        </NotificationBanner>
      )}
      {failure && (
        <FailureSummary title={t('reportScreen', 'The export did not work')}>
          {failure}
        </FailureSummary>
      )}
      <p class="govuk-body">
        {tx(
          'reportScreen',
          'Each file is made on this device and saved with your browser’s download. Nothing is sent anywhere. Files are named for what they hold and today’s date, for example <example>lac-2012-inspection-findings-2026-11-22.csv</example>.',
          {
            example: (chunks: ComponentChildren) => (
              <code class="ca-exports__example">{chunks}</code>
            ),
          },
        )}
      </p>
      <p class="govuk-body">
        {tx(
          'reportScreen',
          'The report itself (PDF) is made from the <preview>report preview</preview>, and the <release>news release</release> issued with it from its own page.',
          {
            preview: (chunks: ComponentChildren) => (
              <a class="govuk-link" href={inspectionHref(inspection.id, '/report/preview')}>
                {chunks}
              </a>
            ),
            release: (chunks: ComponentChildren) => (
              <a class="govuk-link" href={inspectionHref(inspection.id, '/report/release')}>
                {chunks}
              </a>
            ),
          },
        )}
      </p>

      <section class="ca-exports__item" aria-labelledby="export-cases">
        <h2 class="govuk-heading-m" id="export-cases">
          {t('reportScreen', 'Cases (CSV spreadsheet)')}
        </h2>
        <p class="govuk-body">
          {tx(
            'reportScreen',
            'One row per case: its reference, area, stratum, inspector and status, then one column per profile field and question, headed by its id, holding the answer’s code (<code>na</code> for not applicable, <code>not_known</code> for not known). Evidence notes are not included. This is the file the command line’s <code>case-audit findings</code> reads, so it gives the same figures as this app.',
            { code: (chunks: ComponentChildren) => <code>{chunks}</code> },
          )}
        </p>
        {button('cases', t('reportScreen', 'Download the cases'))}
        <CodebookExports button={button} />
      </section>

      <section class="ca-exports__item" aria-labelledby="export-findings">
        <h2 class="govuk-heading-m" id="export-findings">
          {t('reportScreen', 'Findings table (CSV spreadsheet)')}
        </h2>
        <p class="govuk-body">
          {inspection.areas.length > 1
            ? t(
                'reportScreen',
                'One row per question, and per area beside it, with the number of cases, the base, the percentage (whole and to one decimal), the 95% interval, and the cases left out of the base (not applicable, not known, unanswered).',
              )
            : t(
                'reportScreen',
                'One row per question with the number of cases, the base, the percentage (whole and to one decimal), the 95% interval, and the cases left out of the base (not applicable, not known, unanswered).',
              )}
        </p>
        <RadiosField
          id="findings-basis"
          legend={t('reportScreen', 'Which cases to count')}
          legendClass="govuk-fieldset__legend--s"
          value={basis}
          small
          items={[
            {
              value: 'complete',
              label: t('reportScreen', 'Cases marked complete (as the findings screen shows)'),
            },
            { value: 'all', label: t('reportScreen', 'All cases, complete or not') },
          ]}
          onChange={(value) => set.setBasis(value === 'all' ? 'all' : 'complete')}
        />
        {button('findings', t('reportScreen', 'Download the findings table'))}
      </section>

      <section class="ca-exports__item" aria-labelledby="export-all">
        <h2 class="govuk-heading-m" id="export-all">
          {t('reportScreen', 'The whole inspection (JSON file)')}
        </h2>
        <p class="govuk-body">
          {tx(
            'reportScreen',
            'Everything about this inspection: its framework, details, team and sample, every case with its answers, evidence notes and the full history of every change, and the report text. Keep it as the archive of the inspection, or open it in Case Audit on another device (“<link>Open a Case Audit file</link>” on the Inspections page). A checksum inside shows whether the file has been changed since.',
            {
              link: (chunks: ComponentChildren) => (
                <a class="govuk-link" href="/inspections/open-file">
                  {chunks}
                </a>
              ),
            },
          )}
        </p>
        <WarningText>
          {t(
            'reportScreen',
            'This file holds the evidence notes about every case. Store and send it as you would the case files themselves, and protect it with a passphrase when it leaves this device.',
          )}
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
            onChange={set.setPassphrase}
            error={errors.passphrase}
            confirmError={errors.confirm}
          />
          {button('all-data', t('reportScreen', 'Download the whole inspection'))}
        </form>
      </section>
    </>
  );
}

function ExportButton({
  kind,
  label,
  busy,
  protecting,
  onMake,
}: {
  kind: ExportKind;
  label: string;
  busy: ExportKind | null;
  /** Whether the whole inspection is being protected with a passphrase. */
  protecting: boolean;
  onMake: () => void;
}) {
  return (
    <button
      type={kind === 'all-data' ? 'submit' : 'button'}
      class="govuk-button govuk-button--secondary"
      data-module="govuk-button"
      disabled={busy !== null}
      aria-disabled={busy !== null}
      onClick={kind === 'all-data' ? undefined : onMake}
    >
      {busy === kind
        ? kind === 'all-data' && protecting
          ? t('reportScreen', 'Protecting the file…')
          : t('reportScreen', 'Preparing…')
        : label}
    </button>
  );
}
