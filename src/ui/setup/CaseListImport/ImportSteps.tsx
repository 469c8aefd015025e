// Over 400 lines: the import screen's steps around the column choices, kept together as one flow.
/**
 * The parts of the case-list import screen around the column choices: the expected file format,
 * the chosen file, personal-data columns, warnings, what the list is for, the confirmation and
 * the progress of storing it.
 */
import type { ComponentChildren, RefObject } from 'preact';
import type { CaseListWarning, ColumnMapping, Inspection } from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import type { PopulationSummary } from '../../../db/inspections/populationStore';
import type {
  CaseListFile,
  CaseListPurpose,
  StoreProgress,
} from '../../../workers/caseListService';
import { formatMoment, formatNumber } from '../../components/InspectionFrame/format';
import { CheckboxField, ErrorMessage } from '../../components/InspectionFrame/formFields';
import { SummaryRow } from '../../components/SummaryRow';
import { WarningText } from '../../components/WarningText';
import { t, tx } from '../../i18n/translate';
import type { Step } from './importStep';

export function FileFormat({
  inspection,
  framework,
}: {
  inspection: Inspection;
  framework: FrameworkRecord;
}) {
  const profile = framework.framework.profile.slice(0, 4).map((f) => f.text);
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">
          {t('setup', 'What the case list should look like')}
        </span>
      </summary>
      <div class="govuk-details__text">
        <p class="govuk-body">
          {t(
            'setup',
            'A CSV file saved from a spreadsheet (CSV UTF-8), one row per case, with a heading row. Columns may be separated by commas, semicolons or tabs. You say what each column is on the next page.',
          )}
        </p>
        <ul class="govuk-list govuk-list--bullet">
          <li>
            {tx('setup', 'a <b>case reference</b>: pseudonymous, such as LAC-03-07, never a name', {
              b: bold,
            })}
          </li>
          <li>
            {tx('setup', 'the <b>area</b>: one of {areas}', {
              b: bold,
              areas: inspection.areas.map((a) => a.name).join(', '),
            })}
          </li>
          {inspection.strata.length > 0 && (
            <li>
              {tx('setup', 'the <b>stratum</b>: {strata}', {
                b: bold,
                strata: inspection.strata
                  .map((s) => s.name)
                  .reduce((list, item) => t('setup', '{list} or {item}', { list, item })),
              })}
            </li>
          )}
          {profile.length > 0 && (
            <li>
              {t('setup', 'optionally, profile answers such as {answers}', {
                answers: profile.join('; '),
              })}
            </li>
          )}
        </ul>
        <p class="govuk-body">
          {t(
            'setup',
            'Leave out names, dates of birth, addresses and other personal details: Case Audit keeps pseudonymous references only, and warns about columns that look personal.',
          )}
        </p>
      </div>
    </details>
  );
}

export function FileSummary({
  file,
  onChooseAgain,
}: {
  file: CaseListFile;
  onChooseAgain: () => void;
}) {
  const columns = file.headings.filter((h) => h !== '').length;
  return (
    <div class="ca-file-summary">
      <p class="govuk-body">
        {file.delimiter === ','
          ? tx(
              'setup',
              '<b>{fileName}</b>: {rows, plural, one {# row} other {# rows}} under a heading row of {columns, plural, one {# column} other {# columns}}, separated by commas.',
              { b: bold, fileName: file.fileName, rows: file.rowCount, columns },
            )
          : file.delimiter === ';'
            ? tx(
                'setup',
                '<b>{fileName}</b>: {rows, plural, one {# row} other {# rows}} under a heading row of {columns, plural, one {# column} other {# columns}}, separated by semicolons.',
                { b: bold, fileName: file.fileName, rows: file.rowCount, columns },
              )
            : tx(
                'setup',
                '<b>{fileName}</b>: {rows, plural, one {# row} other {# rows}} under a heading row of {columns, plural, one {# column} other {# columns}}, separated by tabs.',
                { b: bold, fileName: file.fileName, rows: file.rowCount, columns },
              )}{' '}
        <button type="button" class="ca-link-button govuk-link" onClick={onChooseAgain}>
          {t('setup', 'Choose a different file')}
        </button>
      </p>
    </div>
  );
}

export function PersonalData({
  file,
  mapping,
  onDrop,
}: {
  file: CaseListFile;
  mapping: ColumnMapping;
  onDrop: (heading: string) => void;
}) {
  if (file.personalData.length === 0) return null;
  const imported = file.personalData.filter(
    (w) => (mapping[w.column]?.kind ?? 'ignore') !== 'ignore',
  );
  const dropped = file.personalData.filter(
    (w) => (mapping[w.column]?.kind ?? 'ignore') === 'ignore',
  );
  return (
    <div class="ca-personal-data">
      {imported.map((warning) => (
        <div class="govuk-warning-text" key={warning.column}>
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">{t('setup', 'Warning')}</span>
            <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
              {warning.message}
            </p>
            <button
              type="button"
              class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              onClick={() => onDrop(warning.column)}
            >
              {t('setup', 'Do not import “{column}”', { column: warning.column })}
            </button>
          </div>
        </div>
      ))}
      {dropped.length > 0 && (
        <div class="govuk-inset-text">
          {t(
            'setup',
            '{count, plural, one {This column looks} other {These columns look}} like personal data and will not be imported: {columns}.',
            {
              count: dropped.length,
              columns: dropped
                .map((w) => t('setup', '“{column}”', { column: w.column }))
                .join(', '),
            },
          )}
        </div>
      )}
    </div>
  );
}

export function Warnings({
  warnings,
  heading,
}: {
  warnings: readonly CaseListWarning[];
  heading: string;
}) {
  if (warnings.length === 0) return null;
  return (
    <div class="ca-warnings">
      <h2 class="govuk-heading-s">{heading}</h2>
      <ul class="govuk-list govuk-list--bullet">
        {warnings.map((w) => (
          <li key={`${w.kind}:${w.path}`}>{w.message}</li>
        ))}
      </ul>
    </div>
  );
}

export function Purpose({
  purpose,
  skipExisting,
  missing,
  population,
  onChange,
}: {
  purpose: CaseListPurpose | '';
  skipExisting: boolean;
  missing: boolean;
  population: PopulationSummary | null;
  onChange: (purpose: CaseListPurpose, skipExisting: boolean) => void;
}) {
  const error = missing ? t('setup', 'Choose what this list is') : undefined;
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={error ? 'purpose-error' : undefined}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
          {t('setup', 'What is this list?')}
        </legend>
        <ErrorMessage id="purpose-error" message={error} />
        <div class="govuk-radios">
          <div class="govuk-radios__item">
            <input
              class="govuk-radios__input"
              id="purpose"
              name="purpose"
              type="radio"
              value="cases"
              checked={purpose === 'cases'}
              aria-describedby="purpose-cases-hint"
              onChange={() => onChange('cases', skipExisting)}
            />
            <label class="govuk-label govuk-radios__label" for="purpose">
              {t('setup', 'The cases to read')}
            </label>
            <div id="purpose-cases-hint" class="govuk-hint govuk-radios__hint">
              {t(
                'setup',
                'The sample is already chosen: each row becomes a case of this inspection, with its profile answers.',
              )}
            </div>
          </div>
          {purpose === 'cases' && (
            <div class="govuk-radios__conditional">
              <CheckboxField
                id="skip-existing"
                label={t('setup', 'Skip cases already in this inspection')}
                hint={t(
                  'setup',
                  'Otherwise a reference that is already a case is reported as a problem, so a list imported twice never makes a case twice.',
                )}
                checked={skipExisting}
                onChange={(checked) => onChange('cases', checked)}
                small
              />
            </div>
          )}
          <div class="govuk-radios__item">
            <input
              class="govuk-radios__input"
              id="purpose-2"
              name="purpose"
              type="radio"
              value="population"
              checked={purpose === 'population'}
              aria-describedby="purpose-population-hint"
              onChange={() => onChange('population', skipExisting)}
            />
            <label class="govuk-label govuk-radios__label" for="purpose-2">
              {t('setup', 'A population to sample from')}
            </label>
            <div id="purpose-population-hint" class="govuk-hint govuk-radios__hint">
              {t('setup', 'Every eligible case; you draw the sample from it next.')}
              {population
                ? ` ${t(
                    'setup',
                    'It replaces the list stored on {moment} ({size, plural, one {# case} other {# cases}} from {fileName}).',
                    {
                      moment: formatMoment(population.storedAt),
                      size: population.size,
                      fileName: population.fileName,
                    },
                  )}`
                : ''}
            </div>
          </div>
        </div>
      </fieldset>
    </div>
  );
}

export function Confirm({
  state,
  inspection,
  population,
  headingRef,
  onReplace,
  onBack,
  onStore,
}: {
  state: Extract<Step, { step: 'confirm' }>;
  inspection: Inspection;
  population: PopulationSummary | null;
  headingRef: RefObject<HTMLHeadingElement>;
  onReplace: (replace: boolean) => void;
  onBack: () => void;
  onStore: () => void;
}) {
  const { report, purpose } = state;
  const areaName = new Map(inspection.areas.map((a) => [a.id, a.name]));
  const replacing = purpose === 'population' && population !== null;
  return (
    <>
      <h2 class="govuk-heading-m" ref={headingRef} tabIndex={-1}>
        {t('setup', 'The list is ready to import')}
      </h2>
      <dl class="govuk-summary-list">
        <SummaryRow label={t('setup', 'File')}>{state.file.fileName}</SummaryRow>
        <SummaryRow label={t('setup', 'Imported as')}>
          {purpose === 'population'
            ? t('setup', 'A population to sample from')
            : t('setup', 'The cases to read')}
        </SummaryRow>
        <SummaryRow
          label={
            purpose === 'population'
              ? t('setup', 'Cases in the population')
              : t('setup', 'New cases')
          }
        >
          {formatNumber(report.count)}
        </SummaryRow>
        <SummaryRow label={t('setup', 'By area')}>
          <ul class="govuk-list">
            {inspection.areas
              .filter((a) => report.byArea[a.id])
              .map((a) => (
                <li key={a.id}>
                  {areaName.get(a.id)}: {formatNumber(report.byArea[a.id] ?? 0)}
                </li>
              ))}
          </ul>
        </SummaryRow>
        {report.skipped.length > 0 && (
          <SummaryRow label={t('setup', 'Skipped')}>
            {t('setup', '{count, plural, one {# case} other {# cases}} already in the inspection', {
              count: report.skipped.length,
            })}
          </SummaryRow>
        )}
      </dl>
      <Warnings
        warnings={report.warnings}
        heading={t('setup', 'Warnings: nothing is wrong, but check these')}
      />
      {replacing && population && (
        <>
          <WarningText>
            {t(
              'setup',
              'This replaces the population list stored on {moment} ({size, plural, one {# case} other {# cases}} from {fileName}).',
              {
                moment: formatMoment(population.storedAt),
                size: population.size,
                fileName: population.fileName,
              },
            )}
          </WarningText>
          <CheckboxField
            id="replace"
            label={t('setup', 'Replace the stored population list')}
            error={
              state.replaceMissing
                ? t('setup', 'Confirm that the new list replaces the stored one')
                : undefined
            }
            checked={state.replace}
            onChange={onReplace}
          />
        </>
      )}
      <div class="govuk-button-group">
        <button type="button" class="govuk-button" onClick={onStore}>
          {purpose === 'population'
            ? t('setup', 'Store the population of {count, plural, one {# case} other {# cases}}', {
                count: report.count,
              })
            : t('setup', 'Import {count, plural, one {# case} other {# cases}}', {
                count: report.count,
              })}
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" onClick={onBack}>
          {t('setup', 'Change the column choices')}
        </button>
      </div>
    </>
  );
}

export function Storing({
  progress,
  purpose,
}: {
  progress: StoreProgress | null;
  purpose: CaseListPurpose;
}) {
  const text = storingText(progress, purpose);
  return (
    <div class="ca-storing">
      <label class="govuk-label" for="store-progress">
        {text}
      </label>
      <progress
        id="store-progress"
        class="ca-progress"
        max={progress?.total || 1}
        value={progress?.stage === 'storing' ? progress.done : undefined}
      />
      <p class="govuk-body" role="status">
        {t('setup', '{text}. Keep this page open; nothing is stored until every row is.', { text })}
      </p>
    </div>
  );
}

const bold = (chunks: ComponentChildren) => <strong>{chunks}</strong>;

/** "Storing the cases: 1,200 of 3,000". */
function storingText(progress: StoreProgress | null, purpose: CaseListPurpose): string {
  if (!progress || progress.stage === 'checking') {
    return purpose === 'population'
      ? t('setup', 'Checking the population list once more…')
      : t('setup', 'Checking the cases once more…');
  }
  const done = formatNumber(progress.done);
  const total = formatNumber(progress.total);
  return purpose === 'population'
    ? t('setup', 'Storing the population list: {done} of {total}', { done, total })
    : t('setup', 'Storing the cases: {done} of {total}', { done, total });
}
