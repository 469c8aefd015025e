/**
 * The report document (core's `buildReport`) as an A4 PDF, drawn with jsPDF primitives and
 * jspdf-autotable: a title page; contents with page numbers (filled in after the chapters are
 * laid out, onto pages kept for them); every chapter from a new page; the inspection's title
 * at the top of each page and "Page x of y" at the foot; selectable text in Helvetica (a
 * standard PDF font: nothing fetched, every string mapped to the characters it holds); tables
 * of `% (n/base)`; horizontal bar charts from the shared chart model in greys and patterns that
 * survive greyscale printing; document properties (title, author, subject, language).
 *
 * The libraries are passed in: callers load them with `import()` only when a report is made.
 */
import type { jsPDF as JsPdf } from 'jspdf';
import type { autoTable as AutoTable } from 'jspdf-autotable';
import {
  chapterHeading,
  type ReportBlock,
  type ReportChapter,
  type ReportDocument,
  type ReportTable,
} from '../../core';
import { type Chart, FILLS, layoutBars, SMALL_BASE_FILL } from '../charts/chartModel';
import { pdfText } from './pdfText';

export type PdfLibraries = {
  readonly jsPDF: typeof JsPdf;
  readonly autoTable: typeof AutoTable;
};

export type PdfProgress = { readonly done: number; readonly total: number };

const PAGE_WIDTH = 210;
const PAGE_HEIGHT = 297;
const LEFT = 22;
const RIGHT = 22;
const TOP = 24;
const BOTTOM = 22;
const WIDTH = PAGE_WIDTH - LEFT - RIGHT;
const BODY_SIZE = 10.5;
/** Line height in mm for a font size in points. */
const lineHeight = (size: number) => size * 0.3528 * 1.35;
const INK = 20;
const SOFT_INK = 80;
const CONTENTS_LINES_PER_PAGE = 28;

type Doc = InstanceType<typeof JsPdf>;

/** Fill and stroke in a grey level (0 black … 255 white): the report is printable in greyscale. */
function greyFill(doc: Doc, level: number): void {
  doc.setFillColor(level, level, level);
}

function greyDraw(doc: Doc, level: number): void {
  doc.setDrawColor(level, level, level);
}

class Writer {
  y = TOP;
  constructor(
    readonly doc: Doc,
    readonly libs: PdfLibraries,
  ) {}

  get bottom(): number {
    return PAGE_HEIGHT - BOTTOM;
  }

  newPage(): void {
    this.doc.addPage('a4', 'portrait');
    this.y = TOP;
  }

  /** Room for `height` mm, or a new page. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > TOP + 0.1) this.newPage();
  }

  font(size: number, style: 'normal' | 'bold' | 'italic' | 'bolditalic' = 'normal', grey = INK) {
    this.doc.setFont('helvetica', style);
    this.doc.setFontSize(size);
    this.doc.setTextColor(grey);
  }

  lines(text: string, width: number): string[] {
    return this.doc.splitTextToSize(pdfText(text), width) as string[];
  }

  /** Wrapped text from the cursor, across pages as needed. */
  text(
    text: string,
    options: {
      size?: number;
      style?: 'normal' | 'bold' | 'italic' | 'bolditalic';
      grey?: number;
      indent?: number;
      after?: number;
      keepWithNext?: number;
    } = {},
  ): void {
    const size = options.size ?? BODY_SIZE;
    const indent = options.indent ?? 0;
    this.font(size, options.style ?? 'normal', options.grey ?? INK);
    const height = lineHeight(size);
    const lines = this.lines(text, WIDTH - indent);
    this.ensure(Math.min(lines.length, 2) * height + (options.keepWithNext ?? 0));
    for (const line of lines) {
      this.ensure(height);
      this.doc.text(line, LEFT + indent, this.y, { baseline: 'top' });
      this.y += height;
    }
    this.y += options.after ?? 2.5;
  }
}

function chapterTitle(w: Writer, chapter: ReportChapter<Chart>): void {
  w.font(20, 'bold');
  const lines = w.lines(chapterHeading(chapter), WIDTH);
  for (const line of lines) {
    w.doc.text(line, LEFT, w.y, { baseline: 'top' });
    w.y += lineHeight(20);
  }
  greyDraw(w.doc, INK);
  w.doc.setLineWidth(0.6);
  w.doc.line(LEFT, w.y + 1, LEFT + WIDTH, w.y + 1);
  w.y += 7;
}

function bullets(w: Writer, items: readonly string[], indent = 0): void {
  w.font(BODY_SIZE);
  const height = lineHeight(BODY_SIZE);
  for (const item of items) {
    const lines = w.lines(item, WIDTH - indent - 6);
    w.ensure(Math.min(lines.length, 2) * height);
    w.font(BODY_SIZE);
    w.doc.text('•', LEFT + indent + 1, w.y, { baseline: 'top' });
    for (const line of lines) {
      w.ensure(height);
      w.font(BODY_SIZE);
      w.doc.text(line, LEFT + indent + 6, w.y, { baseline: 'top' });
      w.y += height;
    }
    w.y += 1.5;
  }
  w.y += 1.5;
}

function table(w: Writer, block: ReportTable): void {
  w.text(block.caption, { size: 10, style: 'bold', after: 1.5, keepWithNext: 18 });
  const total = (block.widths ?? block.head.map(() => 1)).reduce((a, b) => a + b, 0);
  const columnStyles: Record<number, { halign: 'right' | 'left'; cellWidth: number }> = {};
  block.head.forEach((_, i) => {
    const share = block.widths?.[i] ?? 1;
    columnStyles[i] = {
      halign: block.numeric[i] ? 'right' : 'left',
      cellWidth: (share / total) * WIDTH,
    };
  });
  w.libs.autoTable(w.doc, {
    startY: w.y,
    margin: { left: LEFT, right: RIGHT, top: TOP, bottom: BOTTOM },
    head: [block.head.map(pdfText)],
    body: block.rows.map((row) => row.map(pdfText)),
    theme: 'grid',
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    styles: {
      font: 'helvetica',
      // Wide tables (a column per area) in a smaller size, so figures stay on one line.
      fontSize: block.head.length > 4 ? 7.5 : 8.5,
      cellPadding: block.head.length > 4 ? 1.2 : 1.6,
      textColor: INK,
      lineColor: 160,
      lineWidth: 0.2,
      overflow: 'linebreak',
    },
    headStyles: { fillColor: 225, textColor: INK, fontStyle: 'bold' },
    columnStyles,
    didParseCell: (data) => {
      if (data.section === 'head' && block.numeric[data.column.index]) {
        data.cell.styles.halign = 'right';
      }
    },
  });
  const finalY = (w.doc as Doc & { lastAutoTable?: { finalY: number } }).lastAutoTable?.finalY;
  w.y = (finalY ?? w.y) + 2;
  if (block.note) w.text(block.note, { size: 8, style: 'italic', grey: SOFT_INK, after: 2 });
  w.y += 3;
}

/** Diagonal lines across a rectangle, clipped to it: a hatch that reads in greyscale. */
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

function fillRect(
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

const BAR = 5.2;
const BAR_GAP = 3.4;
const LABEL_WIDTH = 64;
const FIGURE_WIDTH = 40;

function chart(w: Writer, c: Chart): void {
  const { doc } = w;
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
  const total = titleHeight + legendHeight + layout.height + noteHeight + 4;
  w.ensure(Math.min(total, PAGE_HEIGHT - TOP - BOTTOM));
  w.text(`Chart: ${c.title}`, { size: 10, style: 'bold', after: 1.5 });
  if (c.kind === 'scale') {
    let x = LEFT + LABEL_WIDTH;
    w.font(7.5);
    for (const entry of c.legend) {
      fillRect(doc, x, w.y, 4, 3, FILLS[entry.fill % FILLS.length]!);
      w.font(7.5);
      const label = pdfText(entry.label);
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
    doc.text(pdfText(figure), LEFT + placement.figureX, top + BAR / 2, { baseline: 'middle' });
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
  w.y += 3;
}

function boxed(
  w: Writer,
  draw: (measureOnly: boolean) => number,
  options: { fill?: number; rule?: boolean },
): void {
  const height = draw(true);
  w.ensure(height + 4);
  const top = w.y;
  if (options.fill !== undefined) {
    greyFill(w.doc, options.fill);
    w.doc.rect(LEFT, top, WIDTH, height + 4, 'F');
  }
  if (options.rule) {
    greyFill(w.doc, 110);
    w.doc.rect(LEFT, top, 1.6, height + 4, 'F');
  }
  w.y = top + 2;
  draw(false);
  w.y = top + height + 4 + 4;
}

function rating(w: Writer, block: Extract<ReportBlock<Chart>, { type: 'rating' }>): void {
  const inner = WIDTH - 10;
  boxed(
    w,
    (measure) => {
      let h = 0;
      const put = (text: string, size: number, style: 'normal' | 'bold' | 'italic') => {
        w.font(size, style);
        for (const line of w.lines(text, inner)) {
          if (!measure) w.doc.text(line, LEFT + 5, w.y + h, { baseline: 'top' });
          h += lineHeight(size);
        }
        h += 1;
      };
      put(`Rating: ${block.title}`, 9, 'bold');
      put(
        `${block.rating}${block.overridden ? ' (overridden by the lead inspector)' : ''}`,
        13,
        'bold',
      );
      for (const line of block.lines) put(line, 8.5, 'normal');
      return h;
    },
    { fill: 238, rule: true },
  );
}

function example(w: Writer, block: Extract<ReportBlock<Chart>, { type: 'example' }>): void {
  w.text(block.label, { size: 11, style: 'bold', after: 1.5, keepWithNext: 12 });
  const inner = WIDTH - 8;
  w.font(BODY_SIZE);
  const paragraphs = block.text.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' '));
  for (const paragraph of paragraphs) {
    const lines = w.lines(paragraph, inner);
    const height = lineHeight(BODY_SIZE);
    for (const line of lines) {
      w.ensure(height);
      greyFill(w.doc, 150);
      w.doc.rect(LEFT, w.y - 0.5, 1.2, height + 0.5, 'F');
      w.font(BODY_SIZE);
      w.doc.text(line, LEFT + 6, w.y, { baseline: 'top' });
      w.y += height;
    }
    w.y += 2;
  }
  if (block.credit) w.text(block.credit, { size: 9, style: 'italic', indent: 6, grey: SOFT_INK });
  w.y += 3;
}

function blocks(w: Writer, list: readonly ReportBlock<Chart>[]): void {
  for (const block of list) {
    switch (block.type) {
      case 'paragraph':
        if (block.variant === 'lead') w.text(block.text, { size: 12, after: 3 });
        else if (block.variant === 'note')
          w.text(block.text, { size: 9, style: 'italic', grey: SOFT_INK });
        else w.text(block.text);
        break;
      case 'subheading':
        w.y += block.level === 3 ? 3 : 1;
        w.text(block.text, {
          size: block.level === 3 ? 13 : 11,
          style: 'bold',
          after: 2,
          keepWithNext: 15,
        });
        break;
      case 'bullets':
        bullets(
          w,
          block.items.map((i) => i.text),
        );
        break;
      case 'table':
        table(w, block);
        break;
      case 'chart':
        chart(w, block.chart);
        break;
      case 'rating':
        rating(w, block);
        break;
      case 'example':
        example(w, block);
        break;
      case 'recommendations':
        for (const group of block.groups) {
          w.text(group.lead, { style: 'bold', after: 2, keepWithNext: 10 });
          bullets(
            w,
            group.items.map((i) => i.text),
          );
        }
        break;
      case 'definitions':
        for (const item of block.items) {
          w.text(item.term, { style: 'bold', after: 0.5, keepWithNext: 8 });
          for (const p of item.definition.split(/\n\s*\n/)) w.text(p, { indent: 6, after: 1.5 });
          w.y += 1.5;
        }
        break;
    }
  }
}

function titlePage(w: Writer, document: ReportDocument<Chart>): void {
  const { doc } = w;
  const page = document.titlePage;
  greyFill(doc, 45);
  doc.rect(0, 0, PAGE_WIDTH, 14, 'F');
  w.y = 55;
  w.font(26, 'bold');
  for (const line of w.lines(page.title, WIDTH)) {
    doc.text(line, LEFT, w.y, { baseline: 'top' });
    w.y += lineHeight(26);
  }
  w.y += 6;
  w.text(page.kind, { size: 14, grey: 60, after: 10 });
  if (page.organisations.length > 0) {
    for (const org of page.organisations) w.text(org, { size: 12, style: 'bold', after: 1.5 });
    w.y += 6;
  }
  w.text(page.date, { size: 14, after: 8 });
  if (page.notice) {
    boxed(
      w,
      (measure) => {
        w.font(10, 'bold');
        const lines = w.lines(page.notice!, WIDTH - 10);
        if (!measure) {
          lines.forEach((l, i) => {
            doc.text(l, LEFT + 5, w.y + i * lineHeight(10), { baseline: 'top' });
          });
        }
        return lines.length * lineHeight(10);
      },
      { fill: 235, rule: true },
    );
  }
  w.y = PAGE_HEIGHT - BOTTOM - 18;
  w.text(page.framework, { size: 9, grey: SOFT_INK, after: 1 });
  w.text(
    'Made with Case Audit. Figures are shown with their bases: 38% (23/60) is 23 of 60 cases.',
    {
      size: 8,
      grey: SOFT_INK,
    },
  );
}

/** Contents with page numbers and links, on the pages kept for them. */
function contents(
  w: Writer,
  document: ReportDocument<Chart>,
  starts: readonly number[],
  firstPage: number,
): void {
  const { doc } = w;
  let page = firstPage;
  doc.setPage(page);
  w.y = TOP;
  w.font(20, 'bold');
  doc.text('Contents', LEFT, w.y, { baseline: 'top' });
  w.y += 14;
  let onPage = 0;
  document.chapters.forEach((chapter, i) => {
    if (onPage >= CONTENTS_LINES_PER_PAGE) {
      page++;
      doc.setPage(page);
      w.y = TOP;
      onPage = 0;
    }
    const target = starts[i]!;
    const label = pdfText(chapterHeading(chapter));
    w.font(
      11,
      chapter.number === null || chapter.number.startsWith('Appendix') ? 'normal' : 'bold',
    );
    const text = w.lines(label, WIDTH - 20)[0] ?? label;
    doc.text(text, LEFT, w.y, { baseline: 'top' });
    w.font(11);
    doc.text(String(target), LEFT + WIDTH, w.y, { baseline: 'top', align: 'right' });
    greyDraw(doc, 200);
    doc.setLineWidth(0.15);
    doc.line(LEFT, w.y + 6.2, LEFT + WIDTH, w.y + 6.2);
    doc.link(LEFT, w.y - 1, WIDTH, 7, { pageNumber: target });
    w.y += 8;
    onPage++;
  });
}

function headerAndFooter(w: Writer, document: ReportDocument<Chart>): void {
  const { doc } = w;
  const pages = doc.getNumberOfPages();
  const header = w.lines(document.runningHeader, WIDTH)[0] ?? '';
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    if (page > 1) {
      w.font(8, 'normal', SOFT_INK);
      doc.text(header, LEFT, 12, { baseline: 'top' });
      greyDraw(doc, 170);
      doc.setLineWidth(0.2);
      doc.line(LEFT, 16.5, LEFT + WIDTH, 16.5);
    }
    w.font(8, 'normal', SOFT_INK);
    doc.text(`Page ${page} of ${pages}`, PAGE_WIDTH / 2, PAGE_HEIGHT - 12, {
      baseline: 'top',
      align: 'center',
    });
  }
}

/**
 * Draws the report. `onProgress` hears after each chapter. Returns the PDF's bytes and its
 * number of pages.
 */
export function renderReportPdf(
  document: ReportDocument<Chart>,
  libs: PdfLibraries,
  onProgress: (progress: PdfProgress) => void = () => {},
): { bytes: ArrayBuffer; pages: number } {
  const doc = new libs.jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  const w = new Writer(doc, libs);
  doc.setProperties({
    title: pdfText(document.meta.title),
    subject: pdfText(document.meta.subject),
    author: pdfText(document.meta.author),
    keywords: pdfText(document.meta.keywords),
    creator: 'Case Audit',
  });
  doc.setLanguage(document.meta.language as Parameters<Doc['setLanguage']>[0]);
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
  titlePage(w, document);
  // Pages kept for the contents, filled in once every chapter's first page is known.
  const contentsPages = Math.max(1, Math.ceil(document.chapters.length / CONTENTS_LINES_PER_PAGE));
  const contentsFirst = 2;
  for (let i = 0; i < contentsPages; i++) w.newPage();
  const total = document.chapters.length + 1;
  const starts: number[] = [];
  document.chapters.forEach((chapter, i) => {
    w.newPage();
    starts.push(doc.getNumberOfPages());
    doc.outline.add(null, pdfText(chapterHeading(chapter)), { pageNumber: doc.getNumberOfPages() });
    chapterTitle(w, chapter);
    blocks(w, chapter.blocks);
    onProgress({ done: i + 1, total });
  });
  contents(w, document, starts, contentsFirst);
  headerAndFooter(w, document);
  onProgress({ done: total, total });
  return { bytes: doc.output('arraybuffer'), pages: doc.getNumberOfPages() };
}
