/**
 * The report's blocks as Word content, in Word's own styles so a publications team can restyle
 * it in their template: subheadings as Heading 2 and 3, captions in the Caption style, lists on
 * one bullet numbering, tables as tables whose header row repeats on every page, ratings and
 * examples set apart in one-cell boxes, charts as pictures with their figures as alternative
 * text (or, with no picture, the figures as a table) and their caption under them. Numbered
 * paragraphs hang their number ("3.2", a tab, the text); a numbered table's or figure's caption
 * ("Table 3: …") is bookmarked for the lists of tables and figures.
 */
import type * as Docx from 'docx';
import { numberedCaption, type ReportBlock, type ReportTable } from '../../core';
import type { Chart } from '../charts/chartModel';
import { chartWords } from '../charts/findingsCharts';
import type { ChartPicture } from './chartPicture';

/** The docx library, loaded by the caller with `import()` only when a Word report is made. */
export type DocxLibrary = typeof Docx;
type Child = Docx.Paragraph | Docx.Table;
type Block = ReportBlock<Chart>;

/** The numbering every bulleted list uses. */
export const BULLETS = 'report-bullets';
/** The width of the page's text in twentieths of a point: A4 less 2 cm margins. */
export const TEXT_WIDTH = 9638;
const SOFT = '595959';
const RULE = '7F7F7F';

/**
 * Characters XML 1.0 cannot hold (controls other than tab and line breaks): a Word file with one
 * does not open, so they are left out.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

type RunStyle = { bold?: boolean; italics?: boolean; size?: number; color?: string };

/** Text as runs, a line break for each new line in it. */
export function runs(d: DocxLibrary, text: string, style: RunStyle = {}): Docx.TextRun[] {
  return text
    .replace(NOT_XML, '')
    .split(/\r?\n/)
    .map((line, i) => new d.TextRun({ text: line, ...style, ...(i > 0 ? { break: 1 } : {}) }));
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The bookmark a numbered table or figure's caption carries: "Table 3" → `Table_3`. */
export function bookmarkOf(number: string): string {
  return number.replace(/[^A-Za-z0-9]+/g, '_');
}

/** A caption in Word's Caption style; a numbered one bookmarked, for its line in the lists. */
function caption(
  d: DocxLibrary,
  item: { number?: string; caption: string },
  keepNext = true,
): Docx.Paragraph {
  const text = runs(d, numberedCaption(item));
  return new d.Paragraph({
    style: 'Caption',
    ...(keepNext ? { keepNext } : {}),
    children: item.number
      ? [new d.Bookmark({ id: bookmarkOf(item.number), children: text })]
      : text,
  });
}

function note(d: DocxLibrary, text: string, keepNext = false): Docx.Paragraph {
  return new d.Paragraph({
    ...(keepNext ? { keepNext } : {}),
    children: runs(d, text, { italics: true, size: 18, color: SOFT }),
  });
}

function cell(
  d: DocxLibrary,
  text: string,
  options: { right: boolean; bold: boolean; size: number },
): Docx.TableCell {
  const { right, bold, size } = options;
  return new d.TableCell({
    children: [
      new d.Paragraph({
        alignment: right ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
        spacing: { before: 40, after: 40 },
        children: runs(d, text, bold ? { bold, size } : { size }),
      }),
    ],
    ...(bold ? { shading: { type: d.ShadingType.CLEAR, fill: 'E1E1E1', color: 'auto' } } : {}),
  });
}

/** A table of figures: its caption, a header row repeated on every page, its note. */
export function table(
  d: DocxLibrary,
  block: Pick<ReportTable, 'number' | 'caption' | 'head' | 'rows' | 'numeric' | 'widths' | 'note'>,
): Child[] {
  const shares = block.head.map((_, i) => block.widths?.[i] ?? 1);
  const total = shares.reduce((a, b) => a + b, 0);
  // Wide tables (a column per area) in a smaller size, so figures stay on one line, as in the PDF.
  const size = block.head.length > 4 ? 15 : 17;
  const at = (i: number, bold: boolean) => ({ right: block.numeric[i] ?? false, bold, size });
  const head = new d.TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.head.map((h, i) => cell(d, h, at(i, true))),
  });
  const rows = block.rows.map(
    (row) =>
      new d.TableRow({
        cantSplit: true,
        children: row.map((c, i) => cell(d, c, at(i, false))),
      }),
  );
  return [
    caption(d, block),
    new d.Table({
      rows: [head, ...rows],
      width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
      columnWidths: shares.map((s) => Math.round((s / total) * TEXT_WIDTH)),
    }),
    ...(block.note ? [note(d, block.note)] : []),
  ];
}

/** Keeps a box apart from what follows (Word joins two tables that touch), and gives it room. */
const spacer = (d: DocxLibrary) => new d.Paragraph({});

/** Something set apart: a one-cell table, shaded, with a rule down its left edge. */
function box(d: DocxLibrary, children: Docx.Paragraph[]): Docx.Table {
  const none = { style: d.BorderStyle.NONE, size: 0, color: 'auto' };
  return new d.Table({
    width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    rows: [
      new d.TableRow({
        children: [
          new d.TableCell({
            children,
            shading: { type: d.ShadingType.CLEAR, fill: 'F0F0F0', color: 'auto' },
            margins: { top: 120, bottom: 120, left: 200, right: 200 },
            borders: {
              top: none,
              bottom: none,
              right: none,
              left: { style: d.BorderStyle.SINGLE, size: 24, color: RULE },
            },
          }),
        ],
      }),
    ],
  });
}

function rating(d: DocxLibrary, block: Extract<Block, { type: 'rating' }>): Child[] {
  const overridden = block.overridden ? ' (overridden by the lead inspector)' : '';
  return [
    // Outside the box, as an example's label is: a box never follows a table directly.
    new d.Paragraph({
      keepNext: true,
      children: runs(d, `Rating: ${block.title}`, { bold: true }),
    }),
    box(d, [
      new d.Paragraph({
        keepNext: true,
        children: runs(d, `${block.rating}${overridden}`, { bold: true, size: 26 }),
      }),
      ...block.lines.map((line) => new d.Paragraph({ children: runs(d, line, { size: 18 }) })),
    ]),
    spacer(d),
  ];
}

function example(d: DocxLibrary, block: Extract<Block, { type: 'example' }>): Child[] {
  const text = paragraphsOf(block.text).map(
    (p) => new d.Paragraph({ children: runs(d, p.replace(/\s*\n\s*/g, ' ')) }),
  );
  const credit = block.credit
    ? [
        new d.Paragraph({
          children: runs(d, block.credit, { italics: true, size: 18, color: SOFT }),
        }),
      ]
    : [];
  return [
    new d.Paragraph({ keepNext: true, children: runs(d, block.label, { bold: true }) }),
    box(d, [...text, ...credit]),
    spacer(d),
  ];
}

function bullets(d: DocxLibrary, items: readonly { readonly text: string }[]): Docx.Paragraph[] {
  return items.map(
    (item) =>
      new d.Paragraph({
        numbering: { reference: BULLETS, level: 0 },
        children: runs(d, item.text),
      }),
  );
}

/** A chart's figures as a table, where no picture of it can be drawn. */
function chartFigures(d: DocxLibrary, c: Chart): Child[] {
  const words = chartWords(c);
  const common = { caption: words.heading, ...(c.note ? { note: c.note } : {}) };
  if (c.kind === 'proportions') {
    return table(d, {
      ...common,
      head: [words.bar, words.figure],
      rows: c.bars.map((b) => [b.label, b.figure]),
      numeric: [false, true],
      widths: [3, 1],
    });
  }
  return table(d, {
    ...common,
    head: [words.bar, ...c.legend.map((l) => l.label), words.base],
    rows: c.bars.map((b) => [
      b.label,
      ...c.legend.map((l) => {
        const s = b.segments.find((seg) => seg.label === l.label);
        return s ? `${Math.round(s.percent)}% (${s.count})` : '';
      }),
      b.baseText,
    ]),
    numeric: [false, ...c.legend.map(() => true), true],
  });
}

/**
 * A chart: its title, then its picture with the figures as alternative text (or the figures as
 * a table), then its caption ("Figure 2: …") under it, kept on the picture's page.
 */
function chart(
  d: DocxLibrary,
  b: Extract<Block, { type: 'chart' }>,
  picture: ChartPicture | null,
): Child[] {
  const c = b.chart;
  const under = caption(d, b, false);
  if (!picture) return [...chartFigures(d, c), under];
  const words = chartWords(c);
  const title = words.heading;
  const image = new d.ImageRun({
    type: 'png',
    data: picture.png,
    transformation: { width: picture.width, height: picture.height },
    altText: { name: title, title, description: words.description },
  });
  return [
    // The title in bold, not the Caption style: a table of figures built over Word's captions
    // then lists the chart once, by its numbered caption under it.
    new d.Paragraph({ keepNext: true, children: runs(d, title, { bold: true }) }),
    new d.Paragraph({ keepNext: true, children: [image] }),
    ...(c.note ? [note(d, c.note, true)] : []),
    under,
  ];
}

function recommendations(
  d: DocxLibrary,
  block: Extract<Block, { type: 'recommendations' }>,
): Child[] {
  return block.groups.flatMap((group) => [
    new d.Paragraph({ keepNext: true, children: runs(d, group.lead, { bold: true }) }),
    ...bullets(d, group.items),
  ]);
}

function definitions(d: DocxLibrary, block: Extract<Block, { type: 'definitions' }>): Child[] {
  return block.items.flatMap((item) => [
    new d.Paragraph({ keepNext: true, children: runs(d, item.term, { bold: true }) }),
    ...paragraphsOf(item.definition).map(
      (p) => new d.Paragraph({ indent: { left: 340 }, children: runs(d, p) }),
    ),
  ]);
}

/** Where a numbered paragraph's text starts: its number hangs to the left of it. */
const HANGING = 680;

/**
 * A paragraph block, a Word paragraph for each of the lead's; a numbered one as HMIP numbers
 * theirs: "3.2", a tab, then the text, hanging, and any further paragraph aligned with the text.
 */
function paragraph(d: DocxLibrary, b: Extract<Block, { type: 'paragraph' }>): Docx.Paragraph[] {
  const style: RunStyle =
    b.variant === 'lead'
      ? { size: 26 }
      : b.variant === 'note'
        ? { italics: true, size: 18, color: SOFT }
        : {};
  const number = b.number;
  if (!number)
    return paragraphsOf(b.text).map((p) => new d.Paragraph({ children: runs(d, p, style) }));
  return paragraphsOf(b.text).map(
    (p, i) =>
      new d.Paragraph({
        indent: i === 0 ? { left: HANGING, hanging: HANGING } : { left: HANGING },
        tabStops: [{ type: d.TabStopType.LEFT, position: HANGING }],
        children: [
          ...(i === 0 ? [new d.TextRun({ ...style, children: [number, new d.Tab()] })] : []),
          ...runs(d, p, style),
        ],
      }),
  );
}

/**
 * One block as Word content. `pictures` holds each chart's picture, made beforehand (pictures
 * are drawn asynchronously, the document is not).
 */
export function block(
  d: DocxLibrary,
  b: Block,
  pictures: ReadonlyMap<Chart, ChartPicture | null>,
): Child[] {
  switch (b.type) {
    case 'paragraph':
      return paragraph(d, b);
    case 'subheading':
      // The model's level 3 sits under the chapter (Heading 1): Heading 2; its level 4, Heading 3.
      return [
        new d.Paragraph({
          heading: b.level === 3 ? d.HeadingLevel.HEADING_2 : d.HeadingLevel.HEADING_3,
          children: runs(d, b.text),
        }),
      ];
    case 'bullets':
      return bullets(d, b.items);
    case 'table':
      return table(d, b);
    case 'chart':
      return chart(d, b, pictures.get(b.chart) ?? null);
    case 'rating':
      return rating(d, b);
    case 'example':
      return example(d, b);
    case 'recommendations':
      return recommendations(d, b);
    case 'definitions':
      return definitions(d, b);
    case 'placeholder':
      // A gap the lead has still to fill: shown in the preview, never published.
      return [];
  }
}
