/**
 * One standard's findings: its rating and the rule behind it, a table with every question's
 * figure, interval, exclusions, band and sentence, its chart, and — with a breakdown — a
 * cross-tab where each cell has its own base (two-way: a table per question, TwoWayTables).
 */
import { useMemo, useState } from 'preact/hooks';
import {
  type BenchmarkResult,
  bandFor,
  type FrameworkIndex,
  hasSmallBase,
  type ItemFinding,
  type ProportionFinding,
  type RatingRules,
  type Standard,
} from '../../../core';
import {
  breakdownChart,
  isScored,
  scaleChart,
  standardChart,
} from '../../../report/charts/findingsCharts';
import { BarChart } from '../../components/BarChart/BarChart';
import { t } from '../../i18n/translate';
import { CopySentence } from './CopySentence';
import { exclusionParts, intervalText, sayChart, smallBaseKey } from './figures';

import { casesHref, ratingHref } from './findingsLinks';
import { columnLabel, type FindingsModel } from './findingsModel';
import type { ChosenBreakdown } from './findingsQuery';
import { Figure, ItemResult } from './ItemResult';
import { PublishedLine } from './PublishedFigures';
import { RatingText } from './RatingText';
import { ScrollRegion } from './ScrollRegion';
import { TwoWayTables } from './TwoWayTables';

export type StandardProps = {
  readonly standard: Standard;
  readonly model: FindingsModel;
  readonly index: FrameworkIndex;
  readonly rules: RatingRules | undefined;
  readonly inspectionId: string;
  readonly completeOnly: boolean;
  /** The breakdown shown, with its name ("Area"; two-way "Area and stratum"), or null. */
  readonly breakdown: Pick<ChosenBreakdown, 'by' | 'label' | 'dimensions'> | null;
  /** Confidence level in per cent. */
  readonly confidence: number;
  /** Published figures compared with this audit's, by question, when they are shown. */
  readonly published: ReadonlyMap<string, BenchmarkResult> | null;
};

function textOf(index: FrameworkIndex, itemId: string): string {
  return index.itemById.get(itemId)?.item.text ?? itemId;
}

export function StandardSection(props: StandardProps) {
  const { standard, model, index, rules, inspectionId, completeOnly, breakdown, published } = props;
  const findings = model.byStandard.get(standard.id) ?? [];
  const rating = model.all.ratings.get(standard.id);
  const showBands = rules !== undefined && rules.standardRule === 'lowest-key-question';
  const headingId = `standard-${standard.id}-heading`;
  return (
    <section class="ca-findings__standard" id={`standard-${standard.id}`}>
      <h3 class="govuk-heading-m" id={headingId}>
        {standard.title}
      </h3>
      {rules && rating && rating.ratedBy !== 'not-rated' && (
        <div class="ca-findings__rating">
          <p class="govuk-body">
            <strong>
              {t('findings', 'Rating: {rating}', {
                rating: rating.rating ?? t('findings', 'not rated'),
              })}
            </strong>
            {rating.points !== null &&
              ` (${t('findings', '{count, plural, one {# point} other {# points}}', { count: rating.points })})`}{' '}
            — <RatingText rating={rating} index={index} rules={rules} />{' '}
            <a class="govuk-link" href={ratingHref(inspectionId, standard.id, completeOnly)}>
              {rating.override
                ? t('findings', 'Change or remove')
                : rating.ratedBy === 'lead-judgement'
                  ? t('findings', 'Rate')
                  : t('findings', 'Override')}{' '}
              <span class="govuk-visually-hidden">
                {t('findings', 'the rating of {title}', { title: standard.title })}
              </span>
            </a>
          </p>
        </div>
      )}
      {findings.length === 0 ? (
        <p class="govuk-body">{t('findings', 'This standard has no questions.')}</p>
      ) : (
        <>
          <ScrollRegion label={t('findings', 'Figures for {title}', { title: standard.title })}>
            <table class="govuk-table ca-findings__table">
              <caption class="govuk-table__caption govuk-visually-hidden">
                {t('findings', 'Figures for {title}', { title: standard.title })}
              </caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">
                    {t('findings', 'Question')}
                  </th>
                  <th scope="col" class="govuk-table__header ca-findings__result-col">
                    {t('findings', 'Answer counted: % (cases/base)')}
                  </th>
                  <th scope="col" class="govuk-table__header ca-findings__nowrap">
                    {t('findings', '{confidence}% CI', { confidence: props.confidence })}
                  </th>
                  <th scope="col" class="govuk-table__header">
                    {t('findings', 'Not in the base')}
                  </th>
                  {showBands && (
                    <th scope="col" class="govuk-table__header">
                      {t('findings', 'Band')}
                    </th>
                  )}
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                {findings.map((f) => (
                  <QuestionRow
                    key={f.itemId}
                    f={f}
                    text={textOf(index, f.itemId)}
                    href={casesHref(inspectionId, f.itemId, completeOnly)}
                    band={showBands && rules ? bandOf(rules, f) : null}
                    showBands={showBands}
                    published={published?.get(f.itemId) ?? null}
                  />
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {(findings.some(hasSmallBase) ||
            findings.some((f) => smallPublished(published?.get(f.itemId)))) && (
            <p class="govuk-body-s">{smallBaseKey()}</p>
          )}
        </>
      )}
      {breakdown && breakdown.dimensions.length === 2 ? (
        <TwoWayTables
          model={model}
          index={index}
          findings={findings}
          title={standard.title}
          inspectionId={inspectionId}
          completeOnly={completeOnly}
        />
      ) : breakdown ? (
        <BreakdownTable {...props} breakdown={breakdown} findings={findings} />
      ) : (
        <StandardCharts standard={standard} model={model} index={index} findings={findings} />
      )}
    </section>
  );
}

/** A comparison standing on a small base: this audit's or the report's. */
function smallPublished(result: BenchmarkResult | undefined): boolean {
  return result?.status === 'compared' && result.smallBase;
}

function bandOf(rules: RatingRules, f: ItemFinding): string | null {
  if (f.type !== 'proportion' || !f.key || !f.scored || f.base === 0) return null;
  return bandFor(rules, f.positive, f.base).label;
}

function QuestionRow({
  f,
  text,
  href,
  band,
  showBands,
  published,
}: {
  f: ItemFinding;
  text: string;
  href: string;
  band: string | null;
  showBands: boolean;
  published: BenchmarkResult | null;
}) {
  const excluded = exclusionParts(f);
  const proportion = f.type === 'proportion' ? f : null;
  return (
    <tr class="govuk-table__row">
      <th scope="row" class="govuk-table__header ca-findings__question">
        {text} <span class="ca-findings__id">{f.itemId}</span>
        {proportion?.key && (
          <>
            {' '}
            <strong class="govuk-tag govuk-tag--blue ca-findings__key">
              {t('findings', 'Key question')}
            </strong>
          </>
        )}
        {proportion?.sentence && <CopySentence sentence={proportion.sentence} about={f.itemId} />}
      </th>
      <td class="govuk-table__cell">
        <ItemResult f={f} />
        <br />
        <a class="govuk-link ca-findings__which" href={href}>
          {t('findings', 'Which cases?')} <span class="govuk-visually-hidden">({text})</span>
        </a>
        {published && <PublishedLine result={published} question={text} />}
      </td>
      <td class="govuk-table__cell ca-findings__nowrap">
        {proportion?.counted ? intervalText(proportion.counted.interval) : '–'}
      </td>
      <td class="govuk-table__cell">
        {excluded.length === 0
          ? t('findings', 'None')
          : excluded.map((part) => <div key={part}>{part}</div>)}
      </td>
      {showBands && <td class="govuk-table__cell">{band ?? '–'}</td>}
    </tr>
  );
}

function StandardCharts({
  standard,
  model,
  index,
  findings,
}: {
  standard: Standard;
  model: FindingsModel;
  index: FrameworkIndex;
  findings: readonly ItemFinding[];
}) {
  const charts = useMemo(() => {
    const label = (id: string) => textOf(index, id);
    const scored = findings.filter(isScored);
    const onScale = scored.filter((f) => f.kind === 'rating' && f.options.length > 2);
    return {
      proportions: scored.length > 0 ? standardChart(model.result, standard, label) : null,
      scale:
        onScale.length > 0
          ? scaleChart(
              t('findings', '{title}: answers on each scale', { title: standard.title }),
              onScale,
              label,
            )
          : null,
    };
  }, [model, standard, index, findings]);
  return (
    <>
      {charts.proportions && <BarChart chart={sayChart(charts.proportions)} />}
      {charts.scale && <BarChart chart={sayChart(charts.scale)} />}
    </>
  );
}

/** Scored questions × breakdown groups, each cell its own `% (n/base)` linking to its cases. */
function BreakdownTable({
  standard,
  model,
  index,
  rules,
  inspectionId,
  completeOnly,
  breakdown,
  findings,
}: StandardProps & {
  breakdown: { by: string; label: string };
  findings: readonly ItemFinding[];
}) {
  const scored = findings.filter(isScored);
  const [chartsOpen, setChartsOpen] = useState(false);
  if (scored.length === 0) return null;
  const rated =
    rules !== undefined &&
    rules.standardRule === 'lowest-key-question' &&
    model.all.ratings.get(standard.id)?.ratedBy === 'key-questions';
  const by = breakdown.label.toLowerCase();
  const label = t('findings', '{title} by {by}', { title: standard.title, by });
  return (
    <>
      <ScrollRegion label={label}>
        <table class="govuk-table ca-findings__crosstab">
          <caption class="govuk-table__caption govuk-table__caption--s">
            {t('findings', 'By {by}', { by })}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {t('findings', 'Question')}
              </th>
              {model.columns.map((c) => (
                <th scope="col" class="govuk-table__header" key={c.key ?? '*'}>
                  {columnLabel(c)}
                  <span class="ca-findings__n">
                    {t('findings', '{count, plural, one {# case} other {# cases}}', {
                      count: c.cases,
                    })}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {scored.map((f) => (
              <tr class="govuk-table__row" key={f.itemId}>
                <th scope="row" class="govuk-table__header ca-findings__question">
                  {textOf(index, f.itemId)} <span class="ca-findings__id">{f.itemId}</span>
                  <span class="ca-findings__counted">
                    {t('findings', 'Counted: {answers}', { answers: f.counted?.answers ?? '' })}
                  </span>
                </th>
                {model.columns.map((c) => {
                  const cell = (c.byItem.get(f.itemId) as ProportionFinding | undefined)?.counted;
                  return (
                    <td class="govuk-table__cell" key={c.key ?? '*'}>
                      {cell ? (
                        <a
                          class="govuk-link"
                          href={casesHref(
                            inspectionId,
                            f.itemId,
                            completeOnly,
                            c.key === null ? null : { by: breakdown.by, key: c.key },
                          )}
                        >
                          <Figure
                            percent={cell.percentRounded}
                            count={cell.count}
                            base={cell.base}
                          />
                          <span class="govuk-visually-hidden">
                            {` – ${t('findings', 'which cases? {question}, {group}', {
                              question: f.itemId,
                              group: columnLabel(c),
                            })}`}
                          </span>
                        </a>
                      ) : (
                        '–'
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
            {rated && (
              <tr class="govuk-table__row ca-findings__rating-row">
                <th scope="row" class="govuk-table__header">
                  {t('findings', 'Rating from these figures')}
                </th>
                {model.columns.map((c) => (
                  <td class="govuk-table__cell" key={c.key ?? '*'}>
                    {c.ratings.get(standard.id)?.computedRating ?? '–'}
                  </td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      </ScrollRegion>
      {scored.some((f) =>
        model.columns.some((c) => {
          const cell = c.byItem.get(f.itemId);
          return cell !== undefined && hasSmallBase(cell);
        }),
      ) && <p class="govuk-body-s">{smallBaseKey()}</p>}
      <details
        class="govuk-details"
        onToggle={(event) => setChartsOpen((event.currentTarget as HTMLDetailsElement).open)}
      >
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">
            {t('findings', 'Charts of {title} by {by}', { title: standard.title, by })}
          </span>
        </summary>
        <div class="govuk-details__text">
          {chartsOpen &&
            scored.map((f) => {
              const chart = breakdownChart(model.result, f.itemId, textOf(index, f.itemId));
              return chart ? <BarChart key={f.itemId} chart={sayChart(chart)} /> : null;
            })}
        </div>
      </details>
    </>
  );
}
