/**
 * The findings table as CSV (SPEC §6): one row per question, then per profile field, and per
 * breakdown cell, with the numerator, base, percentage and interval side by side — never a
 * percentage without its base. Multichoice items, choice items with no positive option, and
 * every choice of the profile (the sample's make-up: gender, legal status) give a row per
 * option (multichoice counts can add up past the base); number items give n, mean, median,
 * min and max, and a row per named threshold.
 */
import Papa from 'papaparse';
import type { FindingsResult, ItemFinding, Proportion } from '../findings/findingTypes';
import { isSmallBase } from '../findings/printedFigure';
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

type Row = Record<(typeof FINDINGS_TABLE_COLUMNS)[number], string | number>;

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
  'question_id' | 'breakdown' | 'group' | 'not_applicable' | 'not_known' | 'unanswered' | 'hidden'
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
  group: string,
  perOption: boolean,
): Row[] {
  const common: Common = {
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

/**
 * The findings table: questions, then profile fields, in framework order, each with its
 * breakdown cells after it.
 */
export function findingsTableCsv(result: FindingsResult): string {
  const rows: Row[] = [];
  const cells = result.breakdown?.groups ?? [];
  const by = result.breakdown?.by ?? '';
  for (const part of ['questions', 'profile'] as const) {
    const perOption = part === 'profile';
    for (const finding of result[part]) {
      rows.push(...rowsFor(finding, '', 'all', perOption));
      for (const cell of cells) {
        const inCell = cell[part].find((f) => f.itemId === finding.itemId);
        const group = cell.key === '' ? cell.label : cell.key;
        if (inCell) rows.push(...rowsFor(inCell, by, group, perOption));
      }
    }
  }
  const text = Papa.unparse(
    {
      fields: [...FINDINGS_TABLE_COLUMNS],
      data: rows.map((row) => FINDINGS_TABLE_COLUMNS.map((c) => row[c])),
    },
    { newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/ },
  );
  return `${text}\r\n`;
}
