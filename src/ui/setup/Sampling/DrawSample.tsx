/** Drawing the sample from the stored population: quotas, reserves and the seed. */
import { type Inspection, plural } from '../../../core';
import type { PopulationSummary } from '../../../db/inspections/populationStore';
import { formatMoment } from '../../components/InspectionFrame/format';
import { RadiosField, TextField } from '../../components/InspectionFrame/formFields';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { randomSeed } from '../../components/randomSeed';
import { DrawResult } from './DrawResult';
import type { Problem } from './drawProblems';
import { QuotaBoxes } from './QuotaBoxes';
import { fillEvery, type QuotaMode, quotaColumns } from './quotaTable';
import { useSampleDraw } from './useSampleDraw';

export function DrawSample({
  inspection,
  population,
  problems,
  onProblems,
}: {
  inspection: Inspection;
  population: PopulationSummary;
  problems: readonly Problem[];
  onProblems: (problems: Problem[]) => void;
}) {
  const form = useSampleDraw(inspection, onProblems);
  const { mode, inputs, every, reserve, seed, drawing, current, earlier } = form;
  const columns = quotaColumns(inspection, mode);
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;

  return (
    <>
      <p class="govuk-body">
        From the population list: {plural(population.size, 'case')} from {population.fileName},
        stored {formatMoment(population.storedAt)}.{' '}
        <a class="govuk-link" href={inspectionHref(inspection.id, '/import')}>
          Import a new list
        </a>
      </p>
      <form noValidate onSubmit={form.submit}>
        {inspection.strata.length > 0 && (
          <RadiosField
            id="quota-mode"
            legend="Quotas by"
            legendClass="govuk-fieldset__legend--s"
            value={mode}
            small
            inline
            items={[
              { value: 'cells', label: 'Area and stratum' },
              { value: 'areas', label: 'Area only' },
            ]}
            onChange={(value) => {
              form.setMode(value as QuotaMode);
              form.setInputs({});
            }}
          />
        )}
        <div class="ca-every">
          <TextField
            id="every-cell"
            label={`The same number in every ${columns.length > 1 ? 'cell' : 'area'}`}
            hint={
              columns.length > 1
                ? `For example 5: 5 ${columns.map((c) => c.label).join(' and 5 ')} in each of ${plural(inspection.areas.length, 'area')}`
                : undefined
            }
            value={every}
            inputClass="govuk-input--width-4"
            inputMode="numeric"
            onInput={form.setEvery}
          />
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            onClick={() => form.setInputs(fillEvery(inspection, mode, every.trim()))}
          >
            Fill in every {columns.length > 1 ? 'cell' : 'area'}
          </button>
        </div>
        <QuotaBoxes
          inspection={inspection}
          population={population}
          columns={columns}
          inputs={inputs}
          errorOf={errorOf}
          onInputs={form.setInputs}
        />
        <TextField
          id="reserve"
          label="Reserves per cell"
          hint="Extra cases drawn in each cell, in order, to replace a sampled case that cannot be read."
          error={errorOf('reserve')}
          value={reserve}
          inputClass="govuk-input--width-3"
          inputMode="numeric"
          onInput={form.setReserve}
        />
        <div class="ca-seed">
          <TextField
            id="seed"
            label="Seed"
            hint="Any text. The same population list, quotas and seed always give the same sample: keep the seed to show how the sample was drawn, or change it to draw another."
            error={errorOf('seed')}
            value={seed}
            inputClass="govuk-input--width-20 ca-code"
            spellcheck={false}
            onInput={form.setSeed}
          />
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            onClick={() => form.setSeed(randomSeed())}
          >
            Make a new seed
          </button>
        </div>
        <button type="submit" class="govuk-button" disabled={drawing} aria-disabled={drawing}>
          Draw the sample
        </button>
        {drawing && (
          <p class="govuk-body ca-working" role="status">
            Drawing the sample…
          </p>
        )}
      </form>
      {current && (
        <DrawResult
          key={current.n}
          inspection={inspection}
          draw={current.draw}
          drawnAt={current.at}
          earlier={earlier}
          headingRef={form.resultHeading}
        />
      )}
    </>
  );
}
