/**
 * A drawn sample: its cells, shortfalls and method as the report will state them, the cases
 * drawn, and creating them in the inspection (after a confirmation when they would replace
 * the recorded sample).
 */
import type { RefObject } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import {
  hasOrHave,
  type Inspection,
  isOrAre,
  itIsOrTheyAre,
  itsOrTheir,
  itWasOrTheyWere,
  type PopulationEntry,
  plural,
  type SampleDraw,
  wasOrWere,
} from '../../../core';
import { deviceId } from '../../../db/device/identityStore';
import { caseRefs } from '../../../db/inspections/inspectionStore';
import {
  createSampleCases,
  isSameSample,
  samplingRecordOf,
} from '../../../db/inspections/populationStore';
import { formatMoment, formatNumber } from '../../components/InspectionFrame/format';
import { CheckboxField } from '../../components/InspectionFrame/formFields';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { NotificationBanner } from '../../components/NotificationBanner';
import { WarningText } from '../../components/WarningText';
import { useLive } from '../../hooks/useLive';

export type Draw = SampleDraw<PopulationEntry>;
/** A draw made on this page, to recognise the same sample again. */
export type Drawn = { seed: string; sample: string[]; reserves: string[]; at: string };

export function drawnOf(draw: Draw, at: string): Drawn {
  return {
    seed: draw.seed,
    sample: draw.sample.map((e) => e.ref),
    reserves: draw.reserves.map((e) => e.ref),
    at,
  };
}

export function DrawResult({
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
            ? `; ${plural(result.existing.length, 'case')} already in it ${wasOrWere(result.existing.length)} left as ${itWasOrTheyWere(result.existing.length)}`
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
          {plural(short.length, 'cell')} {hasOrHave(short.length)} fewer cases than{' '}
          {itsOrTheir(short.length)} quota and {wasOrWere(short.length)} not made up from other
          cells: {short.map((cell) => `${cellName(cell)} (short by ${cell.shortfall})`).join('; ')}.
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
      {/* The method's last paragraph is its technical note. */}
      {draw.method.split(/\n\s*\n/).map((paragraph, i) => (
        <p class="govuk-body ca-method" key={i}>
          {paragraph}
        </p>
      ))}
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
        <NotificationBanner type="success" heading={outcome} focus>
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
              {plural(already, 'case')} of these {isOrAre(already)} already in the inspection and
              will be left as {itIsOrTheyAre(already)}.
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
