/**
 * A template's look in the Word file, read back with jszip: numbered paragraphs with their number
 * hanging before a tab, numbered tables and figures captioned in the Caption style and bookmarked,
 * the lists of tables and figures after the contents linked to them, and the logo on the cover
 * as a picture with its text alternative — with Word's heading styles as before.
 */
import * as docx from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ChartPictureMaker } from '../../../../src/report/docx/chartPicture';
import { renderReportDocx } from '../../../../src/report/docx/renderReportDocx';
import type { ReportChartDocument } from '../../../../src/report/reportModel';
import { everyBlockDocument } from '../html/everyBlockDocument';
import { LOGO_PNG, styledDocument } from '../html/styledDocument';

const PNG = Uint8Array.from(atob(LOGO_PNG), (c) => c.charCodeAt(0));
const pictures: ChartPictureMaker = async () => ({ png: PNG, width: 640, height: 102 });

async function wordFile(document: ReportChartDocument, withPictures = true) {
  const zip = await JSZip.loadAsync(
    await renderReportDocx(document, docx, withPictures ? { pictures } : {}),
  );
  const xml = await zip.file('word/document.xml')!.async('string');
  return { zip, xml, paragraphs: xml.match(/<w:p[ >].*?<\/w:p>/g) ?? [] };
}

const fromXml = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** A paragraph's text as Word shows it, a tab as "\t". */
function textOf(paragraph: string): string {
  const pieces = paragraph.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:tab\/>/g) ?? [];
  return fromXml(pieces.map((t) => (t === '<w:tab/>' ? '\t' : t.replace(/<[^>]+>/g, ''))).join(''));
}

const styled = (paragraph: string, style: string) =>
  paragraph.includes(`<w:pStyle w:val="${style}"/>`);

describe('a template’s look in the Word file', () => {
  it('prints a numbered paragraph’s number, a tab, then its text, the number hanging', async () => {
    const { paragraphs } = await wordFile(styledDocument());
    const numbered = paragraphs.filter((p) => /^\d+\.\d+\t/.test(textOf(p)));
    expect(numbered.map(textOf)).toEqual([
      '1.1\tMost moves were planned.',
      '1.2\tSchools were told late & <often> not at all.',
    ]);
    for (const p of numbered) expect(p).toContain('<w:ind w:left="680" w:hanging="680"/>');
  });

  it('captions a numbered table "Table 1: …" in the Caption style above it, bookmarked', async () => {
    const { xml, paragraphs } = await wordFile(styledDocument());
    const caption = paragraphs.find((p) => textOf(p) === 'Table 1: Cases by year')!;
    expect(styled(caption, 'Caption')).toBe(true);
    expect(caption).toContain('<w:bookmarkStart w:name="Table_1"');
    expect(xml.indexOf(caption) + caption.length).toBe(
      xml.indexOf('<w:tbl>', xml.indexOf(caption)),
    );
  });

  it('captions each chart under its picture "Figure 1: …" in the Caption style', async () => {
    const { paragraphs } = await wordFile(styledDocument());
    for (const n of [1, 2]) {
      const at = paragraphs.findIndex((p) => textOf(p) === `Figure ${n}: Figures: Planning`);
      expect(styled(paragraphs[at]!, 'Caption')).toBe(true);
      expect(paragraphs[at]).toContain(`<w:bookmarkStart w:name="Figure_${n}"`);
      // Under the picture, or under its note when it has one.
      const above = paragraphs.slice(at - 2, at).join('');
      expect(above).toContain('<w:drawing>');
    }
  });

  it('captions a chart under its figures where no picture can be drawn, and unnumbered as it is', async () => {
    const { xml, paragraphs } = await wordFile(everyBlockDocument(), false);
    expect(xml).not.toContain('<w:drawing>');
    const captions = paragraphs.filter((p) => textOf(p) === 'Figures: Planning');
    expect(captions).toHaveLength(2);
    for (const caption of captions) {
      expect(styled(caption, 'Caption')).toBe(true);
      const at = xml.indexOf(caption);
      // After the chart's table of figures (and its note).
      expect(xml.lastIndexOf('</w:tbl>', at)).toBeGreaterThan(xml.lastIndexOf('<w:tbl>', at));
      expect(xml.slice(xml.lastIndexOf('</w:tbl>', at), at)).not.toContain('Caption');
    }
    expect(xml).not.toContain('List of tables');
    expect(xml).not.toMatch(/<w:bookmarkStart w:name="(Table|Figure)_/);
  });

  it('lists the tables and figures after the contents, each line linked to its caption with its page', async () => {
    const { xml, paragraphs } = await wordFile(styledDocument());
    const texts = paragraphs.map(textOf);
    const tables = texts.indexOf('List of tables');
    const figures = texts.indexOf('List of figures');
    expect(tables).toBeGreaterThan(
      texts.findIndex((t) => t.startsWith('The contents are a field')),
    );
    expect(texts.slice(tables, figures + 3)).toEqual([
      'List of tables',
      'Table 1: Cases by year\t',
      'List of figures',
      'Figure 1: Figures: Planning\t',
      'Figure 2: Figures: Planning\t',
    ]);
    // Not headings, as "Contents" is not: the contents would list them.
    expect(paragraphs[tables]).not.toContain('<w:pStyle');
    expect(xml.indexOf('List of figures')).toBeLessThan(xml.indexOf('Heading1'));
    for (const entry of paragraphs
      .slice(tables + 1, figures + 3)
      .filter((p) => p.includes('<w:hyperlink'))) {
      const anchor = entry.match(/w:anchor="([^"]+)"/)![1]!;
      expect(xml).toContain(`<w:bookmarkStart w:name="${anchor}"`);
      expect(entry).toContain(`PAGEREF ${anchor} \\h`);
    }
  });

  it('puts the logo at the top of the cover as a picture with its text alternative, fitted within 60 × 25 mm', async () => {
    const { zip, paragraphs } = await wordFile(styledDocument(), false);
    expect(Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(1);
    const cover = paragraphs[0]!;
    expect(cover).toContain('<w:drawing>');
    expect(cover).toMatch(/<wp:docPr [^>]*descr="Northshire Council"/);
    expect(cover).toMatch(/<wp:docPr [^>]*title="Northshire Council"/);
    // A square logo as high as the box allows: 94 pixels (25 mm), 9,525 EMU each.
    expect(cover).toContain('<wp:extent cx="895350" cy="895350"/>');
    expect(styled(paragraphs[1]!, 'Title')).toBe(true);
  });

  it('keeps Word’s heading styles: chapters in Heading 1, subheadings in Heading 2 and 3', async () => {
    const { paragraphs } = await wordFile(styledDocument());
    const styleOf = (style: string) => paragraphs.filter((p) => styled(p, style)).map(textOf);
    expect(styleOf('Heading1')).toEqual([
      'Summary',
      '1. Moves',
      'Recommendations',
      'Appendix 1: Glossary',
    ]);
    expect(styleOf('Heading2')).toEqual(['Planning']);
    expect(styleOf('Heading3')).toEqual(['Key findings', 'Before the move']);
  });
});
