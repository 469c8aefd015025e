/**
 * The news release as an A4 PDF, drawn with the report's page and blocks (pdfWriter.ts,
 * pdfBlocks.ts): the masthead (who issues it, the date, the embargo line, the headline), then the
 * release's body (core's newsReleaseBlocks). Meant to fit one page; a long release flows on and
 * then numbers its pages. The libraries are passed in, as for the report.
 */
import { type NewsReleaseDocument, newsReleaseBlocks } from '../../core';
import { blocks } from './pdfBlocks';
import { pdfText } from './pdfText';
import {
  type Doc,
  greyDraw,
  INK,
  LEFT,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  type PdfLibraries,
  SOFT_INK,
  WIDTH,
  Writer,
} from './pdfWriter';

function masthead(w: Writer, release: NewsReleaseDocument): void {
  w.text('News release', { size: 20, style: 'bold', after: 2 });
  if (release.from) w.text(release.from, { size: 11, style: 'bold', after: 1 });
  if (release.date) w.text(release.date, { size: 11, after: 2 });
  greyDraw(w.doc, INK);
  w.doc.setLineWidth(0.6);
  w.doc.line(LEFT, w.y, LEFT + WIDTH, w.y);
  w.y += 5;
  if (release.embargo) w.text(release.embargo, { size: 10.5, style: 'bold', after: 4 });
  if (release.headline) w.text(release.headline, { size: 14, style: 'bold', after: 4 });
}

function pageNumbers(w: Writer): void {
  const pages = w.doc.getNumberOfPages();
  if (pages === 1) return;
  for (let page = 1; page <= pages; page++) {
    w.doc.setPage(page);
    w.font(8, 'normal', SOFT_INK);
    w.doc.text(`Page ${page} of ${pages}`, PAGE_WIDTH / 2, PAGE_HEIGHT - 12, {
      baseline: 'top',
      align: 'center',
    });
  }
}

export function renderReleasePdf(
  release: NewsReleaseDocument,
  libs: PdfLibraries,
): { bytes: ArrayBuffer; pages: number } {
  const doc = new libs.jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  const w = new Writer(doc, libs);
  doc.setProperties({
    title: pdfText(release.meta.title),
    author: pdfText(release.meta.author),
    subject: 'News release',
    creator: 'Case Audit',
  });
  doc.setLanguage(release.meta.language as Parameters<Doc['setLanguage']>[0]);
  masthead(w, release);
  blocks(w, newsReleaseBlocks(release));
  pageNumbers(w);
  return { bytes: doc.output('arraybuffer'), pages: doc.getNumberOfPages() };
}
