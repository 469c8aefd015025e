/**
 * The report's chapter of research tables (seed 002, the YJB 2010 review), for a framework
 * whose standards are scored 0 to a top score (Asset's 12 factors, 0–4): how completely the
 * least recorded question is recorded in each area (the shape of that report's Table 2.3), the
 * answers to each unscored coded question by area (scored ones are in the breakdown chapter),
 * and the score grids. Every percentage with its count and base.
 */
import type { FindingsResult } from '../findings/findingTypes';
import { SMALL_BASE_MARK, smallBaseKey } from '../findings/printedFigure';
import {
  type BasedCount,
  type CodedVariable,
  codedVariablesByGroup,
  leastRecordedItem,
  recordingByGroup,
  type ScoreGrid,
  scoreGrids,
} from '../findings/researchTables';
import type { Translator } from '../i18n/translator';
import type { Context } from './reportContext';
import type { ReportBlock, ReportChapter, ReportTable } from './reportDocument';

function share(f: BasedCount): string {
  if (f.base === 0 || f.percent === null) return '–';
  return `${f.percent}% (${f.count})${f.smallBase ? ` ${SMALL_BASE_MARK}` : ''}`;
}

function recordingTable(
  tr: Translator,
  byArea: FindingsResult,
  itemId: string,
  text: string,
): ReportTable {
  const table = recordingByGroup(byArea, itemId);
  return {
    type: 'table',
    caption: tr.t('report', 'Recording of “{question}” by area', { question: text }),
    head: [
      tr.t('report', 'Area'),
      tr.t('report', 'Cases'),
      tr.t('report', 'Not recorded'),
      tr.t('report', '% recorded'),
      tr.t('report', 'Recorded'),
    ],
    numeric: [false, true, true, true, true],
    widths: [36, 16, 16, 16, 16],
    rows: [...table.rows, table.total].map((r) => [
      r.label,
      String(r.cases),
      String(r.notRecorded),
      r.percentRecorded === null ? '–' : `${r.percentRecorded}%`,
      String(r.recorded),
    ]),
    note: tr.t(
      'report',
      'Not recorded: answered “not known”, left blank, or an answer the question cannot hold.',
    ),
  };
}

function codedTable(
  tr: Translator,
  v: CodedVariable,
  groups: readonly { label: string; cases: number }[],
  text: string,
): ReportTable {
  const width = 64 / (v.options.length + 1);
  const base = (i: number | null) => {
    const f = i === null ? v.options[0]?.all : v.options[0]?.groups[i];
    return String(f?.base ?? 0);
  };
  return {
    type: 'table',
    caption: tr.t('report', '{question}, by area', { question: text }),
    head: [tr.t('report', 'Area'), ...v.options.map((o) => o.label), tr.t('report', 'Base')],
    numeric: [false, ...v.options.map(() => true), true],
    widths: [36, ...v.options.map(() => width), width],
    rows: [
      ...groups.map((g, i) => [g.label, ...v.options.map((o) => share(o.groups[i]!)), base(i)]),
      [tr.t('report', 'All cases'), ...v.options.map((o) => share(o.all)), base(null)],
    ],
    note: [
      tr.t('report', 'Each figure is the share of the area’s base, with the count.'),
      v.type === 'multichoice' ? tr.t('report', 'A case can give several answers.') : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
}

function gridTable(tr: Translator, grid: ScoreGrid): ReportTable {
  const width = 50 / (grid.scores.length + 3);
  return {
    type: 'table',
    caption: tr.t('report', '{title}: scores', { title: grid.title }),
    head: [
      tr.t('report', 'Question'),
      tr.t('report', 'Base'),
      ...grid.scores.map((score) => tr.t('report', 'Score {score}', { score })),
      tr.t('report', 'High'),
      tr.t('report', 'Mean'),
    ],
    numeric: [false, true, ...grid.scores.map(() => true), true, true],
    widths: [50, width, ...grid.scores.map(() => width), width, width],
    rows: grid.rows.map((r) => [
      r.text,
      String(r.base),
      ...r.scores.map(share),
      share(r.high),
      r.mean === null ? '–' : r.mean.toFixed(2),
    ]),
    note: tr.t(
      'report',
      'Each figure is the share of the question’s base, with the count; high: the scale’s positive scores. Not known and blank answers are not in the base.',
    ),
  };
}

/** The chapter, or null when the framework scores no standard 0 to a top score. */
export function researchChapter<C>(ctx: Context<C>, number: number): ReportChapter<C> | null {
  const { framework, findings, byArea } = ctx.input;
  const grids = scoreGrids(framework, findings).filter((g) => g.rows.some((r) => r.base > 0));
  if (grids.length === 0) return null;
  const text = (id: string) => ctx.questionText.get(id) ?? id;
  const blocks: ReportBlock<C>[] = [
    {
      type: 'paragraph',
      text: ctx.tr.t(
        'report',
        'The tables of a research extraction, over the {count, plural, one {# case} other {# cases}} counted.',
        { count: findings.cases.counted },
      ),
    },
  ];
  const area = byArea?.breakdown?.dimensions.length === 1 ? byArea : null;
  const least = area ? leastRecordedItem(area) : null;
  if (area && least) blocks.push(recordingTable(ctx.tr, area, least, text(least)));
  if (area) {
    const coded = codedVariablesByGroup(area);
    const scored = new Set(
      [...area.profile, ...area.questions]
        .filter((f) => f.type === 'proportion' && f.scored)
        .map((f) => f.itemId),
    );
    for (const v of coded.variables) {
      if (scored.has(v.itemId) || (v.options[0]?.all.base ?? 0) === 0) continue;
      blocks.push(codedTable(ctx.tr, v, coded.groups, text(v.itemId)));
    }
  }
  blocks.push(...grids.map((grid) => gridTable(ctx.tr, grid)));
  blocks.push({ type: 'paragraph', text: smallBaseKey(ctx.tr), variant: 'note' });
  return {
    id: 'research-tables',
    number: String(number),
    title: ctx.tr.t('report', 'Research tables'),
    blocks,
  };
}
