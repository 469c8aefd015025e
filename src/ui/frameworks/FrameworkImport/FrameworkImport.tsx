import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  differingFields,
  type Framework,
  formatCount,
  frameworkKey,
  listInWords,
  plural,
  pluralForm,
  summariseFramework,
  type ValidationError,
} from '../../../core';
import { classifyWriteError } from '../../../db/connection';
import { importFramework, matchInLibrary } from '../../../db/frameworks/frameworkStore';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { usePageTitle } from '../../hooks/usePageTitle';
import { frameworkHref, STATUS_LABELS } from '../Frameworks/frameworkStatus';
import { checkFrameworkFile } from './checkFrameworkFile';

const FIELD_ID = 'framework-file';
/** More would bury the first problems; the rest are counted. */
const SHOWN_ERRORS = 100;

type Problem =
  | { kind: 'no-file' }
  | { kind: 'invalid'; fileName: string; errors: readonly ValidationError[] }
  /** The library holds a different framework under this id and version. */
  | { kind: 'conflict'; key: string; fields: readonly string[] }
  | { kind: 'not-checked'; fileName: string }
  | { kind: 'not-saved'; reason: string };

type Step =
  | { step: 'choose'; problem?: Problem }
  | { step: 'checking'; fileName: string }
  | { step: 'confirm'; fileName: string; framework: Framework; saving: boolean }
  /** The file is exactly a framework version the library already holds: nothing to add. */
  | { step: 'in-library'; fileName: string; framework: Framework; key: string }
  | { step: 'done'; status: 'added' | 'already-here'; key: string; title: string };

/** Core caps its list with a last line "and N more problems not listed"; read N from it. */
function splitCapped(errors: readonly ValidationError[]) {
  const last = errors.at(-1);
  const marker = last ? /^and ([\d,]+) more problems? not listed$/.exec(last.message) : null;
  const real = marker ? errors.slice(0, -1) : errors;
  const total = real.length + (marker ? Number(marker[1]?.replace(/,/g, '')) : 0);
  const listed = real.slice(0, SHOWN_ERRORS);
  return { listed, total, more: total - listed.length };
}

/** " (different title and sections)": the top-level fields of the file that differ. */
function whatDiffers(fields: readonly string[]): string {
  if (fields.length === 0) return '';
  return ` (different ${listInWords(fields)})`;
}

function summaryErrors(problem: Problem | undefined): SummaryError[] {
  if (!problem) return [];
  switch (problem.kind) {
    case 'no-file':
      return [{ href: `#${FIELD_ID}`, text: 'Select a framework file' }];
    case 'invalid': {
      const { listed, more } = splitCapped(problem.errors);
      const lines = listed.map((e) => ({ text: `${e.path}: ${e.message}` }));
      return more > 0 ? [...lines, { text: `and ${formatCount(more)} more not listed` }] : lines;
    }
    case 'conflict':
      return [
        {
          href: `#${FIELD_ID}`,
          text: `A framework with this id and version (${problem.key}) is already in the library and differs from this file${whatDiffers(problem.fields)}. A published version never changes: give the new one a new version number.`,
        },
      ];
    case 'not-checked':
      return [
        {
          href: `#${FIELD_ID}`,
          text: `${problem.fileName} could not be checked. Nothing was added. Try again, or choose another file.`,
        },
      ];
    case 'not-saved':
      return [{ text: `The framework could not be saved on this device: ${problem.reason}` }];
  }
}

function fieldError(problem: Problem | undefined): string | undefined {
  switch (problem?.kind) {
    case 'no-file':
      return 'Select a framework file';
    case 'invalid':
      return `${problem.fileName} is not a valid framework file: ${plural(splitCapped(problem.errors).total, 'problem')}, listed at the top of the page`;
    case 'conflict':
      return 'Choose a framework file with a new version number';
    case 'not-checked':
      return 'Choose the file again';
    default:
      return undefined;
  }
}

function FrameworkSummary({ fileName, framework }: { fileName: string; framework: Framework }) {
  const counts = summariseFramework(framework);
  const rows: [string, string][] = [
    ['File', fileName],
    ['Title', framework.title],
    ['Version', framework.version],
    [
      pluralForm(framework.publishers.length, { one: 'Publisher', other: 'Publishers' }),
      framework.publishers.join(', '),
    ],
    ['Year', String(framework.year)],
    ['Status', STATUS_LABELS[framework.status]],
    ['Sections', String(counts.sections)],
    ['Standards', String(counts.standards)],
    ['Questions', String(counts.questions)],
    ['Key questions', String(counts.keyQuestions)],
    ['Profile fields', String(counts.profileFields)],
  ];
  return (
    <dl class="govuk-summary-list">
      {rows.map(([label, value]) => (
        <div class="govuk-summary-list__row" key={label}>
          <dt class="govuk-summary-list__key">{label}</dt>
          <dd class="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function saveFailure(error: unknown): string {
  switch (classifyWriteError(error)) {
    case 'quota':
      return 'this device has run out of storage space. Free some space, then try again.';
    case 'closed':
      return 'the browser closed its storage. Reload the page, then try again.';
    default:
      return `the browser's storage refused it (${error instanceof Error ? error.message : String(error)}).`;
  }
}

/**
 * Import a framework file: choose it, see it checked (every problem with its place in the file),
 * confirm, and it joins the library. Nothing is stored until the user confirms a valid file.
 */
export default function FrameworkImport() {
  const [state, setState] = useState<Step>({ step: 'choose' });
  const fileInput = useRef<HTMLInputElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const problem = state.step === 'choose' ? state.problem : undefined;
  usePageTitle('Import a framework', problem !== undefined);

  useEffect(() => {
    // A new step replaces the form: move focus to its heading so it is announced.
    if (state.step === 'confirm' || state.step === 'in-library' || state.step === 'done') {
      stepHeading.current?.focus();
    }
  }, [state.step]);

  const check = async (event: Event) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setState({ step: 'choose', problem: { kind: 'no-file' } });
      return;
    }
    setState({ step: 'checking', fileName: file.name });
    try {
      const result = await checkFrameworkFile(file);
      if (result.status !== 'ok') {
        setState({
          step: 'choose',
          problem: { kind: 'invalid', fileName: file.name, errors: result.errors },
        });
        return;
      }
      // Said now rather than at "Add to the library": a changed file under a version already
      // here is refused, and an identical one adds nothing.
      const framework = result.value;
      const match = await matchInLibrary(framework);
      const key = frameworkKey(framework);
      if (match.status === 'differs') {
        setState({ step: 'choose', problem: { kind: 'conflict', key, fields: match.fields } });
      } else if (match.status === 'same') {
        setState({ step: 'in-library', fileName: file.name, framework, key });
      } else {
        setState({ step: 'confirm', fileName: file.name, framework, saving: false });
      }
    } catch (error) {
      console.error(error);
      setState({ step: 'choose', problem: { kind: 'not-checked', fileName: file.name } });
    }
  };

  const add = async (fileName: string, framework: Framework) => {
    setState({ step: 'confirm', fileName, framework, saving: true });
    try {
      const outcome = await importFramework(framework);
      if (outcome.status === 'conflict') {
        // Another tab added a different file under this version since the check.
        setState({
          step: 'choose',
          problem: {
            kind: 'conflict',
            key: frameworkKey(framework),
            fields: differingFields(outcome.existing.framework, framework),
          },
        });
      } else {
        setState({
          step: 'done',
          status: outcome.status,
          key: outcome.record.key,
          title: outcome.record.title,
        });
      }
    } catch (error) {
      setState({ step: 'choose', problem: { kind: 'not-saved', reason: saveFailure(error) } });
    }
  };

  // The same list object while the problem stays: the summary takes focus when its list changes.
  const errors = useMemo(() => summaryErrors(problem), [problem]);
  const errorText = fieldError(problem);
  const describedBy = [`${FIELD_ID}-hint`, errorText ? `${FIELD_ID}-error` : '']
    .filter(Boolean)
    .join(' ');

  return (
    <>
      <a href="/frameworks" class="govuk-back-link">
        Back to frameworks
      </a>
      <ErrorSummary
        errors={errors}
        description={
          problem?.kind === 'invalid'
            ? `${problem.fileName} is not a valid framework file, so nothing was added to the library. Each problem below names its place in the file:`
            : undefined
        }
      />
      <h1 class="govuk-heading-l">Import a framework</h1>

      {state.step === 'choose' && (
        <form noValidate onSubmit={check}>
          <div class={`govuk-form-group${errorText ? ' govuk-form-group--error' : ''}`}>
            <label class="govuk-label govuk-label--m" for={FIELD_ID}>
              Upload a framework file
            </label>
            <div id={`${FIELD_ID}-hint`} class="govuk-hint">
              A framework is a JSON file (.json) of at most 4 MB, for example one exported from
              another device. It is checked first; nothing is added until you confirm.
            </div>
            {errorText && (
              <p id={`${FIELD_ID}-error`} class="govuk-error-message">
                <span class="govuk-visually-hidden">Error:</span> {errorText}
              </p>
            )}
            <input
              ref={fileInput}
              class={`govuk-file-upload${errorText ? ' govuk-file-upload--error' : ''}`}
              id={FIELD_ID}
              name="frameworkFile"
              type="file"
              accept=".json,application/json"
              aria-describedby={describedBy}
            />
          </div>
          <button type="submit" class="govuk-button">
            Check the file
          </button>
        </form>
      )}

      {state.step === 'checking' && <Loading what={`Checking ${state.fileName}`} />}

      {state.step === 'confirm' && (
        <>
          <h2 class="govuk-heading-m" ref={stepHeading} tabIndex={-1}>
            The file is a valid framework
          </h2>
          <p class="govuk-body">Check it is the framework you expect, then add it.</p>
          <FrameworkSummary fileName={state.fileName} framework={state.framework} />
          <div class="govuk-button-group">
            <button
              type="button"
              class="govuk-button"
              disabled={state.saving}
              aria-disabled={state.saving}
              onClick={() => add(state.fileName, state.framework)}
            >
              Add to the library
            </button>
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              disabled={state.saving}
              onClick={() => setState({ step: 'choose' })}
            >
              Choose a different file
            </button>
          </div>
        </>
      )}

      {state.step === 'in-library' && (
        <>
          <h2 class="govuk-heading-m" ref={stepHeading} tabIndex={-1}>
            This framework is already in the library
          </h2>
          <p class="govuk-body">
            The file is the same as version {state.framework.version} in your library, so there is
            nothing to add.{' '}
            <a class="govuk-link" href={frameworkHref(state.key)}>
              Read {state.framework.title}
            </a>
          </p>
          <FrameworkSummary fileName={state.fileName} framework={state.framework} />
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            onClick={() => setState({ step: 'choose' })}
          >
            Choose a different file
          </button>
        </>
      )}

      {state.step === 'done' && (
        <>
          <NotificationBanner
            type={state.status === 'added' ? 'success' : 'information'}
            heading={
              state.status === 'added'
                ? 'Framework added to the library'
                : 'This framework version is already in your library; nothing was changed'
            }
          >
            <p class="govuk-body">
              <a class="govuk-notification-banner__link" href={frameworkHref(state.key)}>
                Read {state.title}
              </a>
            </p>
          </NotificationBanner>
          <h2 class="govuk-heading-m" ref={stepHeading} tabIndex={-1}>
            What next
          </h2>
          <ul class="govuk-list">
            <li>
              <button
                type="button"
                class="govuk-button govuk-button--secondary"
                onClick={() => setState({ step: 'choose' })}
              >
                Import another framework
              </button>
            </li>
            <li>
              <a class="govuk-link" href="/frameworks">
                Back to the framework library
              </a>
            </li>
          </ul>
        </>
      )}
    </>
  );
}
