/**
 * Draws a chart of the shared chart model (src/report/charts) as SVG: horizontal bars, the
 * figure written beside each (`38% (23/60)`), small bases hatched and marked, fills that stay
 * apart in greyscale. The SVG is one image with a text alternative naming every figure; the
 * same figures are in the table beside it, for reading and copying.
 */
import { useId } from 'preact/hooks';
import {
  barLabelLines,
  type Chart,
  FILLS,
  layoutBars,
  type ProportionBar,
  type ScaleBar,
} from '../../../report/charts/chartModel';
import { chartText } from '../../../report/charts/findingsCharts';
import './BarChart.css';

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

function grey(level: number): string {
  const v = Math.round(level * 255);
  return `rgb(${v},${v},${v})`;
}

/** An SVG pattern for a fill: solid, hatched, dotted or cross-hatched, over its grey. */
function Pattern({ id, fill }: { id: string; fill: (typeof FILLS)[number] }) {
  const shade = grey(fill.grey);
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill={fill.pattern === 'solid' ? shade : '#fff'} />
      {fill.pattern === 'hatch' && <path d="M-1,7 L7,-1" stroke={shade} stroke-width="2.2" />}
      {fill.pattern === 'dots' && <circle cx="3" cy="3" r="1.6" fill={shade} />}
      {fill.pattern === 'cross' && (
        <path d="M0,0 L6,6 M6,0 L0,6" stroke={shade} stroke-width="1.4" />
      )}
    </pattern>
  );
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

export function BarChart({ chart }: { chart: Chart }) {
  const id = useId();
  const legend = chart.kind === 'scale' ? legendPlaces(chart.legend) : [];
  const top = legend.length === 0 ? 0 : Math.max(...legend.map((l) => l.y)) + LEGEND_ROW + 6;
  const layout = layoutBars(chart, {
    width: WIDTH,
    barHeight: ROW,
    gap: GAP,
    labelWidth: LABEL_WIDTH,
    figureWidth: FIGURE_WIDTH,
  });
  const height = top + layout.height + 4;
  const text = chartText(chart);
  const smallFill = `${id}-small`;
  return (
    <figure class="ca-bar-chart">
      <svg
        class="ca-bar-chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={text}
        preserveAspectRatio="xMinYMin meet"
      >
        <defs>
          <pattern id={smallFill} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill="#fff" />
            <path d="M-1,7 L7,-1" stroke={PROPORTION_COLOUR} stroke-width="2.2" />
          </pattern>
          {chart.kind === 'scale' &&
            chart.legend.map((l) => (
              <Pattern key={l.fill} id={`${id}-fill-${l.fill}`} fill={FILLS[l.fill]!} />
            ))}
        </defs>
        {legend.length > 0 && (
          <g class="ca-bar-chart__legend">
            {legend.map((l) => (
              <g key={l.label} transform={`translate(${l.x},${l.y + 4})`}>
                <rect width="14" height="14" fill={`url(#${id}-fill-${l.fill})`} stroke="#0b0c0c" />
                <text x="20" y="12">
                  {l.label}
                </text>
              </g>
            ))}
          </g>
        )}
        {layout.bars.map((place) => {
          const y = top + place.y;
          const barY = y + (ROW - BAR) / 2;
          const source = chart.bars[place.index]!;
          const lines = barLabelLines(source.label, LABEL_CHARS);
          return (
            <g key={place.index}>
              {lines.map((line, i) => (
                <text
                  key={i}
                  class="ca-bar-chart__label"
                  x={LABEL_WIDTH - 10}
                  y={y + (lines.length === 1 ? 21 : 14 + i * 15)}
                  text-anchor="end"
                >
                  {line}
                </text>
              ))}
              <rect
                x={place.trackX}
                y={barY}
                width={place.trackWidth}
                height={BAR}
                fill="#f3f2f1"
                stroke="#b1b4b6"
              />
              {chart.kind === 'proportions' ? (
                <ProportionMark
                  bar={source as ProportionBar}
                  x={place.trackX}
                  y={barY}
                  width={place.barWidth}
                  small={smallFill}
                  figureX={place.figureX}
                />
              ) : (
                <ScaleMarks
                  bar={source as ScaleBar}
                  x={place.trackX}
                  y={barY}
                  track={place.trackWidth}
                  id={id}
                  figureX={place.figureX}
                />
              )}
            </g>
          );
        })}
      </svg>
      {chart.note && <figcaption class="ca-bar-chart__note">{chart.note}</figcaption>}
    </figure>
  );
}

function ProportionMark({
  bar,
  x,
  y,
  width,
  small,
  figureX,
}: {
  bar: ProportionBar;
  x: number;
  y: number;
  width: number;
  small: string;
  figureX: number;
}) {
  return (
    <>
      {bar.percent !== null && (
        <rect
          x={x}
          y={y}
          width={width}
          height={BAR}
          fill={bar.smallBase ? `url(#${small})` : PROPORTION_COLOUR}
          stroke={bar.smallBase ? PROPORTION_COLOUR : 'none'}
        />
      )}
      <text class="ca-bar-chart__figure" x={figureX} y={y + 15}>
        {bar.figure}
      </text>
    </>
  );
}

function ScaleMarks({
  bar,
  x,
  y,
  track,
  id,
  figureX,
}: {
  bar: ScaleBar;
  x: number;
  y: number;
  track: number;
  id: string;
  figureX: number;
}) {
  let at = x;
  return (
    <>
      {bar.segments.map((segment) => {
        const width = (segment.percent / 100) * track;
        const start = at;
        at += width;
        return width > 0 ? (
          <rect
            key={segment.label}
            x={start}
            y={y}
            width={width}
            height={BAR}
            fill={`url(#${id}-fill-${segment.fill})`}
            stroke="#0b0c0c"
            stroke-width="0.5"
          />
        ) : null;
      })}
      <text class="ca-bar-chart__figure" x={figureX} y={y + 15}>
        {bar.baseText}
      </text>
    </>
  );
}
