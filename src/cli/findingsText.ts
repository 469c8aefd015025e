/**
 * `case-audit findings --format text`: the findings for reading in a terminal, standard by
 * standard, each figure with its counts and exclusions.
 */
import {
  type BenchmarkResult,
  type BenchmarkSet,
  countedText,
  ENGLISH,
  type FindingsResult,
  type Framework,
  type ItemFinding,
  isSmallBase,
  isTwoWay,
  plural,
  printedFigure,
  roundHalfUp,
  SMALL_BASE_KEY,
  SMALL_BASE_MARK,
  type StandardRating,
  type Translator,
  type TwoWayFigure,
  twoWayTables,
} from '../core';
import { benchmarkHeading, benchmarkLine } from './benchmarkText';

/** The small-base mark after a count of cases, when the base is under 10. */
function mark(base: number): string {
  return isSmallBase(base) ? ` ${SMALL_BASE_MARK}` : '';
}

/** A percentage to one decimal, written with it even when it is 0 ("49.0"). */
function oneDecimal(percent: number): string {
  return roundHalfUp(percent, 1).toFixed(1);
}

function exclusions(f: ItemFinding): string {
  const parts = [
    `N/A ${f.notApplicable}`,
    `not known ${f.notKnown}`,
    `unanswered ${f.unanswered}`,
    `hidden ${f.hidden}`,
  ];
  if (f.invalid > 0) parts.push(`invalid ${f.invalid}`);
  return parts.join(' · ');
}

function describeFinding(f: ItemFinding, indent: string): string[] {
  switch (f.type) {
    case 'proportion': {
      if (!f.scored) {
        const shares = f.options.map(
          (o) =>
            `${o.label} ${o.count}${o.percentRounded === null ? '' : ` (${o.percentRounded}%)`}`,
        );
        return [
          `${indent}${f.itemId}  ${plural(f.base, 'case')}${mark(f.base)}: ${shares.join(', ')}  ${exclusions(f)}`,
        ];
      }
      // The figure its sentence states, saying what it counts: "No: 55% (28/51)".
      const counted = f.counted!;
      const interval = counted.interval;
      const ci = interval ? `  CI ${oneDecimal(interval.low)}–${oneDecimal(interval.high)}%` : '';
      const flags = [f.key ? 'key' : '', isSmallBase(f.base) ? 'small base' : '']
        .filter(Boolean)
        .join(', ');
      return [
        `${indent}${f.itemId}  ${countedText(counted)}${ci}${flags ? `  [${flags}]` : ''}  ${exclusions(f)}`,
        ...(f.sentence ? [`${indent}    ${f.sentence}`] : []),
      ];
    }
    case 'multichoice':
      return [
        `${indent}${f.itemId}  ${plural(f.base, 'case')}${mark(f.base)} answering: ${f.options.map((o) => `${o.value} ${o.count}`).join(', ')}  ${exclusions(f)}`,
        `${indent}    ${f.note}`,
      ];
    case 'number': {
      const s = f.summary;
      const summary = s
        ? `n ${s.n}${mark(s.n)}, mean ${roundHalfUp(s.mean, 2)}, median ${s.median}, min ${s.min}, max ${s.max}`
        : 'no numbers';
      const above = f.thresholds.map((t) => `; ${t.label}: ${t.count}`).join('');
      return [`${indent}${f.itemId}  ${summary}${above}  ${exclusions(f)}`];
    }
    default:
      return [`${indent}${f.itemId}  ${f.answered} answered  ${exclusions(f)}`];
  }
}

function describeStandard(s: StandardRating): string {
  if (s.rating === null) return s.note;
  const points = s.points === null ? '' : ` (${plural(s.points, 'point')})`;
  return `${s.rating}${points}${s.override ? ' — overridden' : ''}. ${s.note}`;
}

function figureText(f: TwoWayFigure | null): string {
  return f === null ? '–' : f.base === 0 ? '–' : printedFigure(f.percentRounded, f.count, f.base);
}

/**
 * A two-way breakdown: a grid per scored question, a row per group of the first dimension and
 * a column per group of the second, with totals ("–": no cases, or not totalled because a case
 * can be in several groups).
 */
function twoWayText(result: FindingsResult, framework: Framework): string[] {
  const breakdown = result.breakdown!;
  const [rows, columns] = breakdown.dimensions;
  const lines = [
    '',
    `Breakdown by ${rows!.label.toLowerCase()} (rows) and ${columns!.label.toLowerCase()} (columns)`,
  ];
  if (breakdown.note) lines.push(`  ${breakdown.note}`);
  for (const table of twoWayTables(result, framework)) {
    lines.push('', `  ${table.itemId}  Counted: ${table.answers}, % (cases/base)`);
    const grid = [
      [rows!.label, ...table.columns.map((c) => `${c.label} (${c.cases})`), 'All'],
      ...table.rows.map((r) => [
        `${r.label} (${r.cases})`,
        ...r.cells.map(figureText),
        figureText(r.total),
      ]),
      ['All', ...table.columnTotals.map(figureText), figureText(table.total)],
    ];
    const widths = grid[0]!.map((_, i) => Math.max(...grid.map((line) => line[i]!.length)));
    for (const line of grid) {
      lines.push(
        `    ${line
          .map((cell, i) => cell.padEnd(widths[i]!))
          .join('  ')
          .trimEnd()}`,
      );
    }
  }
  return lines;
}

/** Published figures given on the command line, and each question's comparison with its own. */
export type BenchmarksText = {
  readonly set: BenchmarkSet;
  readonly compared: ReadonlyMap<string, BenchmarkResult>;
};

/** The findings as lines of text; with benchmarks, each question's published figure under it. */
export function findingsText(
  result: FindingsResult,
  framework: Framework,
  benchmarks: BenchmarksText | null = null,
  tr: Translator = ENGLISH,
): string[] {
  const lines: string[] = [];
  const basis =
    result.basis === 'complete-cases'
      ? tr.t('cli', 'complete cases only; {excluded} not complete left out', {
          excluded: result.cases.excluded,
        })
      : tr.t('cli', 'all cases');
  lines.push(
    tr.t(
      'cli',
      'Findings for {framework}: {count, plural, one {# case} other {# cases}} ({basis})',
      { framework: `${framework.id}@${framework.version}`, count: result.cases.counted, basis },
    ),
  );
  lines.push(
    tr.t('cli', 'Intervals: {level}% Wilson score.', {
      level: roundHalfUp(result.confidence * 100, 1),
    }),
  );
  if (benchmarks) lines.push(benchmarkHeading(benchmarks.set, tr));
  const byStandard = new Map<string, ItemFinding[]>();
  for (const f of result.questions) {
    const list = byStandard.get(f.standardId ?? '') ?? [];
    list.push(f);
    byStandard.set(f.standardId ?? '', list);
  }
  const ratings = new Map(result.standards.map((s) => [s.standardId, s]));
  if (result.profile.length > 0) {
    lines.push('', tr.t('cli', 'Profile of the sample'));
    for (const f of result.profile) lines.push(...describeFinding(f, '  '));
  }
  for (const section of framework.sections) {
    lines.push('', `${section.id} ${section.title}`);
    for (const standard of section.standards) {
      const rating = ratings.get(standard.id);
      lines.push(`  ${standard.id} ${standard.title}: ${rating ? describeStandard(rating) : ''}`);
      for (const f of byStandard.get(standard.id) ?? []) {
        lines.push(...describeFinding(f, '    '));
        const compared = benchmarks?.compared.get(f.itemId);
        if (compared) lines.push(`        ${benchmarkLine(compared, tr)}`);
      }
    }
  }
  if (result.overall) {
    lines.push(
      '',
      tr.t('cli', 'Overall: {rating}. {note}', {
        rating: result.overall.rating ?? tr.t('cli', 'not rated'),
        note: result.overall.note,
      }),
    );
  }
  if (result.breakdown && isTwoWay(result)) {
    lines.push(...twoWayText(result, framework));
  } else if (result.breakdown) {
    lines.push('', `Breakdown by ${result.breakdown.by}`);
    if (result.breakdown.note) lines.push(`  ${result.breakdown.note}`);
    for (const group of result.breakdown.groups) {
      lines.push(`  ${group.label} (${plural(group.cases, 'case')})`);
      for (const f of group.questions) lines.push(...describeFinding(f, '    '));
    }
  }
  const c = result.completeness;
  lines.push(
    '',
    tr.t(
      'cli',
      'Completeness: {fully} of {count, plural, one {# case} other {# cases}} fully answered; {marked} marked complete; {answered} of {applicable} required answers given.',
      {
        fully: c.fullyAnswered,
        count: c.cases,
        marked: c.markedComplete,
        answered: c.answered,
        applicable: c.applicable,
      },
    ),
  );
  for (const w of result.warnings) lines.push(tr.t('cli', 'Warning: {warning}', { warning: w }));
  if (lines.some((line) => line.includes(SMALL_BASE_MARK))) lines.push('', SMALL_BASE_KEY);
  return lines;
}
