import type { RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  ANY_STRATUM,
  freshSeed,
  type Inspection,
  type PopulationEntry,
  type SampleDraw,
  type ValidationError,
} from '../../core';
import { deviceId } from '../../db/identityStore';
import { caseRefs } from '../../db/inspectionStore';
import {
  createSampleCases,
  isSameSample,
  type PopulationSummary,
  populationSummary,
  samplingRecordOf,
} from '../../db/populationStore';
import { caseListWorker } from '../../workers/caseListBridge';
import { ErrorSummary, type SummaryError } from '../components/ErrorSummary';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { WarningText } from '../components/WarningText';
import { useLive } from '../hooks/useLive';
import { formatMoment, formatNumber, plural } from '../InspectionNav/format';
import { CheckboxField, ErrorMessage, RadiosField, TextField } from '../InspectionNav/formFields';
import { InspectionFrame } from '../InspectionNav/InspectionFrame';
import { inspectionHref } from '../InspectionNav/inspectionSections';
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
type Draw = SampleDraw<PopulationEntry>;
/** A draw made on this page, to recognise the same sample again. */
type Drawn = { seed: string; sample: string[]; reserves: string[]; at: string };

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
      {({ inspection }) => <SamplingPage inspection={inspection} onErrorsChange={setHasErrors} />}
    </InspectionFrame>
  );
}

function SamplingPage({
  inspection,
  onErrorsChange,
}: {
  inspection: Inspection;
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
                ? `For example 5: 5 ${columns.map((c) => c.label).join(' and 5 ')} in each of ${inspection.areas.length} areas`
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

function drawnOf(draw: Draw, at: string): Drawn {
  return {
    seed: draw.seed,
    sample: draw.sample.map((e) => e.ref),
    reserves: draw.reserves.map((e) => e.ref),
    at,
  };
}

function DrawResult({
  inspection,
  draw,
  drawnAt,
  earlier,
  headingRef,
}: {
  inspection: Inspection;
  draw: Draw;
  drawnAt: string;
  earlier: readonly Drawn[];
  headingRef: RefObject<HTMLHeadingElement>;
}) {
  const refs = useLive(() => caseRefs(inspection.id), [inspection.id]);
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [replaceMissing, setReplaceMissing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const drawn = useMemo(() => drawnOf(draw, drawnAt), [draw, drawnAt]);
  const record = inspection.sampling;
  const sameAsRecord = record !== null && isSameSample(record, drawn);
  const sameAsEarlier = earlier.find((d) => isSameSample(d, drawn));
  const existing = new Set(refs.status === 'ready' ? refs.value.map((r) => r.toLowerCase()) : []);
  const all = [...drawn.sample, ...drawn.reserves];
  const already = all.filter((ref) => existing.has(ref.toLowerCase())).length;
  const short = draw.cells.filter((cell) => cell.shortfall > 0);
  const strataNames = new Map(inspection.strata.map((s) => [s.id, s.name]));
  const areaNames = new Map(inspection.areas.map((a) => [a.id, a.name]));
  // Named here rather than by core's cell label, which adds "cases" after the stratum's name.
  const cellName = (cell: Draw['cells'][number]) =>
    `${areaNames.get(cell.areaId) ?? cell.areaId}${cell.stratumId !== null ? `, ${strataNames.get(cell.stratumId) ?? cell.stratumId}` : ''}`;

  const create = async () => {
    if (record && !sameAsRecord && !confirmReplace) {
      setReplaceMissing(true);
      return;
    }
    setSaving(true);
    setFailure(null);
    const lead = inspection.team.find((m) => m.role === 'lead')?.id ?? '';
    const result = await createSampleCases(
      inspection.id,
      { record: samplingRecordOf(draw, drawnAt), sample: draw.sample, reserves: draw.reserves },
      { by: lead, device: await deviceId(), source: `sample drawn with seed ${draw.seed}` },
    );
    setSaving(false);
    if (result.status === 'saved') {
      setOutcome(
        `${plural(result.created, 'case')} and ${plural(result.reservesCreated, 'reserve')} were added to the inspection` +
          (result.existing.length > 0
            ? `; ${plural(result.existing.length, 'case')} already in it ${result.existing.length === 1 ? 'was' : 'were'} left as ${result.existing.length === 1 ? 'it was' : 'they were'}`
            : ''),
      );
    } else if (result.status === 'invalid') {
      setFailure(result.errors.map((e) => e.message).join('; '));
    } else if (result.status === 'missing') {
      setFailure(result.message);
    } else {
      setFailure(`Nothing was stored: the browser’s storage refused the cases (${result.detail}).`);
    }
  };

  return (
    <section class="ca-draw" aria-labelledby="draw-heading">
      <h2 class="govuk-heading-m" id="draw-heading" ref={headingRef} tabIndex={-1}>
        Sample drawn: {plural(draw.sample.length, 'case')}
        {draw.reserves.length > 0 ? ` and ${plural(draw.reserves.length, 'reserve')}` : ''}
      </h2>
      {sameAsRecord && record ? (
        <div class="govuk-inset-text ca-same">
          This is the same sample as drawn on {formatMoment(record.drawnAt)} (seed {record.seed}).
        </div>
      ) : sameAsEarlier ? (
        <div class="govuk-inset-text ca-same">
          This is the same sample as drawn on {formatMoment(sameAsEarlier.at)} (seed{' '}
          {sameAsEarlier.seed}).
        </div>
      ) : null}
      {short.length > 0 && (
        <WarningText>
          {short.length === 1 ? '1 cell has' : `${short.length} cells have`} fewer cases than
          {short.length === 1 ? ' its' : ' their'} quota and {short.length === 1 ? 'was' : 'were'}{' '}
          not made up from other cells:{' '}
          {short.map((cell) => `${cellName(cell)} (short by ${cell.shortfall})`).join('; ')}.
        </WarningText>
      )}
      <table class="govuk-table ca-cells">
        <caption class="govuk-table__caption govuk-table__caption--s">Cells</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Cell
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              Available
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              Quota
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              Drawn
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              Reserves
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              Short by
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {draw.cells.map((cell) => (
            <tr
              class={`govuk-table__row${cell.shortfall > 0 ? ' ca-cells__row--short' : ''}`}
              key={cell.label}
            >
              <th scope="row" class="govuk-table__header">
                {cellName(cell)}
              </th>
              <td class="govuk-table__cell govuk-table__cell--numeric">
                {formatNumber(cell.available)}
              </td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{cell.quota}</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{cell.sample.length}</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">
                {cell.reserves.length}
                {cell.reserveShortfall > 0 ? ` of ${cell.reserve}` : ''}
              </td>
              <td class="govuk-table__cell govuk-table__cell--numeric">
                {cell.shortfall > 0 ? <strong>{cell.shortfall}</strong> : 0}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 class="govuk-heading-s">The method, as the report will state it</h3>
      <p class="govuk-body ca-method">{draw.method}</p>
      <details class="govuk-details">
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">The cases drawn</span>
        </summary>
        <div class="govuk-details__text">
          <ul class="govuk-list ca-drawn">
            {draw.cells.map((cell) => (
              <li key={cell.label}>
                <strong>{cellName(cell)}:</strong>{' '}
                {cell.sample.map((e) => e.ref).join(', ') || 'none'}
                {cell.reserves.length > 0 && (
                  <> (reserves, in order: {cell.reserves.map((e) => e.ref).join(', ')})</>
                )}
              </li>
            ))}
          </ul>
        </div>
      </details>
      {outcome ? (
        <NotificationBanner type="success" heading={outcome}>
          <p class="govuk-body">
            <a
              class="govuk-notification-banner__link"
              href={inspectionHref(inspection.id, '/team')}
            >
              Assign the cases to inspectors
            </a>{' '}
            or{' '}
            <a class="govuk-notification-banner__link" href={inspectionHref(inspection.id)}>
              see the case list
            </a>
            .
          </p>
        </NotificationBanner>
      ) : refs.status !== 'ready' ? null : already === all.length && all.length > 0 ? (
        <p class="govuk-body">All these cases are already in the inspection.</p>
      ) : (
        <>
          {failure && (
            <div class="govuk-error-summary" role="alert">
              <h2 class="govuk-error-summary__title">The cases could not be created</h2>
              <div class="govuk-error-summary__body">
                <p class="govuk-body">{failure}</p>
              </div>
            </div>
          )}
          {record && !sameAsRecord && (
            <>
              <WarningText>
                This inspection already has a sample, drawn on {formatMoment(record.drawnAt)} with
                seed {record.seed}. Creating these cases adds them to it, and the report’s
                methodology will describe this draw instead.
              </WarningText>
              <CheckboxField
                id="replace-sample"
                label="Record this draw as the inspection’s sample"
                error={
                  replaceMissing ? 'Confirm that this draw replaces the recorded sample' : undefined
                }
                checked={confirmReplace}
                onChange={(checked) => {
                  setConfirmReplace(checked);
                  setReplaceMissing(false);
                }}
              />
            </>
          )}
          {already > 0 && (
            <p class="govuk-body">
              {plural(already, 'case')} of these {already === 1 ? 'is' : 'are'} already in the
              inspection and will be left as {already === 1 ? 'it is' : 'they are'}.
            </p>
          )}
          <button
            type="button"
            class="govuk-button"
            disabled={saving}
            aria-disabled={saving}
            onClick={create}
          >
            Create these {plural(draw.sample.length, 'case')}
            {draw.reserves.length > 0 ? ` and ${plural(draw.reserves.length, 'reserve')}` : ''}
          </button>
        </>
      )}
    </section>
  );
}
