/**
 * The research tables (core/findings/researchTables.ts) as one CSV, a row per figure, each with
 * its count and base side by side — never a percentage without its base:
 *
 * - `recording`: per item and group (then all cases), cases asked, not recorded, recorded;
 * - `coded`: per coded item, option and group (then all cases), the count of its base;
 * - `score`: per scored item of a 0–4 grid and score, the count of its base; `high` its high
 *   scores; the mean score in `mean`.
 *
 * Group keys and labels come from the findings' one-way breakdown (areas, strata…).
 */
import Papa from 'papaparse';
import type { FindingsResult } from '../findings/findingTypes';
import {
  type BasedCount,
  codedVariablesByGroup,
  recordingByGroup,
  scoreGrids,
} from '../findings/researchTables';
import type { Framework } from '../framework/frameworkSchema';
import { roundHalfUp } from '../statistics/roundHalfUp';

export const RESEARCH_TABLES_COLUMNS = [
  'table',
  'item_id',
  'breakdown',
  'group',
  'option',
  'label',
  'count',
  'base',
  'percent',
  'small_base',
  'not_recorded',
  'mean',
] as const;

type Row = Partial<Record<(typeof RESEARCH_TABLES_COLUMNS)[number], string | number>>;

function figure(f: BasedCount): Row {
  return {
    count: f.count,
    base: f.base,
    percent: f.percent ?? '',
    small_base: f.smallBase ? 'yes' : 'no',
  };
}

function recordingRows(result: FindingsResult, by: string): Row[] {
  return [...result.profile, ...result.questions].flatMap((f) => {
    const table = recordingByGroup(result, f.itemId);
    return [...table.rows, table.total].map((r) => ({
      table: 'recording',
      item_id: f.itemId,
      breakdown: r === table.total ? '' : by,
      group: r === table.total ? 'all' : r.key,
      label: r.label,
      count: r.recorded,
      base: r.cases,
      percent: r.percentRecorded ?? '',
      not_recorded: r.notRecorded,
    }));
  });
}

function codedRows(result: FindingsResult, by: string): Row[] {
  const table = codedVariablesByGroup(result);
  return table.variables.flatMap((v) =>
    v.options.flatMap((o) => [
      ...table.groups.map((g, i) => ({
        table: 'coded',
        item_id: v.itemId,
        breakdown: by,
        group: g.key,
        option: o.value,
        label: o.label,
        ...figure(o.groups[i]!),
      })),
      {
        table: 'coded',
        item_id: v.itemId,
        group: 'all',
        option: o.value,
        label: o.label,
        ...figure(o.all),
      },
    ]),
  );
}

function scoreRows(framework: Framework, result: FindingsResult): Row[] {
  return scoreGrids(framework, result).flatMap((grid) =>
    grid.rows.flatMap((r) => [
      ...r.scores.map((s, i) => ({
        table: 'score',
        item_id: r.itemId,
        group: 'all',
        option: grid.scores[i]!,
        ...figure(s),
      })),
      {
        table: 'score',
        item_id: r.itemId,
        group: 'all',
        option: 'high',
        ...figure(r.high),
        not_recorded: r.notKnown + r.unanswered,
        mean: r.mean === null ? '' : roundHalfUp(r.mean, 2),
      },
    ]),
  );
}

/** The three research tables of a findings result, as CSV text (CRLF, a header row). */
export function researchTablesCsv(framework: Framework, result: FindingsResult): string {
  const by = result.breakdown?.dimensions.length === 1 ? result.breakdown.by : '';
  const rows = [
    ...recordingRows(result, by),
    ...codedRows(result, by),
    ...scoreRows(framework, result),
  ];
  const text = Papa.unparse(
    {
      fields: [...RESEARCH_TABLES_COLUMNS],
      data: rows.map((row) => RESEARCH_TABLES_COLUMNS.map((c) => row[c] ?? '')),
    },
    { newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/ },
  );
  return `${text}\r\n`;
}
