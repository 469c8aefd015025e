/**
 * The framework page's "Published figures": which figures a self-audit on this version is read
 * against (imported on this device, else shipped with the app), their title and how many; the
 * set in use as a file; importing a file for this version (refused whole, every problem with its
 * place, nothing stored) and removing the imported figures.
 */

import type { RefObject } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { BENCHMARKS_MAX_BYTES, type Framework, frameworkKey } from '../../../core';
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
import { formatDate, t } from '../../i18n/translate';
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

function DoneBanner({ notice }: { notice: FiguresNotice }) {
  if (notice.kind === 'removed') {
    return (
      <NotificationBanner
        type="success"
        heading={t('frameworks', 'Imported figures removed')}
        focus
      >
        <p class="govuk-body">
          {notice.shipped
            ? t('frameworks', 'The published figures that ship with the app are used again.')
            : t('frameworks', 'No published figures are used for this version now.')}
        </p>
      </NotificationBanner>
    );
  }
  return (
    <NotificationBanner
      type="success"
      heading={t(
        'frameworks',
        'Published figures imported: {count, plural, one {# figure} other {# figures}}',
        { count: notice.figures },
      )}
      focus
    >
      <p class="govuk-body">
        {notice.replaced
          ? t(
              'frameworks',
              '{title}. They replace the figures imported before. Self-audits on this version show them beside their own figures.',
              { title: notice.title },
            )
          : t(
              'frameworks',
              '{title}. Self-audits on this version show them beside their own figures.',
              { title: notice.title },
            )}
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
          {t(
            'frameworks',
            'The figures imported from {file} cannot be read by this version of the app ({place}: {problem}), so they are not used. Remove them, or import them again.',
            {
              file: unreadable.fileName,
              place: unreadable.errors[0]?.path ?? '',
              problem: unreadable.errors[0]?.message ?? '',
            },
          )}
        </WarningText>
      )}
      {inUse ? (
        <dl class="govuk-summary-list">
          <SummaryRow label={t('frameworks', 'In use')}>
            {inUse.origin === 'imported'
              ? t(
                  'frameworks',
                  'Imported from {file} on {date}{shipped, select, yes {, instead of the figures that ship with the app} other {}}',
                  {
                    file: inUse.fileName,
                    date: formatDate(inUse.importedAt),
                    shipped: inUse.shipped ? 'yes' : 'no',
                  },
                )
              : t('frameworks', 'Shipped with the app')}
          </SummaryRow>
          <SummaryRow label={t('frameworks', 'Title')}>{inUse.set.title}</SummaryRow>
          <SummaryRow label={t('frameworks', 'Figures')}>
            {t('frameworks', '{count, plural, one {# figure} other {# figures}}', {
              count: inUse.set.figures.length,
            })}
          </SummaryRow>
        </dl>
      ) : (
        <p class="govuk-body">
          {t(
            'frameworks',
            'No published figures ship with this version, and none have been imported.',
          )}
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
        label={t('frameworks', 'Published figures file (JSON)')}
        labelClass="govuk-label--s"
        hint={t(
          'frameworks',
          'A file of published figures for {id} version {version}, of at most {megabytes} MB. It is checked against this version first: a file with any problem is not imported. Imported figures are used instead of any that ship with the app; importing again replaces them.',
          {
            id: framework.id,
            version: framework.version,
            megabytes: BENCHMARKS_MAX_BYTES / 1024 / 1024,
          },
        )}
        error={error}
        accept=".json,application/json"
        inputRef={fileInput}
      />
      <button type="submit" class="govuk-button" disabled={working} aria-disabled={working}>
        {t('frameworks', 'Import published figures')}
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
        {t('frameworks', 'Published figures')}
      </h2>
      {outcome?.notice && <DoneBanner notice={outcome.notice} />}
      <ErrorSummary
        errors={errors}
        description={
          problem?.kind === 'invalid'
            ? t(
                'frameworks',
                '{file} was not imported, and nothing was stored. Each problem below names its place in the file:',
                { file: problem.fileName },
              )
            : undefined
        }
      />
      <p class="govuk-body">
        {t(
          'frameworks',
          'The figures a published inspection report gave for this framework’s questions. A self-audit on this version shows each beside its own figure, with the difference.',
        )}
      </p>
      {state.status === 'failed' && (
        <p class="govuk-body">
          {t('frameworks', 'The published figures could not be read from this device’s storage.')}
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
            {t('frameworks', 'Download the published figures')}
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
            {t('frameworks', 'Remove the imported figures')}
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
