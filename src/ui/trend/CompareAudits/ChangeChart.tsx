/**
 * The change of a standard's questions as a chart: one row per question compared, the earlier
 * audit's share of cases as an open circle and this audit's as a filled one on the same 0–100%
 * scale, joined by a line (thicker when the change is more than chance would explain), and the
 * change written beside it in points. Shapes, weight and words carry the meaning, never colour
 * alone. The SVG is one image whose text alternative names every figure; the table below it
 * holds the same figures with their bases.
 */
import { useId } from 'preact/hooks';
import { type QuestionChange, trendWords } from '../../../core';
import { barLabelLines } from '../../../report/charts/chartModel';
import { t } from '../../i18n/translate';
import '../../components/BarChart/BarChart.css';

const WIDTH = 720;
const LABEL_WIDTH = 250;
const PLOT_X = 270;
const PLOT_WIDTH = 300;
const FIGURE_X = PLOT_X + PLOT_WIDTH + 20;
const AXIS = 30;
const LEGEND = 28;
/** Characters of a label per line (labels are 13px) in the label column. */
const LABEL_CHARS = 30;
const LINE = 15;
const INK = '#0b0c0c';
const BLUE = '#1d70b8';
const TICKS = [0, 25, 50, 75, 100] as const;

export type ChartRow = { readonly label: string; readonly change: QuestionChange };

function xOf(count: number, base: number): number {
  return PLOT_X + (PLOT_WIDTH * count) / base;
}

function rowHeight(lines: number): number {
  return Math.max(34, lines * LINE + 12);
}

/** Every row in words: "Allocated promptly: 58% then, 83% now, +25 points, more than chance." */
export function chartText(caption: string, rows: readonly ChartRow[]): string {
  const parts = rows.map(({ label, change }) => {
    const words = trendWords(change);
    if (words.status !== 'compared') return label;
    const values = {
      label,
      earlier: words.earlier,
      current: words.current,
      change: words.change,
    };
    return change.significant
      ? t(
          'trend',
          '{label}: {earlier} then, {current} now, {change} points, more than chance would explain',
          values,
        )
      : t(
          'trend',
          '{label}: {earlier} then, {current} now, {change} points, not more than chance',
          values,
        );
  });
  return `${caption}. ${parts.join('; ')}.`;
}

function Legend() {
  const y = 10;
  const x = 20;
  return (
    <g class="ca-bar-chart__label">
      <circle cx={x + 6} cy={y} r="6" fill="#fff" stroke={INK} stroke-width="2" />
      <text x={x + 18} y={y + 4}>
        {t('trend', 'Earlier audit')}
      </text>
      <circle cx={x + 126} cy={y} r="6" fill={BLUE} stroke={INK} stroke-width="1" />
      <text x={x + 138} y={y + 4}>
        {t('trend', 'This audit')}
      </text>
      <line x1={x + 240} y1={y} x2={x + 272} y2={y} stroke={INK} stroke-width="4" />
      <text x={x + 278} y={y + 4}>
        {t('trend', 'Thick line: more than chance')}
      </text>
    </g>
  );
}

function Axis({ height }: { height: number }) {
  return (
    <g>
      {TICKS.map((t) => {
        const x = PLOT_X + (PLOT_WIDTH * t) / 100;
        return (
          <g key={t}>
            <line x1={x} y1={LEGEND + AXIS - 6} x2={x} y2={height} stroke="#b1b4b6" />
            <text class="ca-bar-chart__label" x={x} y={LEGEND + AXIS - 12} text-anchor="middle">
              {t}%
            </text>
          </g>
        );
      })}
    </g>
  );
}

function Row({ row, y, lines }: { row: ChartRow; y: number; lines: readonly string[] }) {
  const { change } = row;
  const words = trendWords(change);
  const middle = y + rowHeight(lines.length) / 2;
  const from = xOf(change.earlier.count, change.earlier.base);
  const to = xOf(change.current.count, change.current.base);
  const top = middle - ((lines.length - 1) * LINE) / 2 + 4;
  return (
    <g>
      {lines.map((line, i) => (
        <text
          key={i}
          class="ca-bar-chart__label"
          x={LABEL_WIDTH}
          y={top + i * LINE}
          text-anchor="end"
        >
          {line}
        </text>
      ))}
      <line
        x1={from}
        y1={middle}
        x2={to}
        y2={middle}
        stroke={INK}
        stroke-width={change.significant ? 4 : 1.5}
      />
      <circle cx={from} cy={middle} r="6" fill="#fff" stroke={INK} stroke-width="2" />
      <circle cx={to} cy={middle} r="6" fill={BLUE} stroke={INK} stroke-width="1" />
      {words.status === 'compared' && (
        <text class="ca-bar-chart__figure" x={FIGURE_X} y={middle + 5}>
          {`${t('trend', '{change} points', { change: words.change })}${change.smallBase ? ' †' : ''}`}
        </text>
      )}
    </g>
  );
}

export function ChangeChart({ caption, rows }: { caption: string; rows: readonly ChartRow[] }) {
  const id = useId();
  const laid = rows.map((row) => barLabelLines(row.label, LABEL_CHARS));
  let y = LEGEND + AXIS;
  const places = laid.map((lines) => {
    const at = y;
    y += rowHeight(lines.length);
    return at;
  });
  const height = y + 4;
  return (
    <figure class="ca-bar-chart ca-trend-chart" aria-labelledby={`${id}-caption`}>
      <figcaption class="govuk-body-s govuk-!-font-weight-bold" id={`${id}-caption`}>
        {caption}
      </figcaption>
      <svg
        class="ca-bar-chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={chartText(caption, rows)}
        preserveAspectRatio="xMinYMin meet"
      >
        <Legend />
        <Axis height={height} />
        {rows.map((row, i) => (
          <Row key={row.change.itemId} row={row} y={places[i]!} lines={laid[i]!} />
        ))}
      </svg>
    </figure>
  );
}
