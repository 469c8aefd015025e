/**
 * `case-audit report --inspection <file.json> --format pdf|html|docx --out <file>`: the report
 * of an inspection file (its framework, cases and report text) drawn by the renderers the app's
 * report worker uses, so the file equals the one the app makes that day. With --release, the
 * news release instead (PDF or Word). The libraries are loaded only for the format asked for.
 * Word's charts need a canvas, which Node has not: they are given as tables of their figures, as
 * the app does where the browser has no OffscreenCanvas.
 *
 * Exit 0 when written; 2 on wrong usage or an input file that cannot be read or used; 1 when the
 * file cannot be made or written. Nothing is written unless the whole file was made.
 */
import { localIsoDate, plural, type ReportLanguage, reportLanguagesInOrder } from '../core';
import { nodeTranslator } from '../i18n/node/welshCatalogue';
import { documentNeedsUnicodeFont } from '../report/pdf/pdfText';
import type { PdfFonts } from '../report/pdf/pdfWriter';
import { makeNewsRelease } from '../report/releaseModel';
import { makeReportDocuments, type ReportSource } from '../report/reportModel';
import { builtInBenchmarksFor } from './builtInBenchmarks';
import { readOptions } from './cliArgs';
import { type CliIo, nodeIo } from './cliIo';
import { reportLanguageOf } from './cliLanguage';
import { readInspection } from './findingsInputs';
import { nodePdfFonts } from './pdfFonts';
import { reportSourceOf } from './reportSource';

const USAGE =
  'Usage: case-audit report --inspection <file.json> --format pdf|html|docx --out <file> [--all-cases] [--date yyyy-mm-dd] [--release] [--lang en|cy|cy-en]';

const FORMATS = ['pdf', 'html', 'docx'] as const;
type Format = (typeof FORMATS)[number];

type Request = {
  readonly inspection: string;
  readonly format: Format;
  readonly out: string;
  readonly completeOnly: boolean;
  readonly date: string;
  readonly release: boolean;
  /** The report's language as asked for; null: the draft's choice (English when it has none). */
  readonly language: ReportLanguage | null;
};

/** The day the user sees, as the app dates its reports. */
function today(): string {
  const now = new Date();
  return localIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T12:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** The request, or what is wrong with the command line. */
function requestOf(args: readonly string[]): Request | { readonly problem: string } {
  const read = readOptions(args, {
    values: ['inspection', 'format', 'out', 'date', 'lang'],
    flags: ['all-cases', 'release'],
  });
  if ('problem' in read) return read;
  const { inspection, format, out, date, lang } = read.values;
  for (const [name, value] of [
    ['inspection', inspection],
    ['format', format],
    ['out', out],
  ] as const) {
    if (value === undefined) return { problem: `--${name} is required` };
  }
  if (!FORMATS.includes(format as Format)) {
    return { problem: `unknown format "${format}": give pdf, html or docx` };
  }
  const release = read.flags.has('release');
  if (release && format === 'html') return { problem: 'the news release is made as pdf or docx' };
  if (date !== undefined && !isCalendarDate(date)) {
    return { problem: `--date "${date}" is not a date written yyyy-mm-dd` };
  }
  const language = reportLanguageOf(lang);
  if ('problem' in language) return language;
  return {
    inspection: inspection!,
    format: format as Format,
    out: out!,
    completeOnly: !read.flags.has('all-cases'),
    date: date ?? today(),
    release,
    language: language.language,
  };
}

type Made = {
  readonly data: string | Uint8Array;
  readonly what: string;
  readonly warnings: readonly string[];
};

/** The PDF libraries, with Noto Sans when the text has letters Helvetica cannot draw (ŵ, ŷ). */
async function pdfLibraries(document: unknown) {
  const [{ jsPDF }, { autoTable }] = await Promise.all([
    import('jspdf'),
    import('jspdf-autotable'),
  ]);
  const fonts: PdfFonts | null = documentNeedsUnicodeFont(document) ? await nodePdfFonts() : null;
  return { jsPDF, autoTable, fonts };
}

async function makeRelease(source: ReportSource, request: Request): Promise<Made> {
  const release = makeNewsRelease(source, request.completeOnly);
  const { warnings } = release;
  if (request.format === 'pdf') {
    const { renderReleasePdf } = await import('../report/pdf/renderReleasePdf');
    const { bytes, pages } = renderReleasePdf(release, await pdfLibraries(release));
    return {
      data: new Uint8Array(bytes),
      what: `the news release, ${plural(pages, 'page')}`,
      warnings,
    };
  }
  const [library, { renderReleaseDocx }] = await Promise.all([
    import('docx'),
    import('../report/docx/renderReleaseDocx'),
  ]);
  const bytes = await renderReleaseDocx(release, library);
  return { data: new Uint8Array(bytes), what: 'the news release', warnings };
}

/**
 * The report in each of its languages, the Welsh first in a bilingual one. The framework is the
 * inspection file's own in each: Welsh question wording comes with a framework that has it.
 */
async function makeReport(source: ReportSource, request: Request): Promise<Made> {
  const language = request.language ?? source.draft.style?.language ?? 'en';
  const document = makeReportDocuments(
    source,
    { completeOnly: request.completeOnly, date: request.date },
    reportLanguagesInOrder(language).map((l) => ({
      tr: nodeTranslator(l),
      framework: source.framework,
    })),
  );
  const warnings = document[0]!.warnings;
  if (request.format === 'html') {
    const { renderReportHtml } = await import('../report/html/renderReportHtml');
    return { data: renderReportHtml(document), what: 'the report', warnings };
  }
  if (request.format === 'pdf') {
    const { renderReportPdf } = await import('../report/pdf/renderReportPdf');
    const { bytes, pages } = renderReportPdf(document, await pdfLibraries(document));
    return { data: new Uint8Array(bytes), what: `the report, ${plural(pages, 'page')}`, warnings };
  }
  const [library, { renderReportDocx }] = await Promise.all([
    import('docx'),
    import('../report/docx/renderReportDocx'),
  ]);
  // No picture maker: Node has no canvas, so each chart is given as a table of its figures.
  const bytes = await renderReportDocx(document, library, { pictures: null });
  return {
    data: new Uint8Array(bytes),
    what: 'the report (charts as tables of their figures)',
    warnings,
  };
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function runReport(args: string[], io: CliIo): Promise<number> {
  const request = requestOf(args);
  if ('problem' in request) {
    io.err(`case-audit report: ${request.problem}`);
    io.err(USAGE);
    return 2;
  }
  const contents = await readInspection(io, request.inspection);
  if (contents === null) return 2;
  // The published figures that ship with the framework, as the app uses them when none are imported.
  const source = {
    ...reportSourceOf(contents),
    benchmarks: await builtInBenchmarksFor(io, contents.framework),
  };
  let made: Made;
  try {
    made = request.release ? await makeRelease(source, request) : await makeReport(source, request);
  } catch (error) {
    io.err(`case-audit report: the ${request.format} file could not be made (${reason(error)})`);
    return 1;
  }
  try {
    await (io.writeFile ?? nodeIo.writeFile)(request.out, made.data);
  } catch (error) {
    io.err(`${request.out}: cannot be written (${reason(error)})`);
    return 1;
  }
  io.out(`${request.out}: written — ${made.what}`);
  for (const warning of made.warnings) io.out(`  check: ${warning}`);
  return 0;
}
