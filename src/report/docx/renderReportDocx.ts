/**
 * The report document (core's `buildReport`) as a Word file (.docx) that a publications team
 * finishes in their own template: Word's built-in styles throughout (Title, Heading 1 for each
 * chapter, Heading 2 and 3 under it, Caption, a bullet list numbering), a title page, a table of
 * contents field that Word brings up to date when the file is opened, the inspection's title as
 * a running header and "Page x of y" at the foot, tables as Word tables, charts as pictures with
 * their figures as alternative text, and the document's properties (title, subject, author,
 * keywords, language). The cover carries the lead's logo; the numbered tables and figures are
 * listed after the contents, each line linked to its caption with its page number (a field).
 *
 * The docx library is passed in: callers load it with `import()` only when a Word report is made.
 */
import type * as Docx from 'docx';
import { chapterHeading, numberedCaption, type ReportWords } from '../../core';
import type { Chart } from '../charts/chartModel';
import { coverLogoSize } from '../coverLogo';
import { type ReportChartDocument, wordsOf } from '../reportModel';
import type { ChartPicture, ChartPictureMaker } from './chartPicture';
import { BULLETS, block, bookmarkOf, type DocxLibrary, runs, TEXT_WIDTH } from './docxBlocks';

export type { DocxLibrary };

export type DocxOptions = {
  /** Draws the charts; absent or null: each chart's figures are given as a table. */
  readonly pictures?: ChartPictureMaker | null;
  /** False: no contents or lists (a short paper, such as a committee paper). */
  readonly contents?: boolean;
  /** Hears after each chapter is laid out. */
  readonly onProgress?: (progress: { done: number; total: number }) => void;
};

/** Said under the contents, since until the field is updated it shows no page numbers. */
export const CONTENTS_NOTE =
  'The contents are a field that Word fills in from the headings: if Word asks to update the ' +
  'fields when the document opens, answer Yes; otherwise right-click the contents and choose ' +
  'Update Field.';

const SOFT = '595959';
const CM = 567;

type CoverLogo = NonNullable<ReportChartDocument['titlePage']['logo']>;

/** The lead's logo at the top of the cover, fitted within 60 × 25 mm, its text alternative as the picture's. */
function logo(d: DocxLibrary, image: CoverLogo): Docx.Paragraph {
  const alt = image.alt;
  return new d.Paragraph({
    children: [
      new d.ImageRun({
        type: image.mediaType === 'image/png' ? 'png' : 'jpg',
        data: Uint8Array.from(atob(image.data), (c) => c.charCodeAt(0)),
        transformation: coverLogoSize(image),
        altText: { name: alt, title: alt, description: alt },
      }),
    ],
  });
}

function titlePage(d: DocxLibrary, document: ReportChartDocument): Docx.Paragraph[] {
  const page = document.titlePage;
  const gap = (after: number) => ({ spacing: { after } });
  return [
    ...(page.logo ? [logo(d, page.logo)] : []),
    new d.Paragraph({
      spacing: { before: 2400, after: 240 },
      heading: d.HeadingLevel.TITLE,
      children: runs(d, page.title),
    }),
    new d.Paragraph({ ...gap(480), children: runs(d, page.kind, { size: 28, color: '3C3C3C' }) }),
    ...page.organisations.map(
      (org) => new d.Paragraph({ ...gap(60), children: runs(d, org, { bold: true, size: 24 }) }),
    ),
    new d.Paragraph({
      spacing: { before: 360, after: 480 },
      children: runs(d, page.date, { size: 28 }),
    }),
    ...(page.notice
      ? [
          new d.Paragraph({
            ...gap(480),
            shading: { type: d.ShadingType.CLEAR, fill: 'EBEBEB', color: 'auto' },
            border: { left: { style: d.BorderStyle.SINGLE, size: 24, color: '6E6E6E', space: 8 } },
            children: runs(d, page.notice, { bold: true }),
          }),
        ]
      : []),
    new d.Paragraph({
      spacing: { before: 1200, after: 60 },
      children: runs(d, page.framework, { size: 18, color: SOFT }),
    }),
    new d.Paragraph({
      children: [
        ...runs(d, wordsOf(document).madeWith, { size: 16, color: SOFT }),
        new d.PageBreak(),
      ],
    }),
  ];
}

/** "Contents", "List of tables": not headings, or the contents would list themselves. */
function contentsTitle(d: DocxLibrary, text: string, before = 0): Docx.Paragraph {
  return new d.Paragraph({
    spacing: { before, after: 240 },
    keepNext: true,
    children: runs(d, text, { bold: true, size: 40 }),
  });
}

function contents(d: DocxLibrary, title: string): (Docx.Paragraph | Docx.TableOfContents)[] {
  return [
    contentsTitle(d, title),
    new d.TableOfContents(title, { hyperlink: true, headingStyleRange: '1-3' }),
    new d.Paragraph({
      spacing: { before: 240 },
      children: runs(d, CONTENTS_NOTE, { italics: true, size: 18, color: SOFT }),
    }),
  ];
}

/**
 * "List of tables" or "List of figures": a line each, "Table 3: caption", linked to the caption,
 * then its page number (a field, filled in with the contents when Word updates the fields).
 */
function list(
  d: DocxLibrary,
  title: string,
  entries: ReportChartDocument['lists']['tables'],
): Docx.Paragraph[] {
  if (entries.length === 0) return [];
  const lines = entries.map((entry) => {
    const anchor = bookmarkOf(entry.number);
    return new d.Paragraph({
      tabStops: [{ type: d.TabStopType.RIGHT, position: TEXT_WIDTH, leader: d.LeaderType.DOT }],
      children: [
        new d.InternalHyperlink({ anchor, children: runs(d, numberedCaption(entry)) }),
        new d.TextRun({ children: [new d.Tab()] }),
        new d.PageReference(anchor, { hyperlink: true }),
      ],
    });
  });
  return [contentsTitle(d, title, 480), ...lines];
}

function runningHeader(d: DocxLibrary, text: string): Docx.Header {
  return new d.Header({
    children: [
      new d.Paragraph({
        border: { bottom: { style: d.BorderStyle.SINGLE, size: 4, color: 'AAAAAA', space: 4 } },
        children: runs(d, text, { size: 16, color: SOFT }),
      }),
    ],
  });
}

function pageFooter(d: DocxLibrary, words: ReportWords): Docx.Footer {
  // "Page {page} of {pages}": the words around Word's page fields, in the report's language.
  const [before = '', rest = ''] = words.pageOf.split('{page}');
  const [middle = '', after = ''] = rest.split('{pages}');
  return new d.Footer({
    children: [
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        children: [
          new d.TextRun({
            size: 16,
            color: SOFT,
            children: [
              before,
              d.PageNumber.CURRENT,
              middle,
              d.PageNumber.TOTAL_PAGES,
              after,
            ].filter((part) => part !== ''),
          }),
        ],
      }),
    ],
  });
}

async function chartPictures(
  document: ReportChartDocument,
  make: ChartPictureMaker | null,
): Promise<Map<Chart, ChartPicture | null>> {
  const pictures = new Map<Chart, ChartPicture | null>();
  if (!make) return pictures;
  for (const chapter of document.chapters) {
    for (const b of chapter.blocks)
      if (b.type === 'chart') pictures.set(b.chart, await make(b.chart));
  }
  return pictures;
}

function styles(language: string): Docx.IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font: 'Arial', size, bold: true, color: '1A1A1A' },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: 'Arial', size: 22, language: { value: language } },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: { run: { font: 'Arial', size: 52, bold: true, color: '1A1A1A' } },
      heading1: heading(40, 0),
      heading2: heading(30, 280),
      heading3: heading(24, 200),
      caption: {
        run: { font: 'Arial', size: 20, bold: true, color: '1A1A1A' },
        paragraph: { spacing: { before: 120, after: 80 } },
      },
    },
  };
}

function numbering(d: DocxLibrary): Docx.INumberingOptions {
  return {
    config: [
      {
        reference: BULLETS,
        levels: [
          {
            level: 0,
            format: d.LevelFormat.BULLET,
            text: '•',
            alignment: d.AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 567, hanging: 340 } } },
          },
        ],
      },
    ],
  };
}

/** One edition's title page, contents and chapters, as a section of the file. */
async function editionSection(
  document: ReportChartDocument,
  d: DocxLibrary,
  options: DocxOptions,
  withContents: boolean,
  chapterDone: () => void,
): Promise<Docx.ISectionOptions> {
  const pictures = await chartPictures(document, options.pictures ?? null);
  const words = wordsOf(document);
  const body: Docx.FileChild[] = [
    ...titlePage(d, document),
    ...(!withContents
      ? []
      : [
          ...contents(d, words.contents),
          ...list(d, words.listOfTables, document.lists.tables),
          ...list(d, words.listOfFigures, document.lists.figures),
        ]),
  ];
  document.chapters.forEach((chapter, i) => {
    // As in the PDF: front matter after front matter goes on on the same page.
    const before = document.chapters[i - 1];
    const flowsOn = before !== undefined && before.number === null && chapter.number === null;
    // Without contents the title page's own break starts the first chapter's page.
    const afterCover = i === 0 && !withContents;
    body.push(
      new d.Paragraph({
        heading: d.HeadingLevel.HEADING_1,
        pageBreakBefore: !flowsOn && !afterCover,
        children: runs(d, chapterHeading(chapter)),
      }),
    );
    for (const b of chapter.blocks) body.push(...block(d, b, pictures));
    chapterDone();
  });
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: 11906, height: 16838 },
        margin: {
          top: 2 * CM,
          bottom: 2 * CM,
          left: 2 * CM,
          right: 2 * CM,
          header: CM,
          footer: CM,
        },
      },
    },
    // The title page has a header and footer of its own: empty.
    headers: {
      default: runningHeader(d, document.runningHeader),
      first: new d.Header({ children: [] }),
    },
    footers: { default: pageFooter(d, words), first: new d.Footer({ children: [] }) },
    children: body,
  };
}

/**
 * Lays the report out as a Word document and packs it. Returns the .docx file's bytes. Given
 * several documents (a bilingual report: the Welsh, then the English), each is a section of its
 * own, cover and all; Word's contents, which lists every heading in the file, opens the first.
 */
export async function renderReportDocx(
  documents: ReportChartDocument | readonly ReportChartDocument[],
  d: DocxLibrary,
  options: DocxOptions = {},
): Promise<ArrayBuffer> {
  const editions: readonly ReportChartDocument[] = Array.isArray(documents)
    ? documents
    : [documents as ReportChartDocument];
  const document = editions[0]!;
  const total = editions.reduce((n, e) => n + e.chapters.length, 0) + 1;
  let done = 0;
  const sections: Docx.ISectionOptions[] = [];
  for (const [i, edition] of editions.entries()) {
    sections.push(
      await editionSection(edition, d, options, i === 0 && options.contents !== false, () =>
        options.onProgress?.({ done: ++done, total }),
      ),
    );
  }
  const file = new d.Document({
    title: document.meta.title,
    subject: document.meta.subject,
    creator: document.meta.author,
    lastModifiedBy: document.meta.author,
    keywords: document.meta.keywords,
    description: 'Made with Case Audit',
    features: { updateFields: true },
    styles: styles(document.meta.language),
    numbering: numbering(d),
    sections,
  });
  const bytes = await d.Packer.toArrayBuffer(file);
  options.onProgress?.({ done: total, total });
  return bytes;
}
