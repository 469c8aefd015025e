/**
 * `--lang`: the report in Welsh, or in both languages with the Welsh first, in one file; the
 * PDF in Noto Sans where the text has ŵ or ŷ, read back from its text layer; the findings'
 * sentences and headings in Welsh; and a --lang that is neither answered with exit code 2.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtInBenchmarksPath } from '../../src/cli/builtInBenchmarks';
import { main } from '../../src/cli/main';
import { fakeCliIo } from '../fixtures/fakeCliIo';
import { exampleInspectionFile, htmlText, pdfPages } from './reportFiles';

const SHIPPED = builtInBenchmarksPath('hmip-lac-placed-away-2012', '1.0.1');
const shipped = { [SHIPPED]: readFileSync(SHIPPED, 'utf8') };

let inspection = '';
/** The example with a Welsh place name and a question that has ŷ, as a Welsh framework would. */
let welshNames = '';

beforeAll(async () => {
  inspection = await exampleInspectionFile();
  welshNames = await exampleInspectionFile((contents) => {
    const [first, ...rest] = contents.inspection.areas;
    contents.inspection = {
      ...contents.inspection,
      areas: [{ ...first!, name: 'Gŵyr' }, ...rest],
    };
    const question = contents.framework.sections[0]!.standards[0]!.questions[0]!;
    question.text = `${question.text} (yn ei dŷ ei hun)`;
  });
});

async function run(file: string, ...args: string[]) {
  const io = fakeCliIo({ ...shipped, 'inspection.json': file });
  const code = await main(args, io.io);
  return { code, ...io };
}

async function report(file: string, format: string, lang: string) {
  const out = `out.${format}`;
  const made = await run(
    file,
    ...['report', '--inspection', 'inspection.json', '--format', format, '--out', out],
    ...['--date', '2026-11-22', '--lang', lang],
  );
  expect(made.err).toEqual([]);
  expect(made.code).toBe(0);
  return made.written[out]!;
}

describe('case-audit report --lang', () => {
  it('writes the report in Welsh', async () => {
    const html = String(await report(inspection, 'html', 'cy'));
    expect(html).toContain('<html lang="cy">');
    const text = htmlText(html);
    for (const heading of ['Crynodeb', 'Cwmpas a methodoleg', 'Proffil y sampl', 'Geirfa']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Tachwedd 2026');
    expect(text).not.toContain('Scope and methodology');
  }, 60_000);

  it('puts the Welsh first, then the English, each with its lang, in one file', async () => {
    const html = String(await report(inspection, 'html', 'cy-en'));
    const welsh = html.indexOf('<div class="page" lang="cy">');
    const english = html.indexOf('<div class="page" lang="en');
    expect(welsh).toBeGreaterThan(0);
    expect(english).toBeGreaterThan(welsh);
    expect(html.indexOf('Cwmpas a methodoleg')).toBeLessThan(english);
    expect(html.indexOf('Scope and methodology')).toBeGreaterThan(english);
    // Each edition's chapters keep ids of their own, so the contents link within each.
    expect(html).toContain('id="cy-summary"');
    expect(html).toContain('id="en-summary"');
  }, 60_000);

  it('draws ŵ and ŷ in the PDF, in Welsh and in English, and both editions in one PDF', async () => {
    const welsh = (await pdfPages((await report(welshNames, 'pdf', 'cy')) as Uint8Array)).join(
      '\n',
    );
    expect(welsh).toContain('Gŵyr');
    expect(welsh).toContain('dŷ');
    expect(welsh).toContain('Cwmpas a methodoleg');
    const english = (await pdfPages((await report(welshNames, 'pdf', 'en')) as Uint8Array)).join(
      '\n',
    );
    expect(english).toContain('Gŵyr');
    expect(english).toContain('Scope and methodology');
    const both = await pdfPages((await report(welshNames, 'pdf', 'cy-en')) as Uint8Array);
    const first = both.findIndex((p) => p.includes('Cwmpas a methodoleg'));
    const second = both.findIndex((p) => p.includes('Scope and methodology'));
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(both[1]).toContain(`Tudalen 2 o ${both.length}`);
  }, 120_000);

  it('refuses a language it does not have, naming the option and the languages', async () => {
    const made = await run(
      inspection,
      ...['report', '--inspection', 'inspection.json', '--format', 'html', '--out', 'x.html'],
      ...['--lang', 'fr'],
    );
    expect(made.code).toBe(2);
    expect(made.err[0]).toBe('case-audit report: --lang must be en, cy, cy-en, not "fr"');
    expect(made.written['x.html']).toBeUndefined();
  });
});

describe('case-audit findings --lang', () => {
  it('writes the sentences and headings in Welsh', async () => {
    const made = await run(
      inspection,
      ...['findings', '--inspection', 'inspection.json', '--format', 'text', '--lang', 'cy'],
    );
    expect(made.err).toEqual([]);
    expect(made.code).toBe(0);
    const text = made.out.join('\n');
    expect(text).toMatch(/^Canfyddiadau ar gyfer hmip-lac-placed-away-2012@1\.0\.1: \d+ achos/);
    expect(text).toMatch(/(Mewn|Yn y|Ym mhob) [^\n]*\(\d+%, \d+ o \d+/);
    expect(text).not.toContain('Findings for');
  });

  it('refuses a language it does not have', async () => {
    const made = await run(
      inspection,
      ...['findings', '--inspection', 'inspection.json', '--format', 'text', '--lang', 'de'],
    );
    expect(made.code).toBe(2);
    expect(made.err[0]).toBe('case-audit findings: --lang must be cy or en, not "de"');
  });
});
