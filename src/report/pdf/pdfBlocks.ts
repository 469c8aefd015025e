/** The report's blocks in the PDF: headings, paragraphs, bullets, tables, charts, ratings, boxed examples, definitions. */
import {
  chapterHeading,
  numberedCaption,
  type ReportBlock,
  type ReportChapter,
  type ReportTable,
} from '../../core';
import type { Chart } from '../charts/chartModel';
import { chart } from './pdfChart';
import {
  BODY_SIZE,
  BOTTOM,
  type Doc,
  greyDraw,
  greyFill,
  INK,
  LEFT,
  lineHeight,
  RIGHT,
  SOFT_INK,
  TOP,
  WIDTH,
  type Writer,
} from './pdfWriter';

export function chapterTitle(w: Writer, chapter: ReportChapter<Chart>): void {
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
  w.text(numberedCaption(block), {
    size: 10,
    style: 'bold',
    after: 1.5,
    keepWithNext: 18,
  });
  if (block.number !== undefined) w.pageOf.set(block.number, w.page);
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
    head: [block.head.map((text) => w.clean(text))],
    body: block.rows.map((row) => row.map((text) => w.clean(text))),
    theme: 'grid',
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    styles: {
      font: w.family,
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
export function boxed(
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

export function blocks(w: Writer, list: readonly ReportBlock<Chart>[]): void {
  for (const block of list) {
    switch (block.type) {
      case 'paragraph':
        if (block.variant === 'lead')
          w.text(block.text, { size: 12, after: 3, number: block.number });
        else if (block.variant === 'note')
          w.text(block.text, { size: 9, style: 'italic', grey: SOFT_INK, number: block.number });
        else w.text(block.text, { number: block.number });
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
        chart(w, block);
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
      case 'placeholder':
        // A gap the lead has still to fill, shown in the preview: never printed.
        break;
    }
  }
}
