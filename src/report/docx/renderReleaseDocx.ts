/**
 * The news release as a Word file (.docx), for a press office that sends it from its own
 * template: the same words in the same order as the PDF release (renderReleasePdf.ts) — who
 * issues it and when, the embargo line, the headline (Heading 1), the opening, "Inspectors found
 * that:" with the findings as a bulleted list, the quote and who said it, "- Ends -", the
 * contact, then "Notes to editors" (Heading 2) as a numbered list — in Word's own styles. One
 * A4 page in the usual case, so no header or page numbers.
 *
 * The docx library is passed in: callers load it with `import()` only when a Word file is made.
 */
import type * as Docx from 'docx';
import { type NewsReleaseDocument, newsReleaseBlocks } from '../../core';
import { BULLETS, block, type DocxLibrary, runs } from './docxBlocks';

/** The numbering of the notes to editors: "1.", "2.", … */
const NOTES = 'release-notes';
const CM = 567;
const NO_CHARTS = new Map();

function masthead(d: DocxLibrary, release: NewsReleaseDocument): Docx.Paragraph[] {
  const line = (text: string, bold: boolean, after = 60) =>
    new d.Paragraph({ spacing: { after }, children: runs(d, text, { bold }) });
  return [
    // Not a heading: the headline is the release's first heading.
    new d.Paragraph({
      spacing: { after: 120 },
      children: runs(d, 'News release', { bold: true, size: 40 }),
    }),
    ...(release.from ? [line(release.from, true)] : []),
    ...(release.date ? [line(release.date, false)] : []),
    // The rule under the masthead, as in the PDF.
    new d.Paragraph({
      spacing: { after: 200 },
      border: { bottom: { style: d.BorderStyle.SINGLE, size: 8, color: '141414', space: 4 } },
      children: [],
    }),
    ...(release.embargo ? [line(release.embargo, true, 200)] : []),
    ...(release.headline
      ? [
          new d.Paragraph({
            heading: d.HeadingLevel.HEADING_1,
            children: runs(d, release.headline),
          }),
        ]
      : []),
  ];
}

/**
 * The body: core's release blocks, as the PDF and the preview draw them, but with the notes to
 * editors as Word's numbered list (the blocks number them in their text, "1. …", for print).
 */
function body(d: DocxLibrary, release: NewsReleaseDocument): (Docx.Paragraph | Docx.Table)[] {
  const blocks = newsReleaseBlocks(release);
  const notes = blocks.findIndex((b) => b.type === 'subheading' && b.text === 'Notes to editors');
  return [
    ...blocks.slice(0, notes).flatMap((b) => block(d, b, NO_CHARTS)),
    new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: runs(d, 'Notes to editors') }),
    ...release.notes.map(
      (text) =>
        new d.Paragraph({ numbering: { reference: NOTES, level: 0 }, children: runs(d, text) }),
    ),
  ];
}

function styles(language: string): Docx.IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font: 'Arial', size, bold: true, color: '1A1A1A' },
    paragraph: { spacing: { before, after: 160 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: 'Arial', size: 22, language: { value: language } },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      heading1: heading(28, 0),
      heading2: heading(24, 240),
    },
  };
}

function numbering(d: DocxLibrary): Docx.INumberingOptions {
  const level = (format: (typeof d.LevelFormat)[keyof typeof d.LevelFormat], text: string) => ({
    level: 0,
    format,
    text,
    alignment: d.AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 567, hanging: 340 } } },
  });
  return {
    config: [
      { reference: BULLETS, levels: [level(d.LevelFormat.BULLET, '•')] },
      { reference: NOTES, levels: [level(d.LevelFormat.DECIMAL, '%1.')] },
    ],
  };
}

/** Lays the release out as a Word document and packs it. Returns the .docx file's bytes. */
export async function renderReleaseDocx(
  release: NewsReleaseDocument,
  d: DocxLibrary,
): Promise<ArrayBuffer> {
  const file = new d.Document({
    title: release.meta.title,
    subject: 'News release',
    creator: release.meta.author,
    lastModifiedBy: release.meta.author,
    description: 'Made with Case Audit',
    styles: styles(release.meta.language),
    numbering: numbering(d),
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2 * CM, bottom: 2 * CM, left: 2 * CM, right: 2 * CM },
          },
        },
        children: [...masthead(d, release), ...body(d, release)],
      },
    ],
  });
  return d.Packer.toArrayBuffer(file);
}
