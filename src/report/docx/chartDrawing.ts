/**
 * A chart of the shared chart model drawn on a 2D canvas, for the Word report's pictures: the
 * same bars, figures, greys and patterns as the PDF (pdfChart.ts), so a printed Word report reads
 * in greyscale too. It draws on any pen with the canvas's methods, so a test can record what is
 * drawn; the title and note are not drawn, since the document writes them as text beside it.
 */
import { type Chart, FILLS, layoutBars, SMALL_BASE_FILL } from '../charts/chartModel';

/** What the drawing uses of a canvas's 2D context (an OffscreenCanvas's in the report worker). */
export interface ChartPen {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  font: string;
  textAlign: 'center' | 'end' | 'left' | 'right' | 'start';
  textBaseline: 'alphabetic' | 'bottom' | 'hanging' | 'ideographic' | 'middle' | 'top';
  fillRect(x: number, y: number, width: number, height: number): void;
  strokeRect(x: number, y: number, width: number, height: number): void;
  beginPath(): void;
  rect(x: number, y: number, width: number, height: number): void;
  clip(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
  fill(): void;
  save(): void;
  restore(): void;
  scale(x: number, y: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
}

type Fill = { readonly grey: number; readonly pattern: 'solid' | 'hatch' | 'dots' | 'cross' };

/** Sizes in CSS pixels: the picture is 640 wide, the width of the Word page's text. */
export const CHART_WIDTH = 640;
const BAR = 20;
const GAP = 12;
const LABEL_WIDTH = 240;
const FIGURE_WIDTH = 130;
const LEGEND = 26;
const AXIS = 18;
const FONT = '12px Arial, Helvetica, sans-serif';
const BOLD = `bold ${FONT}`;
const SMALL = '10px Arial, Helvetica, sans-serif';
const INK = '#1a1a1a';
const SOFT = '#595959';

const grey = (level: number) => {
  const v = Math.round(level * 255);
  return `rgb(${v}, ${v}, ${v})`;
};

function layout(chart: Chart) {
  return layoutBars(chart, {
    width: CHART_WIDTH,
    barHeight: BAR,
    gap: GAP,
    labelWidth: LABEL_WIDTH,
    figureWidth: FIGURE_WIDTH,
  });
}

/** The picture's size in CSS pixels: the legend (for answers on a scale), the bars, the axis. */
export function chartSize(chart: Chart): { width: number; height: number } {
  const legend = chart.kind === 'scale' ? LEGEND : 0;
  return { width: CHART_WIDTH, height: legend + layout(chart).height + AXIS };
}

function diagonals(pen: ChartPen, x: number, y: number, w: number, h: number, mirrored: boolean) {
  const step = 5;
  pen.beginPath();
  for (let k = -h; k < w; k += step) {
    if (mirrored) {
      pen.moveTo(x + k, y);
      pen.lineTo(x + k + h, y + h);
    } else {
      pen.moveTo(x + k, y + h);
      pen.lineTo(x + k + h, y);
    }
  }
  pen.stroke();
}

/** A filled rectangle in a grey and a pattern, framed, as the PDF draws it. */
export function fillArea(pen: ChartPen, x: number, y: number, w: number, h: number, fill: Fill) {
  if (w <= 0) return;
  if (fill.pattern === 'solid') {
    pen.fillStyle = grey(fill.grey);
    pen.fillRect(x, y, w, h);
  } else {
    pen.fillStyle = '#ffffff';
    pen.fillRect(x, y, w, h);
    pen.save();
    // Patterns are drawn past the edges, then cut to the rectangle.
    pen.beginPath();
    pen.rect(x, y, w, h);
    pen.clip();
    pen.strokeStyle = grey(fill.grey);
    pen.fillStyle = grey(fill.grey);
    pen.lineWidth = 1.2;
    if (fill.pattern === 'dots') {
      for (let cy = y + 2.5; cy < y + h; cy += 5) {
        for (let cx = x + 2.5; cx < x + w; cx += 5) {
          pen.beginPath();
          pen.arc(cx, cy, 1, 0, 2 * Math.PI);
          pen.fill();
        }
      }
    } else {
      diagonals(pen, x, y, w, h, false);
      if (fill.pattern === 'cross') diagonals(pen, x, y, w, h, true);
    }
    pen.restore();
  }
  pen.strokeStyle = INK;
  pen.lineWidth = 1;
  pen.strokeRect(x, y, w, h);
}

/** Words in at most two lines that fit `width`; the second ends in … when cut short. */
export function labelLines(pen: ChartPen, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (!line || pen.measureText(next).width <= width) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines.length <= 2 ? lines : [lines[0]!, `${lines[1]}…`];
}

function legend(pen: ChartPen, chart: Chart): void {
  if (chart.kind !== 'scale') return;
  let x = LABEL_WIDTH;
  pen.font = SMALL;
  pen.textAlign = 'left';
  pen.textBaseline = 'middle';
  for (const entry of chart.legend) {
    fillArea(pen, x, 4, 14, 10, FILLS[entry.fill % FILLS.length]!);
    pen.fillStyle = INK;
    pen.fillText(entry.label, x + 18, 9);
    x += 28 + pen.measureText(entry.label).width;
  }
}

/** Draws the chart's bars, labels, figures and axis marks at `scale` device pixels per CSS pixel. */
export function drawChart(pen: ChartPen, chart: Chart, scale = 1): void {
  const size = chartSize(chart);
  pen.scale(scale, scale);
  pen.fillStyle = '#ffffff';
  pen.fillRect(0, 0, size.width, size.height);
  legend(pen, chart);
  const top = chart.kind === 'scale' ? LEGEND : 0;
  const placed = layout(chart);
  for (const place of placed.bars) {
    const bar = chart.bars[place.index]!;
    const y = top + place.y;
    pen.font = FONT;
    pen.fillStyle = INK;
    pen.textAlign = 'left';
    pen.textBaseline = 'middle';
    const lines = labelLines(pen, bar.label, LABEL_WIDTH - 10);
    lines.forEach((line, i) => {
      pen.fillText(line, 0, y + BAR / 2 + (i - (lines.length - 1) / 2) * 14);
    });
    pen.strokeStyle = '#bebebe';
    pen.lineWidth = 1;
    pen.strokeRect(place.trackX, y, place.trackWidth, BAR);
    let figure = '';
    if ('figure' in bar) {
      fillArea(
        pen,
        place.trackX,
        y,
        place.barWidth,
        BAR,
        bar.smallBase ? SMALL_BASE_FILL : FILLS[0]!,
      );
      figure = bar.figure;
    } else {
      let at = place.trackX;
      for (const segment of bar.segments) {
        const width = (segment.percent / 100) * place.trackWidth;
        fillArea(pen, at, y, width, BAR, FILLS[segment.fill % FILLS.length]!);
        at += width;
      }
      figure = bar.baseText;
    }
    pen.font = BOLD;
    pen.fillStyle = INK;
    pen.fillText(figure, place.figureX, y + BAR / 2);
  }
  axis(pen, top + placed.height, placed.bars[0]);
}

/** 0%, 50% and 100% under the track. */
function axis(pen: ChartPen, y: number, first: { trackX: number; trackWidth: number } | undefined) {
  const trackX = first?.trackX ?? LABEL_WIDTH;
  const trackWidth = first?.trackWidth ?? CHART_WIDTH - LABEL_WIDTH - FIGURE_WIDTH;
  pen.font = SMALL;
  pen.fillStyle = SOFT;
  pen.textBaseline = 'top';
  for (const p of [0, 50, 100]) {
    pen.textAlign = p === 0 ? 'left' : p === 100 ? 'right' : 'center';
    pen.fillText(`${p}%`, trackX + (p / 100) * trackWidth, y + 4);
  }
}
