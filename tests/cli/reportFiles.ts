/**
 * What the `case-audit report` tests read back: the app's example inspection as an inspection
 * file (with the lead's key findings and a news release written), and the text of the PDF,
 * HTML and Word files the command makes.
 */
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  buildExampleInspection,
  buildInspectionFile,
  emptyNewsRelease,
  emptyReportDraft,
  type InspectionFileContents,
  inspectionFileText,
} from '../../src/core';
import { lacFramework, nodeSha256, withKeyFindingsChosen } from '../fixtures/reportFixture';

/** `spoil` changes the contents before the file is sealed with its checksum. */
export async function exampleInspectionFile(
  spoil: (contents: InspectionFileContents) => void = () => {},
): Promise<string> {
  const framework = lacFramework();
  const example = buildExampleInspection(framework, {
    inspectionId: 'example-1',
    now: '2026-11-22T09:00:00.000Z',
  });
  const draft = {
    ...withKeyFindingsChosen(emptyReportDraft(), framework),
    release: {
      ...emptyNewsRelease(),
      issuedOn: '2026-11-23',
      headline: 'Children placed away from home need stability',
      opening: 'Inspectors looked at the work with children placed away from home.',
      quoteBy: 'Chief Inspector, A. Example',
      quote: 'They need both protection and help.',
      contact: 'Press office: 0300 000 0000.',
    },
  };
  const contents: InspectionFileContents = {
    framework,
    inspection: { ...example.inspection },
    cases: example.cases.map((c) => ({ ...c, history: [] })),
    report: draft,
    moderation: [],
  };
  spoil(contents);
  const file = await buildInspectionFile(
    contents,
    { exportedAt: '2026-11-22T09:00:00.000Z', appVersion: '0.1.0' },
    nodeSha256,
  );
  return inspectionFileText(file);
}

/** Every figure written with its counts: `38% (23/60)`. */
export function figuresIn(text: string): Set<string> {
  return new Set(text.match(/\d+(?:\.\d+)?% \(\d+\/\d+\)/g) ?? []);
}

/** The text of each page, its pieces apart. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}

const fromXml = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');

/** What a reader of the HTML file reads: its text without the styles, tags apart. */
export function htmlText(html: string): string {
  return fromXml(
    html
      .replace(/<style[\s\S]*?<\/style>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' '),
  );
}

/** word/document.xml, its text paragraph by paragraph, and word/styles.xml. */
export async function wordDocument(
  bytes: Uint8Array,
): Promise<{ xml: string; paragraphs: string[]; styles: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const paragraphs = (xml.match(/<w:p[ >].*?<\/w:p>/g) ?? []).map((p) =>
    fromXml(
      (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? [])
        .map((t) => t.replace(/<[^>]+>/g, ''))
        .join(''),
    ),
  );
  return { xml, paragraphs, styles };
}
