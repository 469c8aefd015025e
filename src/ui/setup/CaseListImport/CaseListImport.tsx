import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  type CaseListContext,
  type CaseListPreview,
  columnTargetChoices,
  type Inspection,
  isOrAre,
  itWasOrTheyWere,
  plural,
  type ValidationError,
  wasOrWere,
} from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { deviceId } from '../../../db/device/identityStore';
import { requestPersistenceOnFirstWrite } from '../../../db/device/storageStatus';
import { populationSummary } from '../../../db/inspections/populationStore';
import { registerUnsavedWork } from '../../../editing/unsavedWork';
import { caseListWorker } from '../../../workers/caseListBridge';
import type { StoreOutcome } from '../../../workers/caseListService';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { ErrorMessage } from '../../components/InspectionFrame/formFields';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { NotificationBanner } from '../../components/NotificationBanner';
import { useLive } from '../../hooks/useLive';
import { ColumnChoices, columnFieldId, PreviewTable } from './ColumnChoices';
import {
  Confirm,
  FileFormat,
  FileSummary,
  PersonalData,
  Purpose,
  Storing,
  Warnings,
} from './ImportSteps';
import type { Step } from './importStep';
import './CaseListImport.css';

const FILE_FIELD = 'case-list-file';
/** Refused before reading: far beyond any case list (the parser's own limit is 100 MB of text). */
const MAX_BYTES = 100 * 1024 * 1024;
/** Problems listed on the page; the rest are counted. */
const SHOWN_PROBLEMS = 500;

/**
 * Import a case list from a CSV file: choose it, say what each column is, see the first rows
 * and every problem before anything is stored, then store it as the cases to read or as the
 * population a sample is drawn from, in one transaction. Parsing and checking run in a worker.
 */
export default function CaseListImport({ inspectionId }: { inspectionId: string }) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame inspectionId={inspectionId} heading="Import a case list" hasErrors={hasErrors}>
      {({ inspection, framework }) =>
        framework ? (
          <Importer inspection={inspection} framework={framework} onErrorsChange={setHasErrors} />
        ) : (
          <p class="govuk-body">
            The framework this inspection uses ({inspection.framework.id}, version{' '}
            {inspection.framework.version}) is not on this device, so a case list cannot be checked
            against it. Import the framework first.
          </p>
        )
      }
    </InspectionFrame>
  );
}

function contextOf(inspection: Inspection, framework: FrameworkRecord): CaseListContext {
  return {
    framework: { profile: framework.framework.profile, scales: framework.framework.scales },
    areas: inspection.areas,
    strata: inspection.strata,
  };
}

function problemText(error: ValidationError): string {
  return error.path === '(the whole file)'
    ? `The file ${error.message}`
    : `${error.path}: ${error.message}`;
}

function storeFailure(outcome: Exclude<StoreOutcome, { status: 'saved' }>): string {
  switch (outcome.status) {
    case 'expired':
      return 'The file is no longer open. Choose it again.';
    case 'invalid':
      return `The list could not be stored: ${outcome.errors.map((e) => e.message).join('; ')}`;
    case 'duplicates':
      return `${plural(outcome.refs.length, 'case')} on the list ${isOrAre(outcome.refs.length)} already in this inspection (${outcome.refs.slice(0, 5).join(', ')}${outcome.refs.length > 5 ? ', …' : ''}). Nothing was stored.`;
    case 'missing':
      return outcome.message;
    case 'failed':
      return outcome.reason === 'quota'
        ? 'Nothing was stored: this device has run out of storage space. Free some space, then try again.'
        : `Nothing was stored: the browser’s storage refused the list (${outcome.detail}).`;
  }
}

function Importer({
  inspection,
  framework,
  onErrorsChange,
}: {
  inspection: Inspection;
  framework: FrameworkRecord;
  onErrorsChange: (hasErrors: boolean) => void;
}) {
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [preview, setPreview] = useState<CaseListPreview | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const session = useRef<string | null>(null);
  const context = useMemo(() => contextOf(inspection, framework), [inspection, framework]);
  const choices = useMemo(() => columnTargetChoices(framework.framework), [framework]);
  const population = useLive(() => populationSummary(inspection.id), [inspection.id]);

  // The parsed file lives in the worker: keep the worker while a file is open, then let it stop.
  const release = useRef<(() => void) | null>(null);
  const closeSession = () => {
    if (session.current) {
      void caseListWorker.call('close', { session: session.current }).catch(() => undefined);
    }
    session.current = null;
    release.current?.();
    release.current = null;
  };
  const openSession = (id: string) => {
    session.current = id;
    release.current ??= caseListWorker.hold();
  };
  // On leaving the screen: close the file in the worker, so the worker can stop.
  useEffect(() => closeSession, []);

  const mapping = state.step === 'map' ? state.mapping : null;
  const mapSession = state.step === 'map' ? state.file.session : null;
  useEffect(() => {
    if (!mapping || !mapSession) return;
    let current = true;
    void caseListWorker
      .call('preview', { session: mapSession, mapping, context })
      .then((result) => {
        if (current && !('status' in result)) setPreview(result);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [mapping, mapSession, context]);

  useEffect(() => {
    if (state.step === 'confirm' || state.step === 'done') stepHeading.current?.focus();
  }, [state.step]);

  // While a list is being stored, an app update waits for it rather than reloading over it.
  const storing = useRef<Promise<unknown> | null>(null);
  const isStoring = state.step === 'storing';
  useEffect(() => {
    if (!isStoring) return;
    return registerUnsavedWork({
      hasUnsaved: () => storing.current !== null,
      flush: async () => {
        await storing.current?.catch(() => undefined);
      },
    });
  }, [isStoring]);

  const errors: SummaryError[] = useMemo(() => summaryOf(state), [state]);
  useEffect(() => onErrorsChange(errors.length > 0), [errors, onErrorsChange]);

  const read = async (event: Event) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setState({
        step: 'choose',
        errors: [{ path: FILE_FIELD, message: 'Select a case list file' }],
      });
      return;
    }
    if (file.size > MAX_BYTES) {
      setState({
        step: 'choose',
        fileName: file.name,
        errors: [
          {
            path: '(the whole file)',
            message: `is ${(file.size / 1024 / 1024).toFixed(0)} MB: far larger than a case list (at most 100 MB)`,
          },
        ],
      });
      return;
    }
    closeSession();
    const controller = new AbortController();
    setState({ step: 'reading', fileName: file.name, controller });
    try {
      const bytes = await file.arrayBuffer();
      const result = await caseListWorker.call(
        'open',
        { bytes, fileName: file.name, context },
        { signal: controller.signal, transfer: [bytes] },
      );
      if (result.status !== 'ok') {
        setState({ step: 'choose', fileName: file.name, errors: result.errors });
        return;
      }
      openSession(result.value.session);
      setPreview(null);
      setState({
        step: 'map',
        file: result.value,
        mapping: result.value.suggested,
        purpose: '',
        skipExisting: false,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        setState({
          step: 'choose',
          notice: `Reading ${file.name} was stopped. Nothing was stored.`,
        });
        return;
      }
      console.error(error);
      setState({
        step: 'choose',
        fileName: file.name,
        errors: [
          {
            path: '(the whole file)',
            message: 'could not be read. It may have been moved or deleted: choose it again',
          },
        ],
      });
    }
  };

  const check = async (event: Event) => {
    event.preventDefault();
    if (state.step !== 'map') return;
    if (state.purpose === '') {
      setState({ ...state, report: undefined, purposeMissing: true });
      return;
    }
    const purpose = state.purpose;
    setState({ ...state, checking: true, purposeMissing: false });
    const report = await caseListWorker.call('check', {
      session: state.file.session,
      mapping: state.mapping,
      context,
      inspectionId: inspection.id,
      purpose,
      skipExisting: state.skipExisting,
    });
    if (report.status === 'expired') {
      setState({ step: 'choose', notice: 'The file is no longer open. Choose it again.' });
    } else if (report.status === 'invalid') {
      setState({ ...state, purpose, checking: false, report });
    } else {
      setState({
        step: 'confirm',
        file: state.file,
        mapping: state.mapping,
        purpose,
        skipExisting: state.skipExisting,
        report,
        replace: false,
      });
    }
  };

  const store = async () => {
    if (state.step !== 'confirm') return;
    const replacing =
      state.purpose === 'population' && population.status === 'ready' && population.value;
    if (replacing && !state.replace) {
      setState({ ...state, replaceMissing: true });
      return;
    }
    const confirm = state;
    setState({ step: 'storing', file: state.file, purpose: state.purpose, progress: null });
    const lead = inspection.team.find((m) => m.role === 'lead')?.id ?? '';
    try {
      const call = caseListWorker.call(
        'store',
        {
          session: confirm.file.session,
          mapping: confirm.mapping,
          context,
          inspectionId: inspection.id,
          purpose: confirm.purpose,
          skipExisting: confirm.skipExisting,
          by: lead,
          device: await deviceId(),
        },
        {
          onProgress: (progress) =>
            setState((s) => (s.step === 'storing' ? { ...s, progress } : s)),
        },
      );
      storing.current = call;
      const outcome = await call.finally(() => {
        storing.current = null;
      });
      if (outcome.status === 'saved') {
        void requestPersistenceOnFirstWrite('import');
        closeSession();
        setState({
          step: 'done',
          fileName: confirm.file.fileName,
          purpose: confirm.purpose,
          count: 'summary' in outcome ? outcome.summary.size : outcome.created,
          skipped: 'skipped' in outcome ? outcome.skipped.length : 0,
        });
      } else if (outcome.status === 'invalid' && 'errorCount' in outcome) {
        setState({
          step: 'map',
          file: confirm.file,
          mapping: confirm.mapping,
          purpose: confirm.purpose,
          skipExisting: confirm.skipExisting,
          report: outcome,
        });
      } else {
        setState({ ...confirm, failure: storeFailure(outcome) });
      }
    } catch (error) {
      setState({
        ...confirm,
        failure: `Nothing was stored: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  const fileError =
    state.step === 'choose' && state.errors
      ? state.errors.some((e) => e.path === FILE_FIELD)
        ? 'Select a case list file'
        : `${state.fileName ?? 'The file'} cannot be imported: ${plural(state.errors.length, 'problem')}, listed at the top of the page`
      : undefined;

  return (
    <>
      <ErrorSummary
        errors={errors}
        description={
          state.step === 'map' && state.report
            ? `Nothing has been stored. There ${isOrAre(state.report.errorCount)} ${plural(state.report.errorCount, 'problem')} to correct, in the file or in the column choices, before the list can be imported:`
            : state.step === 'choose' && state.errors && state.fileName
              ? `${state.fileName} cannot be imported, and nothing has been stored:`
              : undefined
        }
      />

      {(state.step === 'choose' || state.step === 'reading') && (
        <>
          {state.step === 'choose' && state.notice && <NotificationBanner heading={state.notice} />}
          <FileFormat inspection={inspection} framework={framework} />
          <form noValidate onSubmit={read}>
            <div class={`govuk-form-group${fileError ? ' govuk-form-group--error' : ''}`}>
              <label class="govuk-label govuk-label--m" for={FILE_FIELD}>
                Upload a case list
              </label>
              <div id={`${FILE_FIELD}-hint`} class="govuk-hint">
                A CSV file (.csv), with a heading row. Nothing is stored until you have checked it
                and confirmed.
              </div>
              <ErrorMessage id={`${FILE_FIELD}-error`} message={fileError} />
              <input
                ref={fileInput}
                class={`govuk-file-upload${fileError ? ' govuk-file-upload--error' : ''}`}
                id={FILE_FIELD}
                name="caseListFile"
                type="file"
                accept=".csv,.txt,text/csv,text/plain"
                aria-describedby={`${FILE_FIELD}-hint${fileError ? ` ${FILE_FIELD}-error` : ''}`}
                disabled={state.step === 'reading'}
              />
            </div>
            {state.step === 'reading' ? (
              <div class="govuk-button-group">
                <p class="govuk-body ca-working" role="status">
                  Reading and checking {state.fileName}…
                </p>
                <button
                  type="button"
                  class="govuk-button govuk-button--secondary"
                  onClick={() => state.controller.abort()}
                >
                  Stop
                </button>
              </div>
            ) : (
              <button type="submit" class="govuk-button">
                Upload and check
              </button>
            )}
          </form>
        </>
      )}

      {state.step === 'map' && (
        <form noValidate onSubmit={check}>
          <FileSummary
            file={state.file}
            onChooseAgain={() => {
              closeSession();
              setState({ step: 'choose' });
            }}
          />
          <PersonalData
            file={state.file}
            mapping={state.mapping}
            onDrop={(heading) =>
              setState({ ...state, mapping: { ...state.mapping, [heading]: { kind: 'ignore' } } })
            }
          />
          <Warnings
            warnings={(state.report?.warnings ?? state.file.tableWarnings).filter(
              (w) => w.kind !== 'personal-data',
            )}
            heading="Warnings: check these before importing"
          />
          <ColumnChoices
            file={state.file}
            mapping={state.mapping}
            choices={choices}
            error={
              state.report?.errors.some((e) => e.path === 'column mapping')
                ? 'Correct the column choices: see the problems at the top of the page'
                : undefined
            }
            onChange={(next) => setState({ ...state, mapping: next, report: undefined })}
          />
          <PreviewTable preview={preview} />
          <Purpose
            purpose={state.purpose}
            skipExisting={state.skipExisting}
            missing={state.purposeMissing === true}
            population={population.status === 'ready' ? population.value : null}
            onChange={(purpose, skipExisting) => setState({ ...state, purpose, skipExisting })}
          />
          <button
            type="submit"
            class="govuk-button"
            disabled={state.checking}
            aria-disabled={state.checking}
          >
            Check the list
          </button>
          {state.checking && (
            <p class="govuk-body ca-working" role="status">
              Checking every row…
            </p>
          )}
        </form>
      )}

      {state.step === 'confirm' && (
        <Confirm
          state={state}
          inspection={inspection}
          population={population.status === 'ready' ? population.value : null}
          headingRef={stepHeading}
          onReplace={(replace) => setState({ ...state, replace, replaceMissing: false })}
          onBack={() =>
            setState({
              step: 'map',
              file: state.file,
              mapping: state.mapping,
              purpose: state.purpose,
              skipExisting: state.skipExisting,
            })
          }
          onStore={store}
        />
      )}

      {state.step === 'storing' && <Storing progress={state.progress} purpose={state.purpose} />}

      {state.step === 'done' && (
        <>
          <NotificationBanner
            type="success"
            heading={
              state.purpose === 'population'
                ? `The population list of ${plural(state.count, 'case')} is stored`
                : `${plural(state.count, 'case')} imported from ${state.fileName}`
            }
          >
            {state.skipped > 0 && (
              <p class="govuk-body">
                {plural(state.skipped, 'case')} already in the inspection {wasOrWere(state.skipped)}{' '}
                left as {itWasOrTheyWere(state.skipped)}.
              </p>
            )}
          </NotificationBanner>
          <h2 class="govuk-heading-m" ref={stepHeading} tabIndex={-1}>
            What next
          </h2>
          <ul class="govuk-list">
            {state.purpose === 'population' ? (
              <li>
                <a class="govuk-link" href={inspectionHref(inspection.id, '/sample')}>
                  Draw the sample from this population
                </a>
              </li>
            ) : (
              <>
                <li>
                  <a class="govuk-link" href={inspectionHref(inspection.id, '/team')}>
                    Assign the cases to inspectors
                  </a>
                </li>
                <li>
                  <a class="govuk-link" href={inspectionHref(inspection.id)}>
                    See the case list
                  </a>
                </li>
              </>
            )}
            <li>
              <button
                type="button"
                class="govuk-button govuk-button--secondary"
                onClick={() => setState({ step: 'choose' })}
              >
                Import another list
              </button>
            </li>
          </ul>
        </>
      )}
    </>
  );
}

function summaryOf(state: Step): SummaryError[] {
  if (state.step === 'choose' && state.errors) {
    if (state.errors.some((e) => e.path === FILE_FIELD)) {
      return [{ href: `#${FILE_FIELD}`, text: 'Select a case list file' }];
    }
    return state.errors.slice(0, SHOWN_PROBLEMS).map((e) => ({ text: problemText(e) }));
  }
  if (state.step === 'map') {
    if (state.purposeMissing) {
      return [
        {
          href: '#purpose',
          text: 'Choose what this list is: the cases to read, or a population to sample from',
        },
      ];
    }
    if (state.report) {
      const listed = state.report.errors.slice(0, SHOWN_PROBLEMS).map((e) => ({
        text: problemText(e),
        ...(e.path === 'column mapping' ? { href: `#${columnFieldId(0)}` } : {}),
      }));
      const more = state.report.errorCount - listed.length;
      return more > 0
        ? [...listed, { text: `and ${plural(more, 'more problem')} not listed` }]
        : listed;
    }
  }
  if (state.step === 'confirm') {
    if (state.replaceMissing) {
      return [
        { href: '#replace', text: 'Confirm that the new list replaces the stored population list' },
      ];
    }
    if (state.failure) return [{ text: state.failure }];
  }
  return [];
}
