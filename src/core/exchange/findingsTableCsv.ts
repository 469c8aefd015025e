/**
 * The findings table as CSV (SPEC §6): one row per question, then per profile field, and per
 * breakdown cell, with the numerator, base, percentage and interval side by side — never a
 * percentage without its base. Multichoice items, choice items with no positive option, and
 * every choice of the profile (the sample's make-up: gender, legal status) give a row per
 * option (multichoice counts can add up past the base); number items give n, mean, median,
 * min and max, and a row per named threshold.
 *
 * A two-way breakdown (area and stratum) gives each cell's rows with both of its groups, in two
 * columns whose headers name their dimension (`group_area`, `group_stratum`) in place of `group`;
 * the rows over all cases say `all` in both.
 *
 * With published figures (benchmarks), each question's row over all cases also gives the
 * published figure on the same side, the difference in points with its 95% interval, and
 * whether it is more than chance would explain; a range the report's words allow is written
 * "from 37 to 39", and a figure that cannot be compared leaves the difference blank.
 */
import Papa from 'papaparse';
import type { BenchmarkSet } from '../benchmarks/benchmarkSchema';
import { type BenchmarkResult, compareWithBenchmarks } from '../benchmarks/compareWithBenchmark';
import type {
  FindingsCell,
  FindingsResult,
  ItemFinding,
  Proportion,
} from '../findings/findingTypes';
import { isSmallBase } from '../findings/printedFigure';
import { twoWayKeys, twoWayLabels } from '../findings/twoWayTable';
import { roundHalfUp, scaledPercentHalfUp } from '../statistics/roundHalfUp';

export const FINDINGS_TABLE_COLUMNS = [
  'question_id',
  'option',
  'counted',
  'breakdown',
  'group',
  'numerator',
  'base',
  'percent',
  'percent_1dp',
  'ci_low',
  'ci_high',
  'small_base',
  'not_applicable',
  'not_known',
  'unanswered',
  'hidden',
  'n',
  'mean',
  'median',
  'min',
  'max',
] as const;

/** The columns added when published figures are given. */
export const BENCHMARK_COLUMNS = [
  'benchmark_positive',
  'benchmark_base',
  'benchmark_percent',
  'difference_points',
  'difference_low',
  'difference_high',
  'significant',
  'benchmark_source',
] as const;

type BenchmarkCells = Record<(typeof BENCHMARK_COLUMNS)[number], string | number>;

type Row = Record<(typeof FINDINGS_TABLE_COLUMNS)[number], string | number> & {
  /** A two-way cell's column group (`group` holds its row group). */
  readonly group2?: string;
  benchmark?: BenchmarkCells;
};

/** Two numbers as one cell: "from 37 to 39" (a range the report's words allow). */
function span(low: number, high: number): string | number {
  return low === high ? low : `from ${low} to ${high}`;
}

function benchmarkCells(result: BenchmarkResult): BenchmarkCells {
  const { figure } = result;
  const source = `${figure.source.document}, ${figure.source.location}`;
  if (result.status === 'not-comparable') {
    return {
      benchmark_positive: figure.positive ?? span(figure.range!.low, figure.range!.high),
      benchmark_base: figure.base,
      benchmark_percent: '',
      difference_points: '',
      difference_low: '',
      difference_high: '',
      significant: '',
      benchmark_source: source,
    };
  }
  const [low, high = low] = result.ends;
  return {
    benchmark_positive: span(low!.positive, high!.positive),
    benchmark_base: result.published.base,
    benchmark_percent: span(low!.percent, high!.percent),
    difference_points: span(result.difference.low, result.difference.high),
    difference_low: result.interval.low,
    difference_high: result.interval.high,
    significant: result.significant ? 'yes' : 'no',
    benchmark_source: source,
  };
}

/** The row a question's published figure goes on: its one row, or its counted option's. */
function withBenchmark(rows: Row[], result: BenchmarkResult): Row[] {
  const counts = new Set(result.figure.counts);
  const at = Math.max(
    0,
    rows.findIndex((row) => counts.has(String(row.option))),
  );
  return rows.map((row, i) => (i === at ? { ...row, benchmark: benchmarkCells(result) } : row));
}

function figures(numerator: number, base: number, p: Proportion) {
  return {
    numerator,
    base,
    percent: p.percentRounded ?? '',
    percent_1dp: base === 0 ? '' : scaledPercentHalfUp(numerator, base, 1) / 10,
    ci_low: p.interval ? roundHalfUp(p.interval.low, 1) : '',
    ci_high: p.interval ? roundHalfUp(p.interval.high, 1) : '',
    small_base: isSmallBase(base) ? 'yes' : 'no',
  };
}

const BLANK_FIGURES = {
  numerator: '',
  base: '',
  percent: '',
  percent_1dp: '',
  ci_low: '',
  ci_high: '',
  small_base: '',
};
const BLANK_NUMBERS = { n: '', mean: '', median: '', min: '', max: '' };

type Common = Pick<
  Row,
  | 'question_id'
  | 'breakdown'
  | 'group'
  | 'group2'
  | 'not_applicable'
  | 'not_known'
  | 'unanswered'
  | 'hidden'
>;

/** A row per option: how many chose it, out of the finding's base. */
function optionRows(
  common: Common,
  finding: Extract<ItemFinding, { type: 'proportion' | 'multichoice' }>,
): Row[] {
  return finding.options.map((o) => ({
    ...common,
    option: o.value,
    counted: o.label,
    ...figures(o.count, finding.base, o),
    ...BLANK_NUMBERS,
  }));
}

/** `perOption`: a row per option even when the item has a positive option (the profile). */
function rowsFor(
  finding: ItemFinding,
  breakdown: string,
  groups: readonly string[],
  perOption: boolean,
): Row[] {
  const common: Common = {
    question_id: finding.itemId,
    breakdown,
    group: groups[0] ?? '',
    ...(groups.length > 1 ? { group2: groups[1]! } : {}),
    not_applicable: finding.notApplicable,
    not_known: finding.notKnown,
    unanswered: finding.unanswered,
    hidden: finding.hidden,
  };
  switch (finding.type) {
    case 'proportion':
      if (!finding.scored || perOption) {
        // Nothing is "positive" (e.g. gender), or the profile's make-up: a row per option.
        return optionRows(common, finding);
      }
      {
        // The side its sentence states, and which answers those are ("no", "No").
        const counted = finding.counted!;
        return [
          {
            ...common,
            option: finding.options
              .filter((o) => o.meaning === counted.side)
              .map((o) => o.value)
              .join('|'),
            counted: counted.answers,
            ...figures(counted.count, counted.base, counted),
            ...BLANK_NUMBERS,
          },
        ];
      }
    case 'multichoice':
      return optionRows(common, finding);
    case 'number': {
      const s = finding.summary;
      const summary: Row = {
        ...common,
        option: '',
        counted: '',
        ...BLANK_FIGURES,
        n: s?.n ?? 0,
        mean: s ? roundHalfUp(s.mean, 2) : '',
        median: s?.median ?? '',
        min: s?.min ?? '',
        max: s?.max ?? '',
      };
      return [
        summary,
        ...finding.thresholds.map((t) => ({
          ...common,
          option: t.label,
          counted: t.label,
          ...figures(t.count, t.base, t),
          ...BLANK_NUMBERS,
        })),
      ];
    }
    default:
      return [
        {
          ...common,
          option: '',
          counted: '',
          ...BLANK_FIGURES,
          ...BLANK_NUMBERS,
          n: finding.answered,
        },
      ];
  }
}

/** A cell's group(s) as the CSV writes them: the key, or the label for "none" (key ""). */
function groupsOf(cell: FindingsCell, twoWay: boolean): string[] {
  if (!twoWay) return [cell.key === '' ? cell.label : cell.key];
  const keys = twoWayKeys(cell);
  const labels = twoWayLabels(cell);
  return keys.map((key, i) => (key === '' ? labels[i]! : key));
}

/**
 * The findings table: questions, then profile fields, in framework order, each with its
 * breakdown cells after it; with `benchmarks`, the columns of the published figures too.
 */
export function findingsTableCsv(
  result: FindingsResult,
  options: { readonly benchmarks?: BenchmarkSet } = {},
): string {
  const compared: ReadonlyMap<string, BenchmarkResult> = options.benchmarks
    ? compareWithBenchmarks(result.questions, options.benchmarks)
    : new Map();
  const rows: Row[] = [];
  const cells = result.breakdown?.groups ?? [];
  const by = result.breakdown?.by ?? '';
  const dimensions = result.breakdown?.dimensions ?? [];
  const twoWay = dimensions.length === 2;
  const all = twoWay ? ['all', 'all'] : ['all'];
  for (const part of ['questions', 'profile'] as const) {
    const perOption = part === 'profile';
    for (const finding of result[part]) {
      const own = rowsFor(finding, '', all, perOption);
      const benchmark = part === 'questions' ? compared.get(finding.itemId) : undefined;
      rows.push(...(benchmark ? withBenchmark(own, benchmark) : own));
      for (const cell of cells) {
        const inCell = cell[part].find((f) => f.itemId === finding.itemId);
        if (inCell) rows.push(...rowsFor(inCell, by, groupsOf(cell, twoWay), perOption));
      }
    }
  }
  // A two-way table names each group column after its dimension, in place of `group`.
  const fields = FINDINGS_TABLE_COLUMNS.flatMap((c) =>
    c === 'group' && twoWay ? dimensions.map((d) => `group_${d.by}`) : [c],
  );
  const extra = options.benchmarks ? BENCHMARK_COLUMNS : [];
  const text = Papa.unparse(
    {
      fields: [...fields, ...extra],
      data: rows.map((row) => [
        ...FINDINGS_TABLE_COLUMNS.flatMap((c) =>
          c === 'group' && twoWay ? [row.group, row.group2 ?? ''] : [row[c]],
        ),
        ...extra.map((c) => row.benchmark?.[c] ?? ''),
      ]),
    },
    { newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/ },
  );
  return `${text}\r\n`;
}
