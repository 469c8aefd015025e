/**
 * The parts of the case-list import screen around the column choices: the expected file format,
 * the chosen file, personal-data columns, warnings, what the list is for, the confirmation and
 * the progress of storing it.
 */
import type { RefObject } from 'preact';
import {
  type CaseListWarning,
  type ColumnMapping,
  type Inspection,
  plural,
  pluralForm,
} from '../../../core';
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
        <span class="govuk-details__summary-text">What the case list should look like</span>
      </summary>
      <div class="govuk-details__text">
        <p class="govuk-body">
          A CSV file saved from a spreadsheet (CSV UTF-8), one row per case, with a heading row.
          Columns may be separated by commas, semicolons or tabs. You say what each column is on the
          next page.
        </p>
        <ul class="govuk-list govuk-list--bullet">
          <li>
            a <strong>case reference</strong>: pseudonymous, such as LAC-03-07, never a name
          </li>
          <li>
            the <strong>area</strong>: one of {inspection.areas.map((a) => a.name).join(', ')}
          </li>
          {inspection.strata.length > 0 && (
            <li>
              the <strong>stratum</strong>: {inspection.strata.map((s) => s.name).join(' or ')}
            </li>
          )}
          {profile.length > 0 && <li>optionally, profile answers such as {profile.join('; ')}</li>}
        </ul>
        <p class="govuk-body">
          Leave out names, dates of birth, addresses and other personal details: Case Audit keeps
          pseudonymous references only, and warns about columns that look personal.
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
  const separator = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' }[file.delimiter];
  return (
    <div class="ca-file-summary">
      <p class="govuk-body">
        <strong>{file.fileName}</strong>: {plural(file.rowCount, 'row')} under a heading row of{' '}
        {plural(file.headings.filter((h) => h !== '').length, 'column')}, separated by {separator}.{' '}
        <button type="button" class="ca-link-button govuk-link" onClick={onChooseAgain}>
          Choose a different file
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
            <span class="govuk-visually-hidden">Warning</span>
            <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
              {warning.message}
            </p>
            <button
              type="button"
              class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              onClick={() => onDrop(warning.column)}
            >
              Do not import “{warning.column}”
            </button>
          </div>
        </div>
      ))}
      {dropped.length > 0 && (
        <div class="govuk-inset-text">
          {pluralForm(dropped.length, { one: 'This column looks', other: 'These columns look' })}{' '}
          like personal data and will not be imported:{' '}
          {dropped.map((w) => `“${w.column}”`).join(', ')}.
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
  const error = missing ? 'Choose what this list is' : undefined;
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={error ? 'purpose-error' : undefined}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">What is this list?</legend>
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
              The cases to read
            </label>
            <div id="purpose-cases-hint" class="govuk-hint govuk-radios__hint">
              The sample is already chosen: each row becomes a case of this inspection, with its
              profile answers.
            </div>
          </div>
          {purpose === 'cases' && (
            <div class="govuk-radios__conditional">
              <CheckboxField
                id="skip-existing"
                label="Skip cases already in this inspection"
                hint="Otherwise a reference that is already a case is reported as a problem, so a list imported twice never makes a case twice."
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
              A population to sample from
            </label>
            <div id="purpose-population-hint" class="govuk-hint govuk-radios__hint">
              Every eligible case; you draw the sample from it next.
              {population
                ? ` It replaces the list stored on ${formatMoment(population.storedAt)} (${plural(population.size, 'case')} from ${population.fileName}).`
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
        The list is ready to import
      </h2>
      <dl class="govuk-summary-list">
        <SummaryRow label="File">{state.file.fileName}</SummaryRow>
        <SummaryRow label="Imported as">
          {purpose === 'population' ? 'A population to sample from' : 'The cases to read'}
        </SummaryRow>
        <SummaryRow label={purpose === 'population' ? 'Cases in the population' : 'New cases'}>
          {formatNumber(report.count)}
        </SummaryRow>
        <SummaryRow label="By area">
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
          <SummaryRow label="Skipped">
            {plural(report.skipped.length, 'case')} already in the inspection
          </SummaryRow>
        )}
      </dl>
      <Warnings warnings={report.warnings} heading="Warnings: nothing is wrong, but check these" />
      {replacing && population && (
        <>
          <WarningText>
            This replaces the population list stored on {formatMoment(population.storedAt)} (
            {plural(population.size, 'case')} from {population.fileName}).
          </WarningText>
          <CheckboxField
            id="replace"
            label="Replace the stored population list"
            error={
              state.replaceMissing ? 'Confirm that the new list replaces the stored one' : undefined
            }
            checked={state.replace}
            onChange={onReplace}
          />
        </>
      )}
      <div class="govuk-button-group">
        <button type="button" class="govuk-button" onClick={onStore}>
          {purpose === 'population'
            ? `Store the population of ${plural(report.count, 'case')}`
            : `Import ${plural(report.count, 'case')}`}
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" onClick={onBack}>
          Change the column choices
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
  const what = purpose === 'population' ? 'population list' : 'cases';
  const text =
    !progress || progress.stage === 'checking'
      ? `Checking the ${what} once more…`
      : `Storing the ${what}: ${formatNumber(progress.done)} of ${formatNumber(progress.total)}`;
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
        {text}. Keep this page open; nothing is stored until every row is.
      </p>
    </div>
  );
}
