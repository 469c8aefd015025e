/**
 * A drawn sample: its cells, shortfalls and method as the report will state them, the cases
 * drawn, and creating them in the inspection (after a confirmation when they would replace
 * the recorded sample).
 */
import type { RefObject } from 'preact';
import { useMemo } from 'preact/hooks';
import { type Inspection, isSameSample } from '../../../core';
import { caseRefs } from '../../../db/inspections/caseListStore';
import { formatMoment } from '../../components/InspectionFrame/format';
import { WarningText } from '../../components/WarningText';
import { useLive } from '../../hooks/useLive';
import { t } from '../../i18n/translate';
import { CreateSample } from './CreateSample';
import { CasesDrawn, CellsTable } from './DrawCells';
import { type Draw, type Drawn, drawnOf } from './sampleDraw';

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

  return (
    <section class="ca-draw" aria-labelledby="draw-heading">
      <h2 class="govuk-heading-m" id="draw-heading" ref={headingRef} tabIndex={-1}>
        {draw.reserves.length > 0
          ? t(
              'setup',
              'Sample drawn: {sample, plural, one {# case} other {# cases}} and {reserves, plural, one {# reserve} other {# reserves}}',
              { sample: draw.sample.length, reserves: draw.reserves.length },
            )
          : t('setup', 'Sample drawn: {sample, plural, one {# case} other {# cases}}', {
              sample: draw.sample.length,
            })}
      </h2>
      {sameAsRecord && record ? (
        <div class="govuk-inset-text ca-same">
          {t('setup', 'This is the same sample as drawn on {moment} (seed {seed}).', {
            moment: formatMoment(record.drawnAt),
            seed: record.seed,
          })}
        </div>
      ) : sameAsEarlier ? (
        <div class="govuk-inset-text ca-same">
          {t('setup', 'This is the same sample as drawn on {moment} (seed {seed}).', {
            moment: formatMoment(sameAsEarlier.at),
            seed: sameAsEarlier.seed,
          })}
        </div>
      ) : null}
      {short.length > 0 && (
        <WarningText>
          {t(
            'setup',
            '{count, plural, one {# cell has fewer cases than its quota and was} other {# cells have fewer cases than their quota and were}} not made up from other cells: {cells}.',
            {
              count: short.length,
              cells: short
                .map((cell) =>
                  t('setup', '{cell} (short by {shortfall})', {
                    cell: cellName(cell),
                    shortfall: cell.shortfall,
                  }),
                )
                .join('; '),
            },
          )}
        </WarningText>
      )}
      <CellsTable draw={draw} cellName={cellName} />
      <h3 class="govuk-heading-s">{t('setup', 'The method, as the report will state it')}</h3>
      {/* The method's last paragraph is its technical note. */}
      {draw.method.split(/\n\s*\n/).map((paragraph, i) => (
        <p class="govuk-body ca-method" key={i}>
          {paragraph}
        </p>
      ))}
      <CasesDrawn draw={draw} cellName={cellName} />
      <CreateSample
        inspection={inspection}
        draw={draw}
        drawnAt={drawnAt}
        sameAsRecord={sameAsRecord}
        already={refs.status === 'ready' ? already : null}
        all={all.length}
      />
    </section>
  );
}
