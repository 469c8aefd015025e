/** The report PDF of the synthetic 4,723-case YJB extraction carries its research tables. */
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { yjbExtraction } from '../../../scripts/datasets/researchExtractionFile';
import { emptyReportDraft } from '../../../src/core';
import { renderReportPdf } from '../../../src/report/pdf/renderReportPdf';
import { makeReportDocument } from '../../../src/report/reportModel';

async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n');
}

describe('the research extraction’s report PDF', () => {
  it('has the research tables: recording by area, coded answers by area and the score grid', async () => {
    const { framework, inspection, cases } = yjbExtraction();
    const document = makeReportDocument(
      { inspection, framework, cases, draft: emptyReportDraft() },
      { completeOnly: true, date: '2010-03-31' },
    );
    const { bytes } = renderReportPdf(document, { jsPDF, autoTable }, () => undefined);
    const text = await pdfText(bytes);
    expect(text).toContain('Research tables');
    expect(text).toContain('Recording of “Any Children');
    expect(text).toContain('Type of disposal');
    expect(text).toContain('The 12 core elements of Asset: scores');
  }, 60_000);
});
