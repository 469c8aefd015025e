/** Bar charts in the PDF, from the chart model the screen draws too, in greys and patterns that survive greyscale printing. */
import type { ReportBlock } from '../../core';
import { numberedCaption } from '../../core';
import { type Chart, FILLS, layoutBars, SMALL_BASE_FILL } from '../charts/chartModel';
import { chartWords } from '../charts/findingsCharts';
import {
  BOTTOM,
  type Doc,
  greyDraw,
  greyFill,
  INK,
  LEFT,
  lineHeight,
  PAGE_HEIGHT,
  SOFT_INK,
  TOP,
  WIDTH,
  type Writer,
} from './pdfWriter';

function hatch(doc: Doc, x: number, y: number, width: number, height: number, grey: number) {
  greyDraw(doc, Math.round(grey * 255));
  doc.setLineWidth(0.35);
  const step = 1.4;
  for (let k = -height; k < width; k += step) {
    // The line from (x + k, y + height) up to (x + k + height, y), clipped to [x, x + width].
    const t0 = Math.max(0, x - (x + k));
    const t1 = Math.min(height, x + width - (x + k));
    if (t1 <= t0) continue;
    doc.line(x + k + t0, y + height - t0, x + k + t1, y + height - t1);
  }
}

function dots(doc: Doc, x: number, y: number, width: number, height: number, grey: number) {
  greyFill(doc, Math.round(grey * 255));
  for (let cy = y + 0.8; cy < y + height; cy += 1.4) {
    for (let cx = x + 0.8; cx < x + width; cx += 1.4) doc.circle(cx, cy, 0.25, 'F');
  }
}

export function fillRect(
  doc: Doc,
  x: number,
  y: number,
  width: number,
  height: number,
  fill: { grey: number; pattern: 'solid' | 'hatch' | 'dots' | 'cross' },
) {
  if (width <= 0) return;
  if (fill.pattern === 'solid') {
    greyFill(doc, Math.round(fill.grey * 255));
    doc.rect(x, y, width, height, 'F');
  } else {
    greyFill(doc, 255);
    doc.rect(x, y, width, height, 'F');
    if (fill.pattern === 'dots') dots(doc, x, y, width, height, fill.grey);
    else hatch(doc, x, y, width, height, fill.grey);
    if (fill.pattern === 'cross') {
      // The other diagonal: mirror by drawing across the flipped rectangle.
      greyDraw(doc, Math.round(fill.grey * 255));
      const step = 1.4;
      for (let k = 0; k < width + height; k += step) {
        const t0 = Math.max(0, k - width);
        const t1 = Math.min(height, k);
        if (t1 <= t0) continue;
        doc.line(x + k - t0, y + height - t0, x + k - t1, y + height - t1);
      }
    }
  }
  greyDraw(doc, INK);
  doc.setLineWidth(0.25);
  doc.rect(x, y, width, height, 'S');
}

type ReportChartBlock<C> = Extract<ReportBlock<C>, { type: 'chart' }>;

const CAPTION_SIZE = 9.5;
const BAR = 5.2;
const BAR_GAP = 3.4;
const LABEL_WIDTH = 64;
const FIGURE_WIDTH = 40;

/** A chart block: the chart, then its caption under it ("Figure 2: …"), kept on one page. */
export function chart(w: Writer, block: ReportChartBlock<Chart>): void {
  const { doc } = w;
  const c = block.chart;
  const caption = numberedCaption(block);
  const layout = layoutBars(c, {
    width: WIDTH,
    barHeight: BAR,
    gap: BAR_GAP,
    labelWidth: LABEL_WIDTH,
    figureWidth: FIGURE_WIDTH,
  });
  const legendHeight = c.kind === 'scale' ? 7 : 0;
  const noteHeight = c.note ? 8 : 0;
  const titleHeight = lineHeight(10) + 2;
  w.font(CAPTION_SIZE, 'bold');
  const captionHeight = w.lines(caption, WIDTH).length * lineHeight(CAPTION_SIZE) + 2;
  const total = titleHeight + legendHeight + layout.height + noteHeight + captionHeight + 4;
  w.ensure(Math.min(total, PAGE_HEIGHT - TOP - BOTTOM));
  w.text(chartWords(c).heading, { size: 10, style: 'bold', after: 1.5 });
  if (block.number !== undefined) w.pageOf.set(block.number, w.page);
  if (c.kind === 'scale') {
    let x = LEFT + LABEL_WIDTH;
    w.font(7.5);
    for (const entry of c.legend) {
      fillRect(doc, x, w.y, 4, 3, FILLS[entry.fill % FILLS.length]!);
      w.font(7.5);
      const label = w.clean(entry.label);
      doc.text(label, x + 5, w.y + 0.1, { baseline: 'top' });
      x += 7 + doc.getTextWidth(label);
    }
    w.y += legendHeight;
  }
  for (const placement of layout.bars) {
    const bar = c.bars[placement.index]!;
    w.ensure(BAR + BAR_GAP);
    const top = w.y;
    const x = LEFT + placement.trackX;
    // The label, at most two lines, beside the bar.
    w.font(7.5);
    const labelLines = w.lines(bar.label, LABEL_WIDTH - 3).slice(0, 2);
    const labelTop = top + BAR / 2 - (labelLines.length * lineHeight(7.5)) / 2;
    labelLines.forEach((line, i) => {
      doc.text(line, LEFT, labelTop + i * lineHeight(7.5), { baseline: 'top' });
    });
    // The track: a thin frame for 0–100%.
    greyDraw(doc, 190);
    doc.setLineWidth(0.2);
    doc.rect(x, top, placement.trackWidth, BAR, 'S');
    let figure: string;
    if (c.kind === 'proportions' && 'figure' in bar) {
      fillRect(doc, x, top, placement.barWidth, BAR, bar.smallBase ? SMALL_BASE_FILL : FILLS[0]!);
      figure = bar.figure;
    } else if ('segments' in bar) {
      let at = x;
      for (const segment of bar.segments) {
        const width = (segment.percent / 100) * placement.trackWidth;
        fillRect(doc, at, top, width, BAR, FILLS[segment.fill % FILLS.length]!);
        at += width;
      }
      figure = bar.baseText;
    } else figure = '';
    w.font(7.5, 'bold');
    doc.text(w.clean(figure), LEFT + placement.figureX, top + BAR / 2, { baseline: 'middle' });
    w.y = top + BAR + BAR_GAP;
  }
  // Axis marks under the bars: 0, 50 and 100%.
  w.font(6.5, 'normal', SOFT_INK);
  const trackX = LEFT + (layout.bars[0]?.trackX ?? LABEL_WIDTH);
  const trackWidth = layout.bars[0]?.trackWidth ?? WIDTH - LABEL_WIDTH - FIGURE_WIDTH;
  for (const p of [0, 50, 100]) {
    doc.text(`${p}%`, trackX + (p / 100) * trackWidth, w.y - 1.5, {
      baseline: 'top',
      align: p === 0 ? 'left' : p === 100 ? 'right' : 'center',
    });
  }
  w.y += 3;
  if (c.note) w.text(c.note, { size: 8, style: 'italic', grey: SOFT_INK, after: 2 });
  w.text(caption, { size: CAPTION_SIZE, style: 'bold', after: 2 });
  w.y += 3;
}
