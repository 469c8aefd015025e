/**
 * The news release's PDF, read back with its text layer: one page, the masthead (embargo line,
 * headline in capitals), "Inspectors found that:" with the summary's chosen key findings, the
 * quote, "- Ends -", and the notes to editors, the first describing the sample from the cases.
 */
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { emptyNewsRelease, emptyReportDraft } from '../../../src/core';
import { renderReleasePdf } from '../../../src/report/pdf/renderReleasePdf';
import { makeNewsRelease } from '../../../src/report/releaseModel';
import { lacExample, lacFramework } from '../../fixtures/reportFixture';

async function pdfPages(bytes: ArrayBuffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}

describe('the news release PDF', () => {
  it('is one page in the inspectorate’s shape, its figures from the data', async () => {
    const framework = lacFramework();
    const example = lacExample(framework);
    const draft = emptyReportDraft();
    draft.keyFindings = [
      { id: 'k1', text: 'it was often hard to see why children were placed away;', source: null },
      { id: 'k2', text: 'information-sharing needed to improve.', source: null },
    ];
    draft.release = {
      ...emptyNewsRelease(),
      issuedOn: '2012-12-17',
      embargoDate: '2012-12-18',
      embargoTime: '00:01',
      headline: 'Looked after children and youth offending: moves can hamper rehabilitation',
      opening: 'Children in care placed away from home fared badly, said inspectors.',
      quoteBy: 'Chief Inspector of Probation, A. Example',
      quote: 'They need both protection and help.',
      contact: 'For further information, please contact the press office.',
      notes: 'A copy of the full report can be found on the inspectorate’s website.',
    };
    const release = makeNewsRelease(
      { inspection: example.inspection, framework, cases: example.cases, draft },
      true,
    );
    const { bytes, pages } = renderReleasePdf(release, { jsPDF, autoTable });
    expect(pages).toBe(1);
    const [text] = await pdfPages(bytes);
    for (const part of [
      'News release',
      '17 December 2012',
      'EMBARGOED: NOT FOR USE UNTIL 00:01, TUESDAY, 18 DECEMBER 2012',
      'LOOKED AFTER CHILDREN AND YOUTH OFFENDING',
      'Inspectors found that:',
      'information-sharing needed to improve.',
      'Chief Inspector of Probation, A. Example, said:',
      '- Ends -',
      'Notes to editors',
      '1. Inspectors visited six areas and assessed 60 cases, ten in each area',
      '2. A copy of the full report',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toMatch(/Page \d+ of/);
  });
});
