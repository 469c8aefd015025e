/**
 * The framework page's "Published figures": which figures a self-audit on this version is read
 * against (imported on this device, else shipped with the app), their title and how many; the
 * set in use as a file; importing a file for this version (refused whole, every problem with its
 * place, nothing stored) and removing the imported figures.
 */

import type { RefObject } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { BENCHMARKS_MAX_BYTES, type Framework, frameworkKey, plural } from '../../../core';
import {
  type PublishedFiguresState,
  publishedFiguresFor,
} from '../../../db/frameworks/benchmarkStore';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FileField } from '../../components/InspectionFrame/formFields';
import { NotificationBanner } from '../../components/NotificationBanner';
import { SummaryRow } from '../../components/SummaryRow';
import { WarningText } from '../../components/WarningText';
import { useLive } from '../../hooks/useLive';
import {
  downloadPublishedFigures,
  FIGURES_FIELD_ID,
  type FiguresNotice,
  type FiguresOutcome,
  figuresFieldError,
  figuresSummaryErrors,
  importFiguresFile,
  removeFigures,
} from './publishedFiguresActions';

function longDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

function DoneBanner({ notice }: { notice: FiguresNotice }) {
  if (notice.kind === 'removed') {
    return (
      <NotificationBanner type="success" heading="Imported figures removed" focus>
        <p class="govuk-body">
          {notice.shipped
            ? 'The published figures that ship with the app are used again.'
            : 'No published figures are used for this version now.'}
        </p>
      </NotificationBanner>
    );
  }
  return (
    <NotificationBanner
      type="success"
      heading={`Published figures imported: ${plural(notice.figures, 'figure')}`}
      focus
    >
      <p class="govuk-body">
        {notice.title}. {notice.replaced ? 'They replace the figures imported before. ' : ''}
        Self-audits on this version show them beside their own figures.
      </p>
    </NotificationBanner>
  );
}

/** Which figures are used, where they came from, and how many. */
function InUse({ state }: { state: PublishedFiguresState }) {
  const { inUse, unreadable } = state;
  return (
    <>
      {unreadable && (
        <WarningText>
          The figures imported from {unreadable.fileName} cannot be read by this version of the app
          ({unreadable.errors[0]?.path}: {unreadable.errors[0]?.message}), so they are not used.
          Remove them, or import them again.
        </WarningText>
      )}
      {inUse ? (
        <dl class="govuk-summary-list">
          <SummaryRow label="In use">
            {inUse.origin === 'imported'
              ? `Imported from ${inUse.fileName} on ${longDate(inUse.importedAt)}${inUse.shipped ? ', instead of the figures that ship with the app' : ''}`
              : 'Shipped with the app'}
          </SummaryRow>
          <SummaryRow label="Title">{inUse.set.title}</SummaryRow>
          <SummaryRow label="Figures">{plural(inUse.set.figures.length, 'figure')}</SummaryRow>
        </dl>
      ) : (
        <p class="govuk-body">
          No published figures ship with this version, and none have been imported.
        </p>
      )}
    </>
  );
}

function ImportForm({
  framework,
  working,
  error,
  fileInput,
  onImport,
}: {
  framework: Framework;
  working: boolean;
  error: string | undefined;
  fileInput: RefObject<HTMLInputElement>;
  onImport: (file: File | undefined) => void;
}) {
  return (
    <form
      class="ca-no-print"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onImport(fileInput.current?.files?.[0]);
      }}
    >
      <FileField
        id={FIGURES_FIELD_ID}
        name="publishedFiguresFile"
        label="Published figures file (JSON)"
        labelClass="govuk-label--s"
        hint={`A file of published figures for ${framework.id} version ${framework.version}, of at most ${BENCHMARKS_MAX_BYTES / 1024 / 1024} MB. It is checked against this version first: a file with any problem is not imported. Imported figures are used instead of any that ship with the app; importing again replaces them.`}
        error={error}
        accept=".json,application/json"
        inputRef={fileInput}
      />
      <button type="submit" class="govuk-button" disabled={working} aria-disabled={working}>
        Import published figures
      </button>
    </form>
  );
}

export function PublishedFiguresPart({
  framework,
  onRefused,
}: {
  framework: Framework;
  /** Whether the error summary is showing, for the page's title. */
  onRefused: (refused: boolean) => void;
}) {
  const key = frameworkKey(framework);
  // Keyed by the version: the figures change only when imported or removed (the query re-runs).
  const state = useLive(() => publishedFiguresFor(framework), [key]);
  const [outcome, setOutcome] = useState<FiguresOutcome | null>(null);
  const [working, setWorking] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const problem = outcome?.problem ?? null;
  // The same list while the problem stays: the summary takes focus when its list changes.
  const errors = useMemo(() => figuresSummaryErrors(problem), [problem]);
  const act = async (action: () => Promise<FiguresOutcome>) => {
    setWorking(true);
    setOutcome(null);
    const next = await action();
    setWorking(false);
    setOutcome(next);
    onRefused(next.problem !== null);
    if (next.notice?.kind === 'imported' && fileInput.current) fileInput.current.value = '';
  };
  const ready = state.status === 'ready' ? state.value : null;
  const inUse = ready?.inUse ?? null;
  const imported = inUse?.origin === 'imported' || ready?.unreadable != null;
  return (
    <section id="published-figures" aria-labelledby="figures-heading">
      <h2 class="govuk-heading-m" id="figures-heading">
        Published figures
      </h2>
      {outcome?.notice && <DoneBanner notice={outcome.notice} />}
      <ErrorSummary
        errors={errors}
        description={
          problem?.kind === 'invalid'
            ? `${problem.fileName} was not imported, and nothing was stored. Each problem below names its place in the file:`
            : undefined
        }
      />
      <p class="govuk-body">
        The figures a published inspection report gave for this framework’s questions. A self-audit
        on this version shows each beside its own figure, with the difference.
      </p>
      {state.status === 'failed' && (
        <p class="govuk-body">
          The published figures could not be read from this device’s storage.
        </p>
      )}
      {ready && <InUse state={ready} />}
      <div class="govuk-button-group ca-no-print">
        {inUse && (
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            onClick={() => downloadPublishedFigures(inUse.set)}
          >
            Download the published figures
          </button>
        )}
        {imported && (
          <button
            type="button"
            class="govuk-button govuk-button--warning"
            disabled={working}
            aria-disabled={working}
            onClick={() => void act(() => removeFigures(framework))}
          >
            Remove the imported figures
          </button>
        )}
      </div>
      <ImportForm
        framework={framework}
        working={working}
        error={figuresFieldError(problem)}
        fileInput={fileInput}
        onImport={(file) => void act(() => importFiguresFile(framework, file))}
      />
    </section>
  );
}
