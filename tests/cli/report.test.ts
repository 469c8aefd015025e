/**
 * `case-audit report`: the example inspection's report as PDF, HTML and Word, drawn by the app's
 * own renderers, with the same figures in all three; the news release as PDF and Word; and wrong
 * usage or a bad file answered on stderr with exit code 2 and no file written.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtInBenchmarksPath } from '../../src/cli/builtInBenchmarks';
import { main } from '../../src/cli/main';
import { fakeCliIo } from '../fixtures/fakeCliIo';
import { exampleInspectionFile, figuresIn, htmlText, pdfPages, wordDocument } from './reportFiles';

let inspection = '';
/** The published figures that ship with the example's framework, as the command reads them. */
const SHIPPED = builtInBenchmarksPath('hmip-lac-placed-away-2012', '1.0.1');
const shipped = { [SHIPPED]: readFileSync(SHIPPED, 'utf8') };

beforeAll(async () => {
  inspection = await exampleInspectionFile();
});

async function report(format: string, ...more: string[]) {
  const out = `out.${format}`;
  const run = fakeCliIo({ ...shipped, 'inspection.json': inspection });
  const args = ['report', '--inspection', 'inspection.json', '--format', format, '--out', out];
  const code = await main([...args, '--date', '2026-11-22', ...more], run.io);
  expect(run.err).toEqual([]);
  expect(code).toBe(0);
  const data = run.written[out];
  if (!(data instanceof Uint8Array) && typeof data !== 'string') throw new Error('nothing written');
  return { data, out: run.out };
}

const bytesOf = (data: string | Uint8Array) =>
  typeof data === 'string' ? new TextEncoder().encode(data) : data;

describe('case-audit report', () => {
  it('writes the report as PDF, HTML and Word with the same figures in each', async () => {
    const pdf = await pdfPages(bytesOf((await report('pdf')).data));
    const html = htmlText(String((await report('html')).data));
    const word = await wordDocument(bytesOf((await report('docx')).data));
    const inPdf = figuresIn(pdf.join('\n'));
    const inHtml = figuresIn(html);
    const inWord = figuresIn(word.paragraphs.join('\n'));
    expect(inPdf.size).toBeGreaterThan(10);
    expect([...inHtml].sort()).toEqual([...inPdf].sort());
    expect([...inWord].sort()).toEqual([...inPdf].sort());
    // The report's date, pinned by --date.
    expect(pdf[0]).toContain('November 2026');
    expect(html).toContain('November 2026');
  }, 60_000);

  it('gives the PDF a cover without a page number, and the pages after it numbered', async () => {
    const { data, out } = await report('pdf');
    const pages = await pdfPages(bytesOf(data));
    expect(pages[0]).not.toMatch(/Page \d+ of/);
    expect(pages[1]).toContain(`Page 2 of ${pages.length}`);
    expect(out[0]).toBe(`out.pdf: written — the report, ${pages.length} pages`);
  }, 30_000);

  it('sets the Word report in Word’s heading styles, its charts as tables of their figures', async () => {
    const { data, out } = await report('docx');
    const { xml, paragraphs, styles } = await wordDocument(bytesOf(data));
    for (const style of ['Heading1', 'Heading2', 'Heading3']) {
      expect(styles).toContain(`w:styleId="${style}"`);
    }
    // The example's chapters and their sections (it has no third level of heading).
    for (const style of ['Title', 'Heading1', 'Heading2']) {
      expect(xml).toContain(`<w:pStyle w:val="${style}"/>`);
    }
    // No canvas in Node: no pictures, each chart's figures as a table under its caption.
    expect(xml).not.toContain('<w:drawing>');
    expect(paragraphs.some((p) => p.startsWith('Chart: '))).toBe(true);
    expect(out[0]).toBe('out.docx: written — the report (charts as tables of their figures)');
  }, 30_000);

  it('puts a self-audit’s figures beside the published ones that ship with its framework', async () => {
    const selfAudit = await exampleInspectionFile((contents) => {
      contents.inspection = { ...contents.inspection, kind: 'self-audit' };
    });
    const run = fakeCliIo({ ...shipped, 'self-audit.json': selfAudit });
    const args = [
      'report',
      '--inspection',
      'self-audit.json',
      '--format',
      'html',
      '--out',
      'o.html',
    ];
    expect(await main([...args, '--date', '2026-11-22'], run.io)).toBe(0);
    const html = htmlText(String(run.written['o.html']));
    expect(html).toContain('Our figures beside the published ones');
    // The example reproduces the report: its counts differ from the published ones by nothing.
    expect(html).toContain('0 (−17 to +17)');
    const thematic = htmlText(String((await report('html')).data));
    expect(thematic).not.toContain('Our figures beside the published ones');
  }, 30_000);

  it('counts all cases with --all-cases', async () => {
    const complete = htmlText(String((await report('html')).data));
    const all = htmlText(String((await report('html', '--all-cases')).data));
    const bases = (text: string) => new Set([...figuresIn(text)].map((f) => f.split('/')[1]));
    expect(bases(all)).not.toEqual(bases(complete));
  }, 30_000);
});

describe('case-audit report --release', () => {
  it.each(['pdf', 'docx'])(
    'writes the news release as %s',
    async (format) => {
      const { data, out } = await report(format, '--release');
      const text =
        format === 'pdf'
          ? (await pdfPages(bytesOf(data))).join('\n')
          : (await wordDocument(bytesOf(data))).paragraphs.join('\n');
      for (const part of [
        'CHILDREN PLACED AWAY FROM HOME NEED STABILITY',
        'Inspectors found that:',
        'Joint working was weak.',
        'Chief Inspector, A. Example, said:',
        '- Ends -',
        'Notes to editors',
        'Inspectors visited',
      ]) {
        expect(text).toContain(part);
      }
      expect(out[0]).toMatch(/^out\.(pdf|docx): written — the news release/);
    },
    30_000,
  );
});

describe('case-audit report, given wrong usage or a bad file', () => {
  const cases: [string, string[], Record<string, string>, RegExp][] = [
    ['no --inspection', ['--format', 'pdf', '--out', 'r.pdf'], {}, /--inspection is required/],
    ['no --out', ['--inspection', 'i.json', '--format', 'pdf'], {}, /--out is required/],
    ['no --format', ['--inspection', 'i.json', '--out', 'r.pdf'], {}, /--format is required/],
    [
      'an unknown option',
      ['--inspection', 'i.json', '--format', 'pdf', '--out', 'r.pdf', '--colour'],
      {},
      /unknown argument "--colour"/,
    ],
    [
      'an unknown format',
      ['--inspection', 'i.json', '--format', 'odt', '--out', 'r.odt'],
      {},
      /unknown format "odt": give pdf, html or docx/,
    ],
    [
      'the release as HTML',
      ['--inspection', 'i.json', '--format', 'html', '--out', 'r.html', '--release'],
      {},
      /the news release is made as pdf or docx/,
    ],
    [
      'a date that is not one',
      ['--inspection', 'i.json', '--format', 'pdf', '--out', 'r.pdf', '--date', '2026-02-30'],
      {},
      /--date "2026-02-30" is not a date written yyyy-mm-dd/,
    ],
    [
      'a file that cannot be read',
      ['--inspection', 'missing.json', '--format', 'pdf', '--out', 'r.pdf'],
      {},
      /^missing\.json: cannot be read \(ENOENT/,
    ],
    [
      'a file that is not JSON',
      ['--inspection', 'i.json', '--format', 'pdf', '--out', 'r.pdf'],
      { 'i.json': '{ "kind": "inspection",' },
      /^i\.json: not a usable inspection file/,
    ],
  ];

  it.each(cases)('%s: exit 2, says what is wrong, writes nothing', async (_, args, files, said) => {
    const run = fakeCliIo(files);
    const code = await main(['report', ...args], run.io);
    expect(code).toBe(2);
    expect(run.err[0]).toMatch(said);
    expect(run.written).toEqual({});
  });

  it('names the place in an inspection file that is wrong', async () => {
    const spoilt = await exampleInspectionFile((contents) => {
      // A title that is not text: what a hand-edited file might hold.
      (contents.inspection as { title: unknown }).title = 42;
    });
    const run = fakeCliIo({ 'i.json': spoilt });
    const args = ['--inspection', 'i.json', '--format', 'docx', '--out', 'r.docx'];
    expect(await main(['report', ...args], run.io)).toBe(2);
    expect(run.err[0]).toMatch(/^i\.json: not a usable inspection file/);
    expect(run.err.slice(1).join('\n')).toMatch(/inspection\.title/);
    expect(run.written).toEqual({});
  });
});

describe('case-audit report, with second readings in the file', () => {
  it('gives the methodology the app’s sentence on moderation', async () => {
    const AT = '2026-11-20T09:00:00.000Z';
    const file = await exampleInspectionFile((contents) => {
      contents.moderation = contents.cases.slice(0, 6).map((kase, i) => ({
        id: `mod-${i}`,
        inspectionId: contents.inspection.id,
        caseId: kase.id,
        data: {
          caseRef: kase.ref,
          firstReaderId: kase.inspectorId ?? null,
          secondReaderId: 'A. Second',
          status: 'read' as const,
          selection: { method: 'hand' as const, seed: null, description: null, at: AT, by: 'Lead' },
          assignedAt: AT,
          assignedBy: 'Lead',
          // The second reader agreed with every answer.
          secondReading: { ...kase.answers },
          finishedAt: AT,
          finishedBy: 'A. Second',
          firstReading: null,
          decisions: {},
          decidedAt: null,
          updatedAt: AT,
        },
      }));
    });
    const run = fakeCliIo({ ...shipped, 'i.json': file });
    const args = ['--inspection', 'i.json', '--format', 'html', '--out', 'r.html'];
    expect(await main(['report', ...args, '--all-cases'], run.io)).toBe(0);
    const text = htmlText(String(run.written['r.html']));
    expect(text).toMatch(/6 cases \(\d+%\) were read a second time by another inspector/);
  });
});
