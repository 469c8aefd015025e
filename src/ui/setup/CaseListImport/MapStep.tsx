/**
 * The column-choices step of a case-list import: the chosen file, personal-data columns,
 * warnings, what each column is, the first rows as they will be imported and what the list is.
 */
import type { CaseListPreview, ColumnTargetChoice } from '../../../core';
import type { PopulationSummary } from '../../../db/inspections/populationStore';
import { t } from '../../i18n/translate';
import { ColumnChoices, PreviewTable } from './ColumnChoices';
import { FileSummary, PersonalData, Purpose, Warnings } from './ImportSteps';
import type { Step } from './importStep';

type MapState = Extract<Step, { step: 'map' }>;

export function MapStep({
  state,
  preview,
  choices,
  population,
  onChange,
  onChooseAgain,
  onCheck,
}: {
  state: MapState;
  preview: CaseListPreview | null;
  choices: readonly ColumnTargetChoice[];
  population: PopulationSummary | null;
  onChange: (next: MapState) => void;
  onChooseAgain: () => void;
  onCheck: (event: Event) => void;
}) {
  return (
    <form noValidate onSubmit={onCheck}>
      <FileSummary file={state.file} onChooseAgain={onChooseAgain} />
      <PersonalData
        file={state.file}
        mapping={state.mapping}
        onDrop={(heading) =>
          onChange({ ...state, mapping: { ...state.mapping, [heading]: { kind: 'ignore' } } })
        }
      />
      <Warnings
        warnings={(state.report?.warnings ?? state.file.tableWarnings).filter(
          (w) => w.kind !== 'personal-data',
        )}
        heading={t('setup', 'Warnings: check these before importing')}
      />
      <ColumnChoices
        file={state.file}
        mapping={state.mapping}
        choices={choices}
        error={
          state.report?.errors.some((e) => e.path === 'column mapping')
            ? t('setup', 'Correct the column choices: see the problems at the top of the page')
            : undefined
        }
        onChange={(next) => onChange({ ...state, mapping: next, report: undefined })}
      />
      <PreviewTable preview={preview} />
      <Purpose
        purpose={state.purpose}
        skipExisting={state.skipExisting}
        missing={state.purposeMissing === true}
        population={population}
        onChange={(purpose, skipExisting) => onChange({ ...state, purpose, skipExisting })}
      />
      <button
        type="submit"
        class="govuk-button"
        disabled={state.checking}
        aria-disabled={state.checking}
      >
        {t('setup', 'Check the list')}
      </button>
      {state.checking && (
        <p class="govuk-body ca-working" role="status">
          {t('setup', 'Checking every row…')}
        </p>
      )}
    </form>
  );
}
