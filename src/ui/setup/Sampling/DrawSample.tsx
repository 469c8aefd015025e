/** Drawing the sample from the stored population: quotas, reserves and the seed. */
import type { Inspection } from '../../../core';
import type { PopulationSummary } from '../../../db/inspections/populationStore';
import { formatMoment } from '../../components/InspectionFrame/format';
import { RadiosField, TextField } from '../../components/InspectionFrame/formFields';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { randomSeed } from '../../components/randomSeed';
import { t, tx } from '../../i18n/translate';
import { link } from '../link';
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
        {tx(
          'setup',
          'From the population list: {size, plural, one {# case} other {# cases}} from {fileName}, stored {moment}. <link>Import a new list</link>',
          {
            size: population.size,
            fileName: population.fileName,
            moment: formatMoment(population.storedAt),
            link: link(inspectionHref(inspection.id, '/import')),
          },
        )}
      </p>
      <form noValidate onSubmit={form.submit}>
        {inspection.strata.length > 0 && (
          <RadiosField
            id="quota-mode"
            legend={t('setup', 'Quotas by')}
            legendClass="govuk-fieldset__legend--s"
            value={mode}
            small
            inline
            items={[
              { value: 'cells', label: t('setup', 'Area and stratum') },
              { value: 'areas', label: t('setup', 'Area only') },
            ]}
            onChange={(value) => {
              form.setMode(value as QuotaMode);
              form.setInputs({});
            }}
          />
        )}
        <EveryCell
          labels={columns.map((c) => c.label)}
          areas={inspection.areas.length}
          every={every}
          onEvery={form.setEvery}
          onFill={() => form.setInputs(fillEvery(inspection, mode, every.trim()))}
        />
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
          label={t('setup', 'Reserves per cell')}
          hint={t(
            'setup',
            'Extra cases drawn in each cell, in order, to replace a sampled case that cannot be read.',
          )}
          error={errorOf('reserve')}
          value={reserve}
          inputClass="govuk-input--width-3"
          inputMode="numeric"
          onInput={form.setReserve}
        />
        <div class="ca-seed">
          <TextField
            id="seed"
            label={t('setup', 'Seed')}
            hint={t(
              'setup',
              'Any text. The same population list, quotas and seed always give the same sample: keep the seed to show how the sample was drawn, or change it to draw another.',
            )}
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
            {t('setup', 'Make a new seed')}
          </button>
        </div>
        <button type="submit" class="govuk-button" disabled={drawing} aria-disabled={drawing}>
          {t('setup', 'Draw the sample')}
        </button>
        {drawing && (
          <p class="govuk-body ca-working" role="status">
            {t('setup', 'Drawing the sample…')}
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

/** One number for every cell (or area), and the button that fills it in. */
function EveryCell({
  labels,
  areas,
  every,
  onEvery,
  onFill,
}: {
  labels: readonly string[];
  areas: number;
  every: string;
  onEvery: (every: string) => void;
  onFill: () => void;
}) {
  const cells = labels.length > 1;
  const example = labels
    .map((label) => t('setup', '5 {label}', { label }))
    .reduce((list, item) => t('setup', '{list} and {item}', { list, item }));
  return (
    <div class="ca-every">
      <TextField
        id="every-cell"
        label={
          cells
            ? t('setup', 'The same number in every cell')
            : t('setup', 'The same number in every area')
        }
        hint={
          cells
            ? t(
                'setup',
                'For example 5: {example} in each of {areas, plural, one {# area} other {# areas}}',
                { example, areas },
              )
            : undefined
        }
        value={every}
        inputClass="govuk-input--width-4"
        inputMode="numeric"
        onInput={onEvery}
      />
      <button type="button" class="govuk-button govuk-button--secondary" onClick={onFill}>
        {cells ? t('setup', 'Fill in every cell') : t('setup', 'Fill in every area')}
      </button>
    </div>
  );
}
