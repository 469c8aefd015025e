/**
 * The report document (core's `buildReport`) as an A4 PDF, drawn with jsPDF primitives and
 * jspdf-autotable: a title page with the user's logo; contents, and lists of the numbered tables
 * and figures, with page numbers (filled in after the chapters are laid out, onto pages kept for
 * them); every chapter from a new page; the inspection's title
 * at the top of each page and "Page x of y" at the foot; selectable text in Helvetica (a
 * standard PDF font: nothing fetched, every string mapped to the characters it holds); tables
 * of `% (n/base)`; horizontal bar charts from the shared chart model in greys and patterns that
 * survive greyscale printing; document properties (title, author, subject, language).
 *
 * The libraries are passed in: callers load them with `import()` only when a report is made.
 */
import { chapterHeading, type ReportDocument } from '../../core';
import type { Chart } from '../charts/chartModel';
import { COVER_LOGO_BOX_MM, coverLogoMm } from '../coverLogo';
import { pageOfText, wordsOf } from '../reportModel';
import { blocks, boxed, chapterTitle } from './pdfBlocks';
import { drawFront, planFront } from './pdfContents';
import { pdfText } from './pdfText';
import type { PdfLibraries, PdfProgress } from './pdfWriter';
import {
  BOTTOM,
  type Doc,
  greyDraw,
  greyFill,
  LEFT,
  lineHeight,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  SOFT_INK,
  WIDTH,
  Writer,
} from './pdfWriter';

export type { PdfLibraries, PdfProgress };

type ReportLogo = NonNullable<ReportDocument<Chart>['titlePage']['logo']>;

/** Under the cover's band, above the title. */
const LOGO_TOP = 22;

/**
 * The logo at the top of the cover. An image the PDF library cannot read (a damaged file that
 * passed the draft's checks) gives way to its text alternative, rather than losing the report.
 */
function drawLogo(w: Writer, logo: ReportLogo): void {
  const size = coverLogoMm(logo);
  try {
    w.doc.addImage(
      logo.data,
      logo.mediaType === 'image/png' ? 'PNG' : 'JPEG',
      LEFT,
      LOGO_TOP,
      size.width,
      size.height,
    );
  } catch {
    w.font(12, 'bold');
    w.doc.text(w.lines(logo.alt, COVER_LOGO_BOX_MM.width)[0] ?? '', LEFT, LOGO_TOP, {
      baseline: 'top',
    });
  }
}

function titlePage(w: Writer, document: ReportDocument<Chart>): void {
  const { doc } = w;
  const page = document.titlePage;
  greyFill(doc, 45);
  doc.rect(0, 0, PAGE_WIDTH, 14, 'F');
  if (page.logo) drawLogo(w, page.logo);
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
  w.text(wordsOf(document).madeWith, { size: 8, grey: SOFT_INK });
}

/** The pages one edition of the report takes: its cover is `first`. */
type EditionPages = {
  readonly document: ReportDocument<Chart>;
  readonly first: number;
  readonly last: number;
};

function headerAndFooter(w: Writer, editions: readonly EditionPages[]): void {
  const { doc } = w;
  const pages = doc.getNumberOfPages();
  for (const { document, first, last } of editions) {
    const header = w.lines(document.runningHeader, WIDTH)[0] ?? '';
    const words = wordsOf(document);
    // The cover carries neither: it is counted, as a printed report's cover is.
    for (let page = first + 1; page <= last; page++) {
      doc.setPage(page);
      w.font(8, 'normal', SOFT_INK);
      doc.text(header, LEFT, 12, { baseline: 'top' });
      greyDraw(doc, 170);
      doc.setLineWidth(0.2);
      doc.line(LEFT, 16.5, LEFT + WIDTH, 16.5);
      w.font(8, 'normal', SOFT_INK);
      doc.text(w.clean(pageOfText(words, page, pages)), PAGE_WIDTH / 2, PAGE_HEIGHT - 12, {
        baseline: 'top',
        align: 'center',
      });
    }
  }
}

/** Front matter after front matter goes on on the same page; anything else starts a page. */
function flowsOn(
  before: ReportDocument<Chart>['chapters'][number] | undefined,
  chapter: ReportDocument<Chart>['chapters'][number],
): boolean {
  return before !== undefined && before.number === null && chapter.number === null;
}

/** `contents: false`: no contents page (a short paper, such as a committee paper). */
export type PdfOptions = { readonly contents?: boolean };

/** Draws one edition from its cover (on the current page) to its last chapter. */
function drawEdition(
  w: Writer,
  document: ReportDocument<Chart>,
  options: PdfOptions,
  chapterDone: () => void,
): EditionPages {
  const { doc } = w;
  const first = doc.getNumberOfPages();
  titlePage(w, document);
  // Pages kept for the contents and lists, filled in once every page they name is known.
  const front = options.contents === false ? null : planFront(w, document);
  const contentsFirst = first + 1;
  for (let i = 0; i < (front?.pages ?? 0); i++) w.newPage();
  const starts: number[] = [];
  document.chapters.forEach((chapter, i) => {
    if (flowsOn(document.chapters[i - 1], chapter)) {
      // A heading never sits alone at the foot of a page.
      w.y += 10;
      w.ensure(lineHeight(20) * 2 + 7 + lineHeight(11) * 3);
    } else w.newPage();
    starts.push(doc.getNumberOfPages());
    doc.outline.add(null, w.clean(chapterHeading(chapter)), { pageNumber: doc.getNumberOfPages() });
    chapterTitle(w, chapter);
    blocks(w, chapter.blocks);
    chapterDone();
  });
  const last = doc.getNumberOfPages();
  if (front) drawFront(w, document, front, starts, contentsFirst);
  return { document, first, last };
}

/**
 * Draws the report. `onProgress` hears after each chapter. Returns the PDF's bytes and its
 * number of pages. Given several documents (a bilingual report: the Welsh, then the English),
 * each is drawn in turn, cover and all, in one file.
 */
export function renderReportPdf(
  documents: ReportDocument<Chart> | readonly ReportDocument<Chart>[],
  libs: PdfLibraries,
  onProgress: (progress: PdfProgress) => void = () => {},
  options: PdfOptions = {},
): { bytes: ArrayBuffer; pages: number } {
  const editions: readonly ReportDocument<Chart>[] = Array.isArray(documents)
    ? documents
    : [documents as ReportDocument<Chart>];
  const document = editions[0]!;
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
  const total = editions.reduce((n, e) => n + e.chapters.length, 0) + 1;
  let done = 0;
  const pages = editions.map((e, i) => {
    if (i > 0) w.newPage();
    return drawEdition(w, e, options, () => onProgress({ done: ++done, total }));
  });
  headerAndFooter(w, pages);
  onProgress({ done: total, total });
  return { bytes: doc.output('arraybuffer'), pages: doc.getNumberOfPages() };
}
