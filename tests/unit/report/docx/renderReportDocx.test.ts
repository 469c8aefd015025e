/**
 * The report as a Word file, read back with jszip: Word's heading styles, a contents field,
 * tables with a repeating header row, charts as pictures with alternative text (or their figures
 * as a table), the same figures as the document model, and the document's properties.
 */
import * as docx from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { emptyReportDraft } from '../../../../src/core';
import type { ProportionChart } from '../../../../src/report/charts/chartModel';
import { chartText } from '../../../../src/report/charts/findingsCharts';
import type { ChartPictureMaker } from '../../../../src/report/docx/chartPicture';
import { CONTENTS_NOTE, renderReportDocx } from '../../../../src/report/docx/renderReportDocx';
import { makeReportDocument, type ReportChartDocument } from '../../../../src/report/reportModel';
import { lacExample, lacFramework } from '../../../fixtures/reportFixture';

/** A 1×1 PNG: what a picture maker gives, in the smallest form. */
const PIXEL = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
const pictures: ChartPictureMaker = async () => ({ png: PIXEL, width: 640, height: 102 });

function lacReport(): ReportChartDocument {
  const framework = lacFramework();
  const example = lacExample(framework);
  return makeReportDocument(
    { inspection: example.inspection, framework, cases: example.cases, draft: emptyReportDraft() },
    { completeOnly: false, date: '2026-11-22' },
  );
}

async function unzip(bytes: ArrayBuffer): Promise<(name: string) => Promise<string>> {
  const zip = await JSZip.loadAsync(bytes);
  return async (name) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is not in the file`);
    return file.async('string');
  };
}

const fromXml = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each paragraph, as Word shows it. */
function paragraphs(xml: string): string[] {
  return (xml.match(/<w:p[ >].*?<\/w:p>/g) ?? []).map((p) =>
    fromXml(
      (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? [])
        .map((t) => t.replace(/<[^>]+>/g, ''))
        .join(''),
    ),
  );
}

describe('the report as a Word file', () => {
  const document = lacReport();

  it('has chapters in Heading 1, subheadings in Heading 2, a contents field Word updates, and styles for Heading 1–3', async () => {
    const progress: number[] = [];
    const read = await unzip(
      await renderReportDocx(document, docx, { onProgress: (p) => progress.push(p.done) }),
    );
    const xml = await read('word/document.xml');
    const styleOf = (style: string) =>
      (xml.match(/<w:p[ >].*?<\/w:p>/g) ?? [])
        .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
        .flatMap(paragraphs);
    expect(styleOf('Heading1')).toEqual(
      document.chapters.map((c) =>
        c.number === null ? c.title : expect.stringContaining(c.title),
      ),
    );
    expect(styleOf('Heading2')).toContain('The sample');
    expect(styleOf('Title')).toEqual([document.titlePage.title]);
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;/);
    expect(paragraphs(xml)).toContain(CONTENTS_NOTE);
    expect(await read('word/settings.xml')).toContain('<w:updateFields/>');
    const styles = await read('word/styles.xml');
    for (const n of [1, 2, 3]) {
      expect(styles).toContain(`w:styleId="Heading${n}"><w:name w:val="Heading ${n}"/>`);
    }
    expect(styles).toContain('w:styleId="Caption"');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="en-GB"\/>/);
    expect(progress.at(-1)).toBe(document.chapters.length + 1);
  });

  it('writes every table as a table with a repeating header row, with the model’s own figures', async () => {
    const xml = await (await unzip(await renderReportDocx(document, docx)))('word/document.xml');
    const tables = document.chapters.flatMap((c) => c.blocks.filter((b) => b.type === 'table'));
    expect(tables.length).toBeGreaterThan(0);
    expect(xml.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(tables.length);
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBeGreaterThanOrEqual(tables.length);
    const text = new Set(paragraphs(xml));
    const figures = tables.flatMap((t) => t.rows.flat()).filter((c) => /\d+% \(\d+\/\d+\)/.test(c));
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) expect(text).toContain(figure);
    for (const t of tables)
      expect(text).toContain(t.number ? `${t.number}: ${t.caption}` : t.caption);
  });

  it('gives each chart as a picture with its figures as alternative text', async () => {
    const read = await unzip(await renderReportDocx(document, docx, { pictures }));
    const xml = await read('word/document.xml');
    const charts = document.chapters.flatMap((c) =>
      c.blocks.flatMap((b) => (b.type === 'chart' ? [b.chart] : [])),
    );
    expect(charts.length).toBeGreaterThan(0);
    const descriptions = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) =>
      fromXml(m[1]!),
    );
    expect(descriptions).toEqual(charts.map(chartText));
    expect(descriptions[0]).toMatch(/\d+% \(\d+\/\d+\)/);
    expect(paragraphs(xml)).toContain(`Chart: ${charts[0]!.title}`);
  });

  it('gives a chart’s figures as a table where no picture can be drawn', async () => {
    const xml = await (await unzip(await renderReportDocx(document, docx)))('word/document.xml');
    const chart = document.chapters
      .flatMap((c) => c.blocks)
      .find(
        (b): b is { type: 'chart'; chart: ProportionChart; caption: string } =>
          b.type === 'chart' && b.chart.kind === 'proportions',
      )!.chart;
    expect(xml).not.toContain('<w:drawing>');
    const text = paragraphs(xml);
    expect(text).toContain(`Chart: ${chart.title}`);
    expect(text).toContain('Bar');
    for (const bar of chart.bars) expect(text).toContain(bar.figure);
  });

  it('puts the document’s properties, the running header and the page numbers in their places', async () => {
    const read = await unzip(await renderReportDocx(document, docx));
    const core = fromXml(await read('docProps/core.xml'));
    expect(core).toContain(`<dc:title>${document.meta.title}</dc:title>`);
    expect(core).toContain(`<dc:subject>${document.meta.subject}</dc:subject>`);
    expect(core).toContain(`<dc:creator>${document.meta.author}</dc:creator>`);
    expect(core).toContain(`<cp:keywords>${document.meta.keywords}</cp:keywords>`);
    const xml = await read('word/document.xml');
    expect(xml).toContain('<w:titlePg/>');
    const headers = await Promise.all([read('word/header1.xml'), read('word/header2.xml')]);
    expect(headers.map((h) => paragraphs(h).join(''))).toEqual(
      expect.arrayContaining([document.runningHeader, '']),
    );
    const footers = (await Promise.all([read('word/footer1.xml'), read('word/footer2.xml')])).join(
      '',
    );
    expect(footers).toMatch(/PAGE.*NUMPAGES/);
  });
});

describe('the Word file’s blocks', () => {
  const small: ReportChartDocument = {
    meta: { title: 'T', subject: 'S', author: 'A', keywords: 'k', language: 'en-GB' },
    titlePage: {
      title: 'T',
      kind: 'A self-audit',
      organisations: ['Council'],
      date: 'November 2026',
      framework: 'Framework: F, version 1.0.0',
      notice: 'Example data',
      logo: null,
    },
    lists: { tables: [], figures: [] },
    runningHeader: 'T',
    warnings: [],
    chapters: [
      { id: 'foreword', number: null, title: 'Foreword', blocks: [] },
      {
        id: 'summary',
        number: null,
        title: 'Summary',
        blocks: [{ type: 'placeholder', text: 'No key findings chosen for this chapter.' }],
      },
      {
        id: 'one',
        number: '1',
        title: 'Work',
        blocks: [
          { type: 'subheading', level: 3, text: 'Planning' },
          { type: 'subheading', level: 4, text: 'Reviews' },
          { type: 'paragraph', text: 'First line\nsecond line\u0007.' },
          { type: 'bullets', items: [{ text: 'A point', warnings: [] }] },
          {
            type: 'table',
            caption: 'Cases by area',
            head: ['Area', 'Cases'],
            rows: [['Area A', '10']],
            numeric: [false, true],
          },
          { type: 'rating', title: 'Standard 0', rating: 'Poor', lines: [], overridden: false },
          {
            type: 'rating',
            title: 'Standard 1',
            rating: 'Good',
            lines: ['Rule: most cases'],
            overridden: true,
          },
          {
            type: 'example',
            label: 'Case example: school',
            text: 'One.\n\nTwo.',
            credit: 'Credited to: Team A',
            warnings: [],
          },
          {
            type: 'recommendations',
            groups: [
              { lead: 'Councils should ensure that:', items: [{ text: 'plans', warnings: [] }] },
            ],
          },
          { type: 'definitions', items: [{ term: 'Base', definition: 'The cases counted.' }] },
        ],
      },
    ],
  };

  it('maps the model’s subheadings to Heading 2 and 3, and sets ratings and examples apart', async () => {
    const read = await unzip(await renderReportDocx(small, docx));
    const xml = await read('word/document.xml');
    const text = paragraphs(xml);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>.*Planning/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading3"\/>.*Reviews/);
    expect(xml).toContain(
      'First line</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">second line.</w:t>',
    );
    expect(xml).not.toContain('\u0007');
    expect(text).toEqual(
      expect.arrayContaining([
        'Example data',
        '1. Work',
        'A point',
        'Rating: Standard 1',
        'Good (overridden by the lead inspector)',
        'Case example: school',
        'One.',
        'Two.',
        'Credited to: Team A',
        'Councils should ensure that:',
        'plans',
        'Base',
        'The cases counted.',
      ]),
    );
    // Front matter after front matter goes on on the same page, as in the PDF.
    const headings = xml.match(/<w:p><w:pPr><w:pStyle w:val="Heading1"\/>.*?<\/w:p>/g) ?? [];
    expect(headings.map((h) => [paragraphs(h)[0], h.includes('<w:pageBreakBefore/>')])).toEqual([
      ['Foreword', true],
      ['Summary', false],
      ['1. Work', true],
    ]);
    expect(xml).not.toContain('No key findings chosen');
    // Word would join two tables that touch: a table and a box, or two boxes.
    expect(xml.match(/<w:tbl>/g)).toHaveLength(4);
    expect(xml).not.toMatch(/<\/w:tbl><w:tbl>/);
    // Bullets and recommendations on the one bullet numbering.
    expect(xml.match(/<w:numPr>/g)).toHaveLength(2);
    expect(await read('word/numbering.xml')).toContain('<w:numFmt w:val="bullet"/>');
  });
});
