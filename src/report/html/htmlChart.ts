/**
 * A chart of the shared chart model in the HTML report: an inline SVG image (bars, figures
 * beside them, small bases hatched, fills that stay apart in greyscale) with a title and a
 * description naming every figure, then the same figures as a table with header cells. Nothing
 * fetched, no script.
 */

import { anchorOf, numberedCaption, type ReportBlock } from '../../core';
import {
  type BarPlacement,
  barLabelLines,
  type Chart,
  FILLS,
  layoutBars,
  type ProportionChart,
  type ScaleChart,
  SMALL_BASE_FILL,
} from '../charts/chartModel';
import { chartWords } from '../charts/findingsCharts';
import { escapeHtml, joinLines, para } from './htmlText';

const WIDTH = 720;
const ROW = 34;
const BAR = 20;
const GAP = 8;
const LABEL_WIDTH = 250;
const FIGURE_WIDTH = 220;
const LEGEND_ROW = 24;
/** Roughly how wide a character of 14px text is, to lay out the legend. */
const CHAR_WIDTH = 7.5;
/** Characters of a label per line (labels are 13px) in the label column. */
const LABEL_CHARS = 28;
const PROPORTION_COLOUR = '#1d70b8';
const INK = '#0b0c0c';

const layoutOptions = {
  width: WIDTH,
  barHeight: ROW,
  gap: GAP,
  labelWidth: LABEL_WIDTH,
  figureWidth: FIGURE_WIDTH,
};

function grey(level: number): string {
  const v = Math.round(level * 255);
  return `rgb(${v},${v},${v})`;
}

/** An SVG pattern for a fill of the model: solid, hatched, dotted or cross-hatched, in its grey or a colour. */
function pattern(id: string, fill: (typeof FILLS)[number], colour?: string): string {
  const shade = colour ?? grey(fill.grey);
  const marks =
    fill.pattern === 'hatch'
      ? `<path d="M-1,7 L7,-1" stroke="${shade}" stroke-width="2.2"/>`
      : fill.pattern === 'dots'
        ? `<circle cx="3" cy="3" r="1.6" fill="${shade}"/>`
        : fill.pattern === 'cross'
          ? `<path d="M0,0 L6,6 M6,0 L0,6" stroke="${shade}" stroke-width="1.4"/>`
          : '';
  const ground = fill.pattern === 'solid' ? shade : '#fff';
  return `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${ground}"/>${marks}</pattern>`;
}

/** Legend entries left to right from the bars' start, wrapping onto more rows when needed. */
function legendPlaces(entries: readonly { label: string; fill: number }[]) {
  let x = LABEL_WIDTH;
  let y = 0;
  return entries.map((entry) => {
    const width = 20 + entry.label.length * CHAR_WIDTH + 18;
    if (x > LABEL_WIDTH && x + width > WIDTH) {
      x = LABEL_WIDTH;
      y += LEGEND_ROW;
    }
    const place = { ...entry, x, y };
    x += width;
    return place;
  });
}

/** Coordinates to two decimals: enough for the eye, and the file stays small. */
const at2 = (n: number) => Math.round(n * 100) / 100;

function text(x: number, y: number, content: string, className: string, end = false): string {
  const anchor = end ? ' text-anchor="end"' : '';
  return `<text class="${className}" x="${at2(x)}" y="${at2(y)}"${anchor}>${escapeHtml(content)}</text>`;
}

function rect(x: number, y: number, width: number, fill: string, stroke: string): string {
  return `<rect x="${at2(x)}" y="${at2(y)}" width="${at2(width)}" height="${BAR}" fill="${fill}" stroke="${stroke}"/>`;
}

/** The bar's filled part (or segments) and the figure written beside it. */
function marks(chart: Chart, place: BarPlacement, barY: number, id: string): string {
  const index = place.index;
  if (chart.kind === 'proportions') {
    const bar = chart.bars[index]!;
    const fill = bar.smallBase ? `url(#${id}-small)` : PROPORTION_COLOUR;
    const drawn =
      bar.percent === null || place.barWidth <= 0
        ? ''
        : rect(
            place.trackX,
            barY,
            place.barWidth,
            fill,
            bar.smallBase ? PROPORTION_COLOUR : 'none',
          );
    return drawn + text(place.figureX, barY + 15, bar.figure, 'chart-figure');
  }
  const bar = chart.bars[index]!;
  let at = place.trackX;
  const segments = bar.segments.map((segment) => {
    const width = (segment.percent / 100) * place.trackWidth;
    const start = at;
    at += width;
    return width > 0 ? rect(start, barY, width, `url(#${id}-fill-${segment.fill})`, INK) : '';
  });
  return segments.join('') + text(place.figureX, barY + 15, bar.baseText, 'chart-figure');
}

function svg(chart: Chart, id: string): string {
  const legend = chart.kind === 'scale' ? legendPlaces(chart.legend) : [];
  const top = legend.length === 0 ? 0 : Math.max(...legend.map((l) => l.y)) + LEGEND_ROW + 6;
  const layout = layoutBars(chart, layoutOptions);
  const height = top + layout.height + 4;
  const defs =
    chart.kind === 'proportions'
      ? [pattern(`${id}-small`, SMALL_BASE_FILL, PROPORTION_COLOUR)]
      : chart.legend.map((l) => pattern(`${id}-fill-${l.fill}`, FILLS[l.fill % FILLS.length]!));
  const legendMarks = legend.map(
    (l) =>
      `<g transform="translate(${l.x},${l.y + 4})"><rect width="14" height="14" fill="url(#${id}-fill-${l.fill})" stroke="${INK}"/>${text(20, 12, l.label, 'chart-legend')}</g>`,
  );
  const bars = layout.bars.map((place) => {
    const y = top + place.y;
    const barY = y + (ROW - BAR) / 2;
    const lines = barLabelLines(chart.bars[place.index]!.label, LABEL_CHARS);
    const labels = lines.map((line, i) =>
      text(
        LABEL_WIDTH - 10,
        y + (lines.length === 1 ? 21 : 14 + i * 15),
        line,
        'chart-label',
        true,
      ),
    );
    const track = rect(place.trackX, barY, place.trackWidth, '#f3f2f1', '#b1b4b6');
    return `<g>${labels.join('')}${track}${marks(chart, place, barY, id)}</g>`;
  });
  return joinLines([
    `<svg class="chart-image" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeHtml(chartWords(chart).heading)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(chartWords(chart).description)}</desc>`,
    `<defs>${defs.join('')}</defs>`,
    ...legendMarks,
    ...bars,
    '</svg>',
  ]);
}

function proportionTable(chart: ProportionChart): string[] {
  const words = chartWords(chart);
  return [
    `<thead><tr><th scope="col">${escapeHtml(words.question)}</th><th scope="col" class="num">${escapeHtml(words.figure)}</th></tr></thead>`,
    '<tbody>',
    ...chart.bars.map(
      (b) =>
        `<tr><th scope="row">${escapeHtml(b.label)}</th><td class="num">${escapeHtml(b.figure)}</td></tr>`,
    ),
    '</tbody>',
  ];
}

/** Answers on a scale: each option's count, then the base, as the chart's description gives them. */
function scaleTable(chart: ScaleChart): string[] {
  const words = chartWords(chart);
  const head = chart.legend.map((l) => `<th scope="col" class="num">${escapeHtml(l.label)}</th>`);
  const rows = chart.bars.map((b) => {
    const counts = chart.legend.map((l) => {
      const segment = b.segments.find((s) => s.label === l.label);
      return `<td class="num">${segment ? segment.count : ''}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(b.label)}</th>${counts.join('')}<td class="num">${escapeHtml(b.baseText)}</td></tr>`;
  });
  return [
    `<thead><tr><th scope="col">${escapeHtml(words.question)}</th>${head.join('')}<th scope="col" class="num">${escapeHtml(words.base)}</th></tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
  ];
}

/**
 * The chart as an image with its text alternative, its figures as a table, its note, then its
 * caption ("Figure 2: …"), the figure linked from the list of figures by its number.
 */
export function chartHtml(
  block: Extract<ReportBlock<Chart>, { type: 'chart' }>,
  id: string,
): string {
  const chart = block.chart;
  const table = chart.kind === 'proportions' ? proportionTable(chart) : scaleTable(chart);
  const anchor = block.number ? ` id="${escapeHtml(anchorOf(block.number))}"` : '';
  return joinLines([
    `<figure class="chart"${anchor}>`,
    para(chartWords(chart).heading, 'chart-title'),
    svg(chart, id),
    '<table class="chart-data">',
    `<caption>${escapeHtml(chartWords(chart).dataCaption)}</caption>`,
    ...table,
    '</table>',
    chart.note ? para(chart.note, 'note') : '',
    `<figcaption class="figure-caption">${escapeHtml(numberedCaption(block))}</figcaption>`,
    '</figure>',
  ]);
}
