/**
 * The findings table as CSV (SPEC §6): one row per question, and per breakdown cell, with the
 * numerator, base, percentage and interval side by side — never a percentage without its
 * base. Multichoice items, and choice items with no positive option (a profile field such as
 * gender), give a row per option (multichoice counts can add up past the base);
 * number questions give n, mean, median, min and max, and a row per named threshold.
 */
import Papa from 'papaparse';
import type { FindingsResult, ItemFinding, Proportion } from '../findings/findingTypes';
import { roundHalfUp, scaledPercentHalfUp } from '../statistics/roundHalfUp';

export const FINDINGS_TABLE_COLUMNS = [
  'question_id',
  'option',
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

type Row = Record<(typeof FINDINGS_TABLE_COLUMNS)[number], string | number>;

function figures(numerator: number, base: number, p: Proportion) {
  return {
    numerator,
    base,
    percent: p.percentRounded ?? '',
    percent_1dp: base === 0 ? '' : scaledPercentHalfUp(numerator, base, 1) / 10,
    ci_low: p.interval ? roundHalfUp(p.interval.low, 1) : '',
    ci_high: p.interval ? roundHalfUp(p.interval.high, 1) : '',
    small_base: p.smallBase ? 'yes' : 'no',
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

function rowsFor(finding: ItemFinding, breakdown: string, group: string): Row[] {
  const common = {
    question_id: finding.itemId,
    breakdown,
    group,
    not_applicable: finding.notApplicable,
    not_known: finding.notKnown,
    unanswered: finding.unanswered,
    hidden: finding.hidden,
  };
  switch (finding.type) {
    case 'proportion':
      if (!finding.scored) {
        // Nothing is "positive" (e.g. gender): a row per option, its share of the base.
        return finding.options.map((o) => ({
          ...common,
          option: o.value,
          ...figures(o.count, finding.base, o),
          ...BLANK_NUMBERS,
        }));
      }
      return [
        {
          ...common,
          option: '',
          ...figures(finding.positive, finding.base, finding),
          ...BLANK_NUMBERS,
        },
      ];
    case 'multichoice':
      return finding.options.map((o) => ({
        ...common,
        option: o.value,
        ...figures(o.count, finding.base, o),
        ...BLANK_NUMBERS,
      }));
    case 'number': {
      const s = finding.summary;
      const summary: Row = {
        ...common,
        option: '',
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
          ...figures(t.count, t.base, t),
          ...BLANK_NUMBERS,
        })),
      ];
    }
    default:
      return [{ ...common, option: '', ...BLANK_FIGURES, ...BLANK_NUMBERS, n: finding.answered }];
  }
}

/** The findings table: questions in framework order, each with its breakdown cells after it. */
export function findingsTableCsv(result: FindingsResult): string {
  const rows: Row[] = [];
  const cells = result.breakdown?.groups ?? [];
  result.questions.forEach((finding, i) => {
    rows.push(...rowsFor(finding, '', 'all'));
    for (const cell of cells) {
      const inCell = cell.questions[i];
      if (inCell)
        rows.push(
          ...rowsFor(inCell, result.breakdown!.by, cell.key === '' ? cell.label : cell.key),
        );
    }
  });
  const text = Papa.unparse(
    {
      fields: [...FINDINGS_TABLE_COLUMNS],
      data: rows.map((row) => FINDINGS_TABLE_COLUMNS.map((c) => row[c])),
    },
    { newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/ },
  );
  return `${text}\r\n`;
}
