import {
  type BreakdownSpec,
  breakdownChoicesOf,
  compareWithBenchmarks,
  computeFindings,
  type FindingsOptions,
  findingsOptionsFor,
  findingsTableCsv,
  type Language,
  parseBreakdownSpec,
  toFindingsJson,
} from '../core';
import { nodeTranslator } from '../i18n/node/welshCatalogue';
import { readBenchmarksFile } from './benchmarksFile';
import { readOptions } from './cliArgs';
import type { CliIo } from './cliIo';
import { textLanguageOf } from './cliLanguage';
import {
  type FindingsFiles,
  type FindingsInputs,
  filesProblem,
  loadFindingsInputs,
} from './findingsInputs';
import { findingsText } from './findingsText';

const USAGE = [
  'Usage: case-audit findings (--framework <file.json> | --inspection <inspection.json>) --cases <cases.csv>',
  '                           [--by area|stratum|inspector|inspection|<profile field id>[,<another>]] [--format json|csv|text] [--all-cases]',
  '                           [--benchmarks <file.json>] [--lang en|cy]',
  '  --by a,b: a two-way table, rows by the first and columns by the second (--by area,stratum).',
  '  --inspection: an inspection file exported by the app; its framework, areas, strata and team are used;',
  '    without --cases, the cases it holds are counted.',
  '  --cases, --inspection given several times: the inspections are counted as one (same framework version),',
  '    and --by inspection breaks the figures down by inspection (named by title, or by file name).',
  '  --all-cases: count every case; by default only complete (and moderated) cases are counted, as in the app.',
  '  --benchmarks: published figures for the framework (a file, or "published" for those shipped with it); each question with one is compared with it',
  '    (the difference in points, its 95% interval, and whether it is more than chance would explain).',
  '  --lang cy: the sentences and proportions in words in Welsh (“dros draean”), and the text format’s headings.',
].join('\n');

type Format = 'json' | 'csv' | 'text';

type Options = FindingsFiles & {
  /** One dimension, or two for a two-way table. */
  by: BreakdownSpec | null;
  format: Format;
  /** Count every case, not only those marked complete (the app's default, and this one's). */
  allCases: boolean;
  /** A file of published figures to compare each question with. */
  benchmarks: string | null;
  /** The language of the sentences and of the text format's headings. */
  language: Language;
};

/** Reads `--name value` and `--name=value`; null with a message on wrong usage. */
function parseArgs(args: string[]): { options: Options } | { problem: string } {
  // --cases and --inspection may be given several times: inspections counted as one.
  // --complete-only is the default; still accepted, so scripts written for it keep working.
  const read = readOptions(args, {
    values: ['framework', 'by', 'format', 'benchmarks', 'lang'],
    lists: ['cases', 'inspection'],
    flags: ['all-cases', 'complete-only'],
  });
  if ('problem' in read) return read;
  const { values, lists, flags } = read;
  const files = {
    framework: values.framework ?? null,
    inspections: [...lists.inspection!],
    cases: [...lists.cases!],
  };
  const problem = filesProblem(files);
  if (problem !== null) return { problem };
  if (flags.size > 1) {
    return { problem: '--all-cases and --complete-only ask for different cases: give one' };
  }
  const by = values.by === undefined ? null : parseBreakdownSpec(values.by);
  if (values.by !== undefined && by === null) {
    return {
      problem: `--by takes one field, or two different ones separated by a comma (area,stratum), not "${values.by}"`,
    };
  }
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv' && format !== 'text') {
    return { problem: `--format must be json, csv or text, not "${format}"` };
  }
  const language = textLanguageOf(values.lang);
  if ('problem' in language) return language;
  return {
    options: {
      ...files,
      by,
      format,
      allCases: flags.has('all-cases'),
      benchmarks: values.benchmarks ?? null,
      language: language.language,
    },
  };
}

/** Several inspections counted as one, or `--by inspection`: each case says its inspection. */
function combines(options: Options): boolean {
  return (
    Math.max(options.inspections.length, options.cases.length) > 1 ||
    dimensionsOf(options.by).includes('inspection')
  );
}

/** The dimensions of a breakdown: none, one, or two. */
function dimensionsOf(by: BreakdownSpec | null): readonly string[] {
  return by === null ? [] : typeof by === 'string' ? [by] : by;
}

/** The options of the findings: the one inspection's, or the names of those counted as one. */
function findingsOptionsOf(inputs: FindingsInputs, options: Options): FindingsOptions {
  const choices = { completeOnly: !options.allCases, breakdownBy: options.by };
  const language = options.language === 'en' ? {} : { language: options.language };
  if (inputs.combined === null) {
    return { ...findingsOptionsFor(inputs.inspection, choices), ...language };
  }
  return { ...findingsOptionsFor(null, choices), names: inputs.combined, ...language };
}

/**
 * `case-audit findings`: the findings of a cases spreadsheet against a framework, as JSON
 * (default), the CSV findings table, or readable text; of complete cases unless --all-cases,
 * as in the app; with --benchmarks, each question beside its published figure. Exit 0 on
 * success, 1 on bad input, 2 on wrong usage or a benchmark file that cannot be used.
 */
export async function runFindings(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if ('problem' in parsed) {
    io.err(`case-audit findings: ${parsed.problem}`);
    io.err(USAGE);
    return 2;
  }
  const { options } = parsed;
  const combined = combines(options);
  const inputs = await loadFindingsInputs(io, options, combined);
  if (inputs === null) return 1;
  const { framework } = inputs;
  const choices = breakdownChoicesOf(framework, { inspections: combined });
  const unknown = dimensionsOf(options.by).find((by) => !choices.some((c) => c.by === by));
  if (unknown !== undefined) {
    io.err(
      `case-audit findings: cannot break down by "${unknown}": use area, stratum, inspector${combined ? ', inspection' : ''} or a profile field of ${framework.id} (${framework.profile.map((p) => p.id).join(', ') || 'it has none'})`,
    );
    return 1;
  }
  const benchmarks =
    options.benchmarks === null
      ? undefined
      : await readBenchmarksFile(io, options.benchmarks, framework);
  if (benchmarks === null) return 2;
  const result = computeFindings(framework, inputs.cases, findingsOptionsOf(inputs, options));
  const given = benchmarks ? { benchmarks } : {};
  if (options.format === 'json') io.out(JSON.stringify(toFindingsJson(result, given), null, 2));
  else if (options.format === 'csv') io.out(findingsTableCsv(result, given).replace(/\r\n$/, ''));
  else {
    const compared = benchmarks
      ? { set: benchmarks, compared: compareWithBenchmarks(result.questions, benchmarks) }
      : null;
    const tr = nodeTranslator(options.language);
    for (const line of findingsText(result, framework, compared, tr)) io.out(line);
  }
  return 0;
}
