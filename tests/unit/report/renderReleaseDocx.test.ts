/**
 * The news release as a Word file, read back with jszip: the PDF release's words in the PDF's
 * order, the headline as Heading 1, the findings as a bulleted list and the notes to editors as
 * a numbered one, and every figure the PDF prints.
 */
import * as docx from 'docx';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { emptyNewsRelease, emptyReportDraft, type NewsReleaseDocument } from '../../../src/core';
import { renderReleaseDocx } from '../../../src/report/docx/renderReleaseDocx';
import { renderReleasePdf } from '../../../src/report/pdf/renderReleasePdf';
import { makeNewsRelease } from '../../../src/report/releaseModel';
import { figuresIn, pdfPages, wordDocument } from '../../cli/reportFiles';
import { lacExample, lacFramework } from '../../fixtures/reportFixture';

function release(): NewsReleaseDocument {
  const framework = lacFramework();
  const example = lacExample(framework);
  const draft = emptyReportDraft();
  draft.keyFindings = [
    { id: 'k1', text: 'in 38% (23/60) of cases plans were late;', source: null },
    {
      id: 'k2',
      text: 'information-sharing needed to improve (12% (7/60) shared well).',
      source: null,
    },
  ];
  draft.release = {
    ...emptyNewsRelease(),
    issuedOn: '2012-12-17',
    embargoDate: '2012-12-18',
    embargoTime: '00:01',
    headline: 'Looked after children: moves can hamper rehabilitation',
    opening: 'Children placed away from home fared badly: 45% (27/60) had moved twice.',
    quoteBy: 'Chief Inspector of Probation, A. Example',
    quote: 'They need both protection and help.',
    contact: 'For further information, please contact the press office.',
    notes: 'A copy of the full report can be found on the website.',
  };
  return makeNewsRelease(
    { inspection: example.inspection, framework, cases: example.cases, draft },
    true,
  );
}

/** The paragraph elements of document.xml, each with its text. */
function paragraphElements(xml: string): { xml: string; text: string }[] {
  return (xml.match(/<w:p[ >].*?<\/w:p>/g) ?? []).map((p) => ({
    xml: p,
    text: (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? [])
      .map((t) => t.replace(/<[^>]+>/g, ''))
      .join(''),
  }));
}

describe('the news release as a Word file', () => {
  const made = release();

  it('says what the PDF says, in the same order, with the same figures', async () => {
    const word = await wordDocument(new Uint8Array(await renderReleaseDocx(made, docx)));
    const { bytes } = renderReleasePdf(made, { jsPDF, autoTable });
    const [pdf] = await pdfPages(new Uint8Array(bytes));
    const text = word.paragraphs.join('\n');
    const inWord = figuresIn(text);
    expect([...inWord].sort()).toEqual(['12% (7/60)', '38% (23/60)', '45% (27/60)']);
    expect([...figuresIn(pdf!)].sort()).toEqual([...inWord].sort());
    const order = [
      'News release',
      '17 December 2012',
      'EMBARGOED: NOT FOR USE UNTIL 00:01, TUESDAY, 18 DECEMBER 2012',
      'LOOKED AFTER CHILDREN: MOVES CAN HAMPER REHABILITATION',
      'Children placed away from home fared badly',
      'Inspectors found that:',
      'in 38% (23/60) of cases plans were late;',
      'Chief Inspector of Probation, A. Example, said:',
      '“They need both protection and help.”',
      '- Ends -',
      'For further information, please contact the press office.',
      'Notes to editors',
      'Inspectors visited six areas and assessed 60 cases',
      'A copy of the full report',
    ];
    const at = order.map((part) => text.indexOf(part));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('sets the headline as Heading 1, the findings as bullets, the notes as a numbered list', async () => {
    const bytes = await renderReleaseDocx(made, docx);
    const { xml } = await wordDocument(new Uint8Array(bytes));
    const paragraphs = paragraphElements(xml);
    const styleOf = (start: string) =>
      paragraphs.find((p) => p.text.startsWith(start))?.xml.match(/w:pStyle w:val="(\w+)"/)?.[1];
    expect(styleOf('LOOKED AFTER CHILDREN')).toBe('Heading1');
    expect(styleOf('Notes to editors')).toBe('Heading2');
    const numbered = (start: string) =>
      paragraphs.find((p) => p.text.startsWith(start))?.xml.match(/<w:numId w:val="(\d+)"\/>/)?.[1];
    const finding = numbered('in 38% (23/60)');
    const note = numbered('Inspectors visited');
    expect(finding).toBeDefined();
    expect(note).toBeDefined();
    expect(numbered('A copy of the full report')).toBe(note);
    expect(finding).not.toBe(note);
    // Word numbers the notes itself: the text carries no "1. ".
    expect(paragraphs.some((p) => /^\d+\. /.test(p.text))).toBe(false);
    const zip = await JSZip.loadAsync(bytes);
    const numberingXml = await zip.file('word/numbering.xml')!.async('string');
    expect(numberingXml).toContain('<w:numFmt w:val="decimal"/>');
    expect(numberingXml).toContain('<w:numFmt w:val="bullet"/>');
  });

  it('carries the release’s title, author and language', async () => {
    const bytes = await renderReleaseDocx(made, docx);
    const zip = await JSZip.loadAsync(bytes);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain(
      '<dc:title>Looked after children: moves can hamper rehabilitation</dc:title>',
    );
    expect(core).toContain(`<dc:creator>${made.meta.author}</dc:creator>`);
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:val="en-GB"');
  });
});
