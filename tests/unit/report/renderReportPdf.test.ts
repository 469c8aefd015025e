import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { emptyReportDraft } from '../../../src/core';
import { pdfText } from '../../../src/report/pdf/pdfText';
import { renderReportPdf } from '../../../src/report/pdf/renderReportPdf';
import { makeReportDocument } from '../../../src/report/reportModel';
import { lacExample, lacFramework } from '../../fixtures/reportFixture';

async function pdfPages(
  bytes: ArrayBuffer,
): Promise<{ pages: string[]; info: Record<string, unknown> }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const meta = await pdf.getMetadata();
  return { pages, info: meta.info as Record<string, unknown> };
}

describe('the report PDF', () => {
  it('is selectable text with a title page, contents, running header, page numbers and properties', async () => {
    const framework = lacFramework();
    const example = lacExample(framework);
    const draft = emptyReportDraft();
    draft.summary = 'Work with these children was “often” poor – and sometimes good.';
    draft.foreword = 'This foreword is two lines long in print and should not take a page.';
    const document = makeReportDocument(
      { inspection: example.inspection, framework, cases: example.cases, draft },
      { completeOnly: false, date: '2026-11-22' },
    );
    const progress: number[] = [];
    const { bytes, pages } = renderReportPdf(document, { jsPDF, autoTable }, (p) =>
      progress.push(p.done),
    );
    const read = await pdfPages(bytes);
    expect(read.pages).toHaveLength(pages);
    expect(read.pages[0]).toContain('November 2026');
    // The cover carries no page number; the pages after it do, counting it.
    expect(read.pages[0]).not.toMatch(/Page \d+ of/);
    expect(read.pages[1]).toContain(`Page 2 of ${pages}`);
    expect(read.pages[1]).toContain('Contents');
    expect(read.pages[2]).toContain(example.inspection.title);
    const all = read.pages.join('\n');
    // The front matter flows: the summary goes on on the page after the foreword ends, and
    // the first numbered chapter starts a page of its own.
    const forewordPage = read.pages.findIndex((p) => p.includes('should not take a page'));
    expect(forewordPage).toBeGreaterThan(1);
    expect(read.pages[forewordPage]).toContain('Summary');
    expect(read.pages[forewordPage]).toContain('Work with these children');
    expect(all).toContain('“often” poor – and');
    expect(all).toContain('The sample was 60 cases in 6 areas');
    expect(all).toMatch(/\d+% \(\d+\/60\)/);
    // Key findings not chosen: the preview's placeholder is not printed, nor any in its place.
    expect(document.chapters.some((c) => c.blocks.some((b) => b.type === 'placeholder'))).toBe(
      true,
    );
    expect(all).not.toContain('No key findings chosen');
    expect(all).not.toContain('Key findings');
    expect(read.info).toMatchObject({
      Title: example.inspection.title,
      Language: 'en-GB',
      Creator: 'Case Audit',
    });
    expect(progress.at(-1)).toBe(document.chapters.length + 1);
  });

  it('draws the two-way tables the lead chose: a table per question with bases and †', async () => {
    const framework = lacFramework();
    const example = lacExample(framework);
    const document = makeReportDocument(
      {
        inspection: example.inspection,
        framework,
        cases: example.cases,
        draft: emptyReportDraft(),
      },
      { completeOnly: false, date: '2026-11-22', twoWay: ['area', 'stratum'] },
    );
    const { bytes } = renderReportPdf(document, { jsPDF, autoTable }, () => undefined);
    const all = (await pdfPages(bytes)).pages.join('\n');
    expect(all).toContain('Findings by area and stratum');
    expect(all).toMatch(/Area\s+Host cases \(30\)\s+Home cases \(30\)\s+All/);
    expect(all).toMatch(/Blackpool \(10\)\s+40% \(2\/5\) †\s+60% \(3\/5\) †\s+50% \(5\/10\)/);
  });

  it('maps text to what the standard fonts can show', () => {
    expect(pdfText('“38%” – ≥ 5 − 2 → Zoë Łukasz ✓')).toBe('“38%” – >= 5 - 2 -> Zoë Lukasz yes');
  });
});
