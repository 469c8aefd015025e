import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  ANY_STRATUM,
  type Framework,
  freshSeed,
  type Inspection,
  plural,
  samplingDefaults,
  type ValidationError,
} from '../../../core';
import { type PopulationSummary, populationSummary } from '../../../db/inspections/populationStore';
import { caseListWorker } from '../../../workers/caseListBridge';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { formatMoment, formatNumber } from '../../components/InspectionFrame/format';
import { ErrorMessage, RadiosField, TextField } from '../../components/InspectionFrame/formFields';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { useLive } from '../../hooks/useLive';
import { type Draw, type Drawn, DrawResult, drawnOf } from './DrawResult';
import {
  availableIn,
  fillEvery,
  inputsFrom,
  modeOf,
  type QuotaInputs,
  type QuotaMode,
  quotaColumns,
  quotaFieldId,
  readQuotas,
} from './quotaTable';
import { type CalculatorProblem, SampleSizeCalculator } from './SampleSizeCalculator';
import './Sampling.css';

type Problem = { field: string; message: string };

/** A seed from the browser's cryptographic random numbers (core never picks randomness itself). */
export function randomSeed(): string {
  return freshSeed(() => crypto.getRandomValues(new Uint32Array(1))[0]! / 0x1_0000_0000);
}

/**
 * Sampling: the sample-size calculator, and a stratified random sample drawn from the stored
 * population with quotas per area (and stratum), reserves and a seed, so anyone with the same
 * list and seed draws the same cases. The drawn cases are created in one transaction, with the
 * sampling record kept for the report's methodology.
 */
export default function Sampling({ inspectionId }: { inspectionId: string }) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame inspectionId={inspectionId} heading="Sample" hasErrors={hasErrors}>
      {({ inspection, framework }) => (
        <SamplingPage
          inspection={inspection}
          framework={framework?.framework ?? null}
          onErrorsChange={setHasErrors}
        />
      )}
    </InspectionFrame>
  );
}

function SamplingPage({
  inspection,
  framework,
  onErrorsChange,
}: {
  inspection: Inspection;
  /** The pinned framework, for its sampling defaults; null when it is not on this device. */
  framework: Framework | null;
  onErrorsChange: (hasErrors: boolean) => void;
}) {
  const population = useLive(() => populationSummary(inspection.id), [inspection.id]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const summary: SummaryError[] = useMemo(
    () => problems.map((p) => ({ href: `#${p.field}`, text: p.message })),
    [problems],
  );
  useEffect(() => onErrorsChange(problems.length > 0), [problems, onErrorsChange]);

  if (population.status === 'loading') return <Loading what="Loading the population list" />;
  const stored = population.status === 'ready' ? population.value : null;
  return (
    <>
      <ErrorSummary errors={summary} />
      <SampleSizeCalculator
        populationSize={stored?.size ?? null}
        defaults={samplingDefaults(framework)}
        frameworkTitle={framework ? (framework.shortTitle ?? framework.title) : null}
        problems={problems as CalculatorProblem[]}
        onProblems={setProblems}
      />
      <hr class="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
      <h2 class="govuk-heading-m">Draw the sample</h2>
      {stored ? (
        <DrawSample
          inspection={inspection}
          population={stored}
          problems={problems}
          onProblems={setProblems}
        />
      ) : (
        <div class="ca-empty-state">
          <p class="govuk-body">
            There is no population list to draw from yet.{' '}
            <a class="govuk-link" href={inspectionHref(inspection.id, '/import')}>
              Import the case list
            </a>{' '}
            as “a population to sample from” first: every eligible case, with its area
            {inspection.strata.length > 0 ? ' and stratum' : ''}.
          </p>
        </div>
      )}
    </>
  );
}

function drawProblems(
  errors: readonly ValidationError[],
  inspection: Inspection,
  mode: QuotaMode,
): Problem[] {
  const firstQuota = inspection.areas[0]
    ? quotaFieldId(inspection.areas[0].id, quotaColumns(inspection, mode)[0]!.key)
    : 'seed';
  return errors.map((e) => {
    if (e.path === 'seed') return { field: 'seed', message: `The seed ${e.message}` };
    if (e.path === 'reservePerCell')
      return { field: 'reserve', message: `Reserves per cell ${e.message}` };
    const cell = /^quotas\.byCell\.([^.]+)\.(.+)$/.exec(e.path);
    if (cell) return { field: quotaFieldId(cell[1]!, cell[2]!), message: `Quota: ${e.message}` };
    if (e.path === 'quotas') return { field: firstQuota, message: `The quotas ${e.message}` };
    return { field: firstQuota, message: `${e.path} ${e.message}` };
  });
}

function DrawSample({
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
  const record = inspection.sampling;
  const [mode, setMode] = useState<QuotaMode>(() => modeOf(record, inspection));
  const [inputs, setInputs] = useState<QuotaInputs>(() => inputsFrom(record));
  const [every, setEvery] = useState('');
  const [reserve, setReserve] = useState(() => String(record?.reservePerCell ?? 0));
  const [seed, setSeed] = useState(() => record?.seed ?? randomSeed());
  const [drawing, setDrawing] = useState(false);
  const [current, setCurrent] = useState<{ draw: Draw; at: string; n: number } | null>(null);
  const [earlier, setEarlier] = useState<Drawn[]>([]);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const columns = quotaColumns(inspection, mode);
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;

  useEffect(() => {
    if (current) resultHeading.current?.focus();
  }, [current]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const read = readQuotas(inspection, mode, inputs);
    const list: Problem[] = 'problems' in read ? [...read.problems] : [];
    const reserveText = reserve.trim() === '' ? '0' : reserve.trim();
    if (!/^\d+$/.test(reserveText)) {
      list.push({
        field: 'reserve',
        message: 'Reserves per cell must be a whole number, 0 or more',
      });
    }
    if (seed.trim() === '')
      list.push({ field: 'seed', message: 'Enter a seed, or make a new one' });
    if (list.length > 0 || 'problems' in read) {
      onProblems(list);
      return;
    }
    onProblems([]);
    setDrawing(true);
    try {
      const result = await caseListWorker.call('draw', {
        inspectionId: inspection.id,
        quotas: read.quotas,
        reservePerCell: Number(reserveText),
        seed,
      });
      if (result === null) {
        onProblems([{ field: 'seed', message: 'This inspection is no longer on this device' }]);
      } else if (result.status === 'invalid') {
        onProblems(drawProblems(result.errors, inspection, mode));
        setCurrent(null);
      } else {
        if (current) setEarlier((list) => [...list, drawnOf(current.draw, current.at)]);
        setCurrent({ draw: result.value, at: new Date().toISOString(), n: (current?.n ?? 0) + 1 });
      }
    } catch (error) {
      onProblems([
        {
          field: 'seed',
          message: `The sample could not be drawn: ${error instanceof Error ? error.message : String(error)}`,
        },
      ]);
    } finally {
      setDrawing(false);
    }
  };

  return (
    <>
      <p class="govuk-body">
        From the population list: {plural(population.size, 'case')} from {population.fileName},
        stored {formatMoment(population.storedAt)}.{' '}
        <a class="govuk-link" href={inspectionHref(inspection.id, '/import')}>
          Import a new list
        </a>
      </p>
      <form noValidate onSubmit={submit}>
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
              setMode(value as QuotaMode);
              setInputs({});
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
            onInput={setEvery}
          />
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            onClick={() => setInputs(fillEvery(inspection, mode, every.trim()))}
          >
            Fill in every {columns.length > 1 ? 'cell' : 'area'}
          </button>
        </div>
        <table class="govuk-table ca-quotas">
          <caption class="govuk-table__caption govuk-table__caption--s">
            Cases to draw (quota), with the cases available on the list
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Area
              </th>
              {columns.map((column) => (
                <th scope="col" class="govuk-table__header" key={column.key}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {inspection.areas.map((area) => (
              <tr class="govuk-table__row" key={area.id}>
                <th scope="row" class="govuk-table__header">
                  {area.name}
                </th>
                {columns.map((column) => {
                  const id = quotaFieldId(area.id, column.key);
                  const error = errorOf(id);
                  const available = availableIn(population, area.id, column.key);
                  return (
                    <td
                      class={`govuk-table__cell${error ? ' ca-quotas__cell--error' : ''}`}
                      key={column.key}
                    >
                      <label class="govuk-label govuk-visually-hidden" for={id}>
                        Quota for {area.name}
                        {column.key === ANY_STRATUM ? '' : `, ${column.label}`}
                      </label>
                      <ErrorMessage id={`${id}-error`} message={error} />
                      <input
                        class={`govuk-input govuk-input--width-3${error ? ' govuk-input--error' : ''}`}
                        id={id}
                        name={id}
                        type="text"
                        inputMode="numeric"
                        value={inputs[area.id]?.[column.key] ?? ''}
                        aria-describedby={`${id}-available${error ? ` ${id}-error` : ''}`}
                        onInput={(event) =>
                          setInputs({
                            ...inputs,
                            [area.id]: {
                              ...inputs[area.id],
                              [column.key]: (event.target as HTMLInputElement).value,
                            },
                          })
                        }
                      />
                      <span class="ca-quotas__available" id={`${id}-available`}>
                        of {formatNumber(available)}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <TextField
          id="reserve"
          label="Reserves per cell"
          hint="Extra cases drawn in each cell, in order, to replace a sampled case that cannot be read."
          error={errorOf('reserve')}
          value={reserve}
          inputClass="govuk-input--width-3"
          inputMode="numeric"
          onInput={setReserve}
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
            onInput={setSeed}
          />
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            onClick={() => setSeed(randomSeed())}
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
          headingRef={resultHeading}
        />
      )}
    </>
  );
}
