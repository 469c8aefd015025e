/**
 * The chapter of published figures drawn by every renderer: the report model takes the published
 * figures with the inspection, and the PDF, the HTML and the Word file all carry the chapter's
 * table — a worked row (alloc-prompt: 37 of 60 allocated promptly here and in the report) and the
 * method under it.
 */
import { readFileSync } from 'node:fs';
import * as docx from 'docx';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { emptyReportDraft, loadBenchmarkSet } from '../../../src/core';
import { renderReportDocx } from '../../../src/report/docx/renderReportDocx';
import { renderReportHtml } from '../../../src/report/html/renderReportHtml';
import { renderReportPdf } from '../../../src/report/pdf/renderReportPdf';
import { makeReportDocument } from '../../../src/report/reportModel';
import { lacExample, lacFramework } from '../../fixtures/reportFixture';

const framework = lacFramework();
const example = lacExample(framework);
const loaded = loadBenchmarkSet(
  readFileSync('audit-frameworks/hmip-lac-placed-away-2012/benchmarks-1.0.1.json', 'utf8'),
  framework,
);
if (loaded.status !== 'ok') throw new Error('the shipped benchmarks do not read');

const document = makeReportDocument(
  {
    inspection: { ...example.inspection, kind: 'self-audit' },
    framework,
    cases: example.cases,
    draft: emptyReportDraft(),
    benchmarks: loaded.value,
  },
  { completeOnly: false, date: '2026-11-22' },
);

const WORKED = '62% (37/60), the other side of the report’s “38%”';

async function pdfTextOf(bytes: ArrayBuffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n');
}

describe('the published figures in every rendering', () => {
  it('are a chapter of a self-audit’s report document', () => {
    expect(document.chapters.map((c) => c.title)).toContain(
      'Our figures beside the published ones',
    );
  });

  it('are in the HTML', () => {
    const html = renderReportHtml(document);
    expect(html).toContain('Our figures beside the published ones');
    expect(html).toContain(WORKED);
  });

  it('are in the PDF', async () => {
    const { bytes } = renderReportPdf(document, { jsPDF, autoTable });
    const text = (await pdfTextOf(bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Our figures beside the published ones');
    expect(text).toContain('paragraph 3.4');
  });

  it('are in the Word file', async () => {
    const bytes = await renderReportDocx(document, docx, {});
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/&amp;/g, '&');
    expect(xml).toContain('Our figures beside the published ones');
    expect(xml).toContain('More than chance?');
  });
});
