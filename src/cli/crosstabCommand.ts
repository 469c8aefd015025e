/**
 * `case-audit crosstab`: two questions, profile fields or case fields (area, stratum,
 * inspector) of a cases spreadsheet against each other — counts, row and column percentages
 * with their bases, the cases left out, and the test of independence — as JSON, CSV or text.
 */
import {
  type CrossTab,
  computeCrossTab,
  crossTabBasisText,
  crossTabChoicesOf,
  crossTabCsv,
  crossTabLeftOutLines,
  crossTabPercent,
  crossTabReading,
  crossTabTitle,
  findingsOptionsFor,
} from '../core';
import { readOptions } from './cliArgs';
import type { CliIo } from './cliIo';
import { type FindingsFiles, filesProblem, loadFindingsInputs } from './findingsInputs';

const USAGE = [
  'Usage: case-audit crosstab (--framework <file.json> | --inspection <inspection.json>) --cases <cases.csv>',
  '                           --rows <id> --cols <id> [--format json|csv|text] [--all-cases]',
  '  --rows, --cols: area, stratum, inspector, or the id of a question or profile field whose answers are options.',
  '  --all-cases: count every case; by default only complete (and moderated) cases are counted, as in the app.',
].join('\n');

type Format = 'json' | 'csv' | 'text';

type Options = FindingsFiles & { rows: string; cols: string; format: Format; allCases: boolean };

function parseArgs(args: string[]): { options: Options } | { problem: string } {
  const read = readOptions(args, {
    values: ['framework', 'rows', 'cols', 'format'],
    lists: ['cases', 'inspection'],
    flags: ['all-cases'],
  });
  if ('problem' in read) return read;
  const { values, lists } = read;
  const allCases = read.flags.has('all-cases');
  const files = {
    framework: values.framework ?? null,
    inspections: [...lists.inspection!],
    cases: [...lists.cases!],
  };
  const problem = filesProblem(files);
  if (problem !== null) return { problem };
  if (values.rows === undefined || values.cols === undefined) {
    return { problem: '--rows and --cols are both required' };
  }
  if (values.rows === values.cols)
    return { problem: '--rows and --cols must name different variables' };
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv' && format !== 'text') {
    return { problem: `--format must be json, csv or text, not "${format}"` };
  }
  return { options: { ...files, rows: values.rows, cols: values.cols, format, allCases } };
}

/** Pads each column to its widest cell. */
function aligned(grid: readonly (readonly string[])[]): string[] {
  const widths = grid[0]!.map((_, j) => Math.max(...grid.map((row) => row[j]!.length)));
  return grid.map((row) =>
    row
      .map((cell, j) => cell.padEnd(widths[j]!))
      .join('  ')
      .trimEnd(),
  );
}

/** The table as text: counts, then row % and column % under each row, then the totals. */
export function crossTabText(table: CrossTab): string[] {
  const { rows, cols, cells, total } = table;
  const grid: string[][] = [['', ...cols.categories.map((c) => c.label), 'Total']];
  rows.categories.forEach((row, i) => {
    const line = cells[i]!;
    grid.push([row.label, ...line.map((c) => String(c.count)), String(row.base)]);
    grid.push([
      '  row %',
      ...line.map((c) => crossTabPercent(c.rowPercent, c.count, row.base)),
      '',
    ]);
    grid.push([
      '  column %',
      ...line.map((c, j) => crossTabPercent(c.colPercent, c.count, cols.categories[j]!.base)),
      crossTabPercent(row.share, row.base, total),
    ]);
  });
  grid.push(['Total', ...cols.categories.map((c) => String(c.base)), String(total)]);
  const reading = crossTabReading(table);
  return [
    crossTabTitle(table),
    crossTabBasisText(table),
    '',
    ...aligned(grid),
    '',
    ...crossTabLeftOutLines(table),
    ...reading.lines,
    ...(reading.warning ? [`Warning: ${reading.warning}`] : []),
  ];
}

/**
 * Exit 0 on success, 1 on bad input (a file, or a variable the framework does not have), 2 on
 * wrong usage.
 */
export async function runCrosstab(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if ('problem' in parsed) {
    io.err(`case-audit crosstab: ${parsed.problem}`);
    io.err(USAGE);
    return 2;
  }
  const { options } = parsed;
  // Several inspection files, or several cases files (paired or not), are counted as one.
  const combined = Math.max(options.inspections.length, options.cases.length) > 1;
  const inputs = await loadFindingsInputs(io, options, combined);
  if (inputs === null) return 1;
  const { framework } = inputs;
  const choices = crossTabChoicesOf(framework, { inspections: combined });
  for (const id of [options.rows, options.cols]) {
    if (!choices.some((c) => c.by === id)) {
      const items = choices.filter((c) => c.kind !== 'case').map((c) => c.by);
      io.err(
        `case-audit crosstab: cannot cross-tabulate "${id}": use area, stratum, inspector${combined ? ', inspection' : ''} or a question or profile field of ${framework.id} with answers to choose (${items.join(', ') || 'it has none'})`,
      );
      return 1;
    }
  }
  const names = inputs.combined ?? findingsOptionsFor(inputs.inspection, {}).names;
  const table = computeCrossTab(framework, inputs.cases, {
    rows: options.rows,
    cols: options.cols,
    completeOnly: !options.allCases,
    ...(names ? { names } : {}),
  });
  if (options.format === 'json') io.out(JSON.stringify(table, null, 2));
  else if (options.format === 'csv') io.out(crossTabCsv(table).replace(/\r\n$/, ''));
  else for (const line of crossTabText(table)) io.out(line);
  return 0;
}
