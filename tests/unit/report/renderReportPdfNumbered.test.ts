/**
 * The PDF in an inspectorate's look: numbered paragraphs with the number hanging before the
 * text, "Table 1: …" above tables and "Figure 1: …" under charts, lists of tables and figures
 * after the contents with the page each is on, and the logo on the cover (which still has no
 * page number).
 */
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Chart } from '../../../src/report/charts/chartModel';
import { coverLogoMm as logoSize } from '../../../src/report/coverLogo';
import { renderReportPdf } from '../../../src/report/pdf/renderReportPdf';
import type { ReportChartDocument } from '../../../src/report/reportModel';
import { numberedReportDocument, TWO_PIXEL_JPEG } from '../../fixtures/numberedReportDocument';

type ReadPage = { text: string; images: number };

async function readPdf(bytes: ArrayBuffer): Promise<ReadPage[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: ReadPage[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    const ops = await page.getOperatorList();
    pages.push({
      text: content.items.map((item) => ('str' in item ? item.str : '')).join(' '),
      images: ops.fnArray.filter((op) => op === OPS.paintImageXObject).length,
    });
  }
  return pages;
}

/** The first page (1-based) after the front pages whose text holds `text`. */
function pageHolding(pages: readonly ReadPage[], text: string, after: number): number {
  return pages.findIndex((p, i) => i >= after && p.text.includes(text)) + 1;
}

describe('the report PDF in an inspectorate’s look', () => {
  it('numbers paragraphs, tables and figures, lists them with their pages, and draws the logo', async () => {
    const { bytes, pages: count } = renderReportPdf(numberedReportDocument(), {
      jsPDF,
      autoTable,
    });
    const pages = await readPdf(bytes);
    expect(pages).toHaveLength(count);
    const all = pages.map((p) => p.text).join('\n');

    // The cover: the logo drawn, no page number; page 2 is the contents, with the lists after.
    expect(pages[0]!.images).toBe(1);
    expect(pages[0]!.text).not.toMatch(/Page \d+ of/);
    expect(pages[1]!.text).toMatch(/^.*Contents.*List of tables.*List of figures/s);
    expect(pages[1]!.text).toContain(`Page 2 of ${count}`);

    // Each number before its own paragraph's text.
    expect(all).toMatch(/1\.1\s+Moves were often late\./);
    expect(all).toMatch(/2\.2\s+Paragraph 2\.2 of the support chapter\./);
    expect(all).toMatch(/2\.30\s+Paragraph 2\.30 of the support chapter\./);

    // Captions: above the table, under the chart (after its last bar).
    expect(all).toContain('Table 1: Cases by year');
    expect(all).toContain('Table 2: Support by area');
    expect(all).toMatch(/Chart: Planning.*no applicable cases.*Figure 1: Figures: Planning/s);
    expect(all).toMatch(/Chart: Support.*Yes: 75% \(18\/24\).*Figure 3: Figures: Support/s);

    // Each list entry gives the page its table or figure is on, which for Table 2 is not the
    // first page of its chapter: thirty paragraphs come before it.
    const front = 2;
    const chapter2 = pageHolding(pages, '2. Support', front);
    const table2 = pageHolding(pages, 'Table 2: Support by area', front);
    expect(table2).toBeGreaterThan(chapter2);
    const listed = (entry: string) =>
      Number(pages[1]!.text.match(new RegExp(`${entry}\\s+(\\d+)`))?.[1]);
    expect(listed('2. Support')).toBe(chapter2);
    expect(listed('Table 1: Cases by year')).toBe(
      pageHolding(pages, 'Table 1: Cases by year', front),
    );
    expect(listed('Table 2: Support by area')).toBe(table2);
    expect(listed('Figure 1: Figures: Planning')).toBe(
      pageHolding(pages, 'Figure 1: Figures: Planning', front),
    );
    expect(listed('Figure 3: Figures: Support')).toBe(
      pageHolding(pages, 'Figure 3: Figures: Support', front),
    );
  });

  it('draws a JPEG logo as well as a PNG', async () => {
    const document = numberedReportDocument();
    const logo = {
      ...document.titlePage.logo!,
      mediaType: 'image/jpeg' as const,
      data: TWO_PIXEL_JPEG,
    };
    const { bytes } = renderReportPdf(
      { ...document, titlePage: { ...document.titlePage, logo } },
      { jsPDF, autoTable },
    );
    expect((await readPdf(bytes))[0]!.images).toBe(1);
  });

  it('keeps pages for contents and lists too long for one, and still gives the right pages', async () => {
    // 30 chapters and 30 figures: 30 + 30 entries of 8 mm cannot share one page.
    const base = numberedReportDocument();
    const chart: Chart = {
      kind: 'proportions',
      title: 'Support',
      bars: [
        {
          label: 'Was support offered?',
          percent: 75,
          figure: 'Yes: 75% (18/24)',
          smallBase: false,
        },
      ],
    };
    const chapters = Array.from({ length: 30 }, (_, i) => ({
      id: `section-${i + 1}`,
      number: String(i + 1),
      title: `Chapter ${i + 1}`,
      blocks: [
        {
          type: 'chart' as const,
          caption: `Figures: Chapter ${i + 1}`,
          number: `Figure ${i + 1}`,
          chart,
        },
      ],
    }));
    const document: ReportChartDocument = {
      ...base,
      lists: {
        tables: [],
        figures: chapters.map((c, i) => ({
          number: `Figure ${i + 1}`,
          caption: `Figures: Chapter ${i + 1}`,
          chapterId: c.id,
        })),
      },
      chapters,
    };
    const { bytes } = renderReportPdf(document, { jsPDF, autoTable });
    const pages = await readPdf(bytes);
    // The cover, then three pages of contents and lists; the first chapter on page 5.
    expect(pages[1]!.text).toContain('Contents');
    expect(pages[2]!.text).toContain('List of figures');
    expect(pages[3]!.text).toMatch(/Figure 30: Figures: Chapter 30\s+34/);
    expect(pages[4]!.text).toContain('1. Chapter 1');
    expect(pages[33]!.text).toContain('Figure 30: Figures: Chapter 30');
    expect(pages).toHaveLength(34);
  });

  it('puts the logo’s text alternative on the cover when the image cannot be read', async () => {
    const document = numberedReportDocument();
    // A PNG whose compressed pixels fail their checksum: its start is a PNG's, its body is not.
    const damaged =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAMAASsJTYQAAAAASUVORK5CYII=';
    const logo = { ...document.titlePage.logo!, data: damaged };
    const { bytes } = renderReportPdf(
      { ...document, titlePage: { ...document.titlePage, logo } },
      { jsPDF, autoTable },
    );
    const pages = await readPdf(bytes);
    expect(pages[0]!.images).toBe(0);
    expect(pages[0]!.text).toMatch(/^Northshire Council\s+Transitions & moves: a self-audit/);
  });

  it('draws the logo at its on-screen size, made smaller in proportion to fit 60 × 25 mm', () => {
    // 120 × 40 px at 96 per inch: 31.75 × 10.58 mm, which fits as it is.
    const small = logoSize({ width: 120, height: 40 });
    expect(small.width).toBeCloseTo(31.75, 2);
    expect(small.height).toBeCloseTo(10.58, 2);
    // 600 × 100 px: 158.75 × 26.46 mm, too wide; a 60 mm width makes it 10 mm high.
    const wide = logoSize({ width: 600, height: 100 });
    expect([wide.width, wide.height].map((n) => Number(n.toFixed(6)))).toEqual([60, 10]);
    // 200 × 200 px: 52.92 mm square, too high; 25 mm square.
    const square = logoSize({ width: 200, height: 200 });
    expect([square.width, square.height].map((n) => Number(n.toFixed(6)))).toEqual([25, 25]);
  });
});
