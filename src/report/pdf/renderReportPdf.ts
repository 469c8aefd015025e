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
import { chapterHeading, type ReportDocument } from '../../core';
import type { Chart } from '../charts/chartModel';
import { MADE_WITH } from '../reportModel';
import { blocks, boxed, chapterTitle } from './pdfBlocks';
import { pdfText } from './pdfText';
import type { PdfLibraries, PdfProgress } from './pdfWriter';
import {
  BOTTOM,
  CONTENTS_LINES_PER_PAGE,
  type Doc,
  greyDraw,
  greyFill,
  LEFT,
  lineHeight,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  SOFT_INK,
  TOP,
  WIDTH,
  Writer,
} from './pdfWriter';

export type { PdfLibraries, PdfProgress };

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
  w.text(MADE_WITH, { size: 8, grey: SOFT_INK });
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
  // The cover carries neither: it is counted, as a printed report's cover is.
  for (let page = 2; page <= pages; page++) {
    doc.setPage(page);
    w.font(8, 'normal', SOFT_INK);
    doc.text(header, LEFT, 12, { baseline: 'top' });
    greyDraw(doc, 170);
    doc.setLineWidth(0.2);
    doc.line(LEFT, 16.5, LEFT + WIDTH, 16.5);
    w.font(8, 'normal', SOFT_INK);
    doc.text(`Page ${page} of ${pages}`, PAGE_WIDTH / 2, PAGE_HEIGHT - 12, {
      baseline: 'top',
      align: 'center',
    });
  }
}

/** Front matter after front matter goes on on the same page; anything else starts a page. */
function flowsOn(
  before: ReportDocument<Chart>['chapters'][number] | undefined,
  chapter: ReportDocument<Chart>['chapters'][number],
): boolean {
  return before !== undefined && before.number === null && chapter.number === null;
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
    if (flowsOn(document.chapters[i - 1], chapter)) {
      // A heading never sits alone at the foot of a page.
      w.y += 10;
      w.ensure(lineHeight(20) * 2 + 7 + lineHeight(11) * 3);
    } else w.newPage();
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
