/** A chapter per framework section (key findings, ratings, tables, charts, examples, conclusion), and the breakdown by area. */
import type { ItemFinding, MultichoiceFinding, StandardRating } from '../findings/findingTypes';
import { hasSmallBase, isSmallBase, printedFigure, smallBaseKey } from '../findings/printedFigure';
import type { Section } from '../framework/frameworkSchema';
import type { Translator } from '../i18n/translator';
import { percentHalfUp, roundHalfUp } from '../statistics/roundHalfUp';
import { personalDataInText } from './personalDataInText';
import {
  type Context,
  checkFreeText,
  keyFindingBlocks,
  paragraphs,
  templateWords,
} from './reportContext';
import type { ReportBlock, ReportChapter, ReportTable } from './reportDocument';
import { chapterDraftOf } from './reportDraft';
import {
  answerRows,
  excludedCell,
  figureCell,
  groupCell,
  intervalCell,
  withSmallBaseKey,
} from './reportFigures';

/** The answers a rating counts for a key question, in the scale's words ("Yes", "Sufficient"). */
function positiveAnswers<C>(ctx: Context<C>, questionId: string): string {
  const f = ctx.input.findings.questions.find((q) => q.itemId === questionId);
  if (f?.type !== 'proportion') return ctx.tr.t('report', 'Positive');
  return f.options
    .filter((o) => o.meaning === 'positive')
    .map((o) => o.label)
    .join(ctx.tr.t('report', ' or '));
}

function ratingBlock<C>(ctx: Context<C>, title: string, rating: StandardRating): ReportBlock<C> {
  const lines: string[] = [];
  const { framework } = ctx.input;
  const { tr } = ctx;
  if (rating.ratedBy === 'key-questions' && framework.rating) {
    lines.push(
      framework.rating.standardRule === 'lowest-key-question'
        ? tr.t('report', 'Rule: the standard takes the band of its lowest-scoring key question.')
        : tr.t('report', 'Rule: this framework does not rate standards from the data.'),
    );
    if (rating.questionId !== null && rating.positive !== null && rating.base !== null) {
      const values = {
        question: ctx.questionText.get(rating.questionId) ?? rating.questionId,
        answers: positiveAnswers(ctx, rating.questionId),
        figure: printedFigure(
          percentHalfUp(rating.positive, rating.base),
          rating.positive,
          rating.base,
          tr,
        ),
        band: rating.band ?? '',
      };
      lines.push(
        rating.band
          ? tr.t(
              'report',
              'Lowest key question: {question} {answers}: {figure}, in the band “{band}”.',
              values,
            )
          : tr.t('report', 'Lowest key question: {question} {answers}: {figure}.', values),
      );
    }
  }
  if (rating.note) lines.push(rating.note);
  for (const s of rating.skipped) {
    lines.push(
      tr.t('report', 'Left out: {question} ({reason}).', {
        question: ctx.questionText.get(s.questionId) ?? s.questionId,
        reason: s.reason,
      }),
    );
  }
  if (rating.override) lines.push(overrideLine(tr, rating));
  const points =
    rating.points === null
      ? ''
      : ` (${tr.t('report', '{points, plural, one {# point} other {# points}}', { points: rating.points })})`;
  return {
    type: 'rating',
    title,
    rating:
      rating.rating !== null
        ? `${rating.rating}${points}`
        : rating.ratedBy === 'lead-judgement'
          ? tr.t('report', 'Awaiting the lead inspector’s rating')
          : tr.t('report', 'Not rated'),
    lines,
    overridden: rating.override !== null,
  };
}

/** Who overrode a standard's rating, when, to what, and why. */
function overrideLine(tr: Translator, rating: StandardRating): string {
  const override = rating.override!;
  const values = {
    by: override.by,
    date: tr.date(override.at),
    rating: override.rating,
    computed: rating.computedRating ?? '',
    rationale: override.rationale,
  };
  return rating.computedRating
    ? tr.t(
        'report',
        'Overridden by {by} on {date}: {rating} (the data gave {computed}). Rationale: {rationale}',
        values,
      )
    : tr.t('report', 'Overridden by {by} on {date}: {rating}. Rationale: {rationale}', values);
}

function questionsTable(
  tr: Translator,
  title: string,
  findings: readonly ItemFinding[],
  questionText: ReadonlyMap<string, string>,
  confidence: number,
): ReportTable {
  const level = roundHalfUp(confidence * 100, 1);
  return {
    type: 'table',
    caption: title,
    head: [
      tr.t('report', 'Question'),
      tr.t('report', 'Answer counted: % (cases/base)'),
      tr.t('report', '{level}% interval', { level }),
      tr.t('report', 'Not in the base'),
    ],
    numeric: [false, true, true, false],
    widths: [44, 24, 13, 19],
    rows: findings.map((f) => [
      questionText.get(f.itemId) ?? f.itemId,
      figureCell(f, tr),
      intervalCell(f),
      excludedCell(f),
    ]),
    note: withSmallBaseKey(
      tr.t(
        'report',
        'Each figure counts the cases giving the answer named, out of the cases where the question applied and was answered (the base): “No: 80% (41/51)” is 41 of 51 cases answering No.',
      ),
      findings.some(hasSmallBase),
      tr,
    ),
  };
}

/**
 * A multi-answer question's results: each answer with its cases and its share of the cases
 * answering. A case can give several answers, so the shares can add up to more than 100%.
 */
function multiAnswerTable(
  tr: Translator,
  f: MultichoiceFinding,
  questionText: ReadonlyMap<string, string>,
): ReportTable {
  const small = isSmallBase(f.base);
  const excluded = excludedCell(f);
  return {
    type: 'table',
    caption: questionText.get(f.itemId) ?? f.itemId,
    head: [tr.t('report', 'Answer'), tr.t('report', 'Cases'), tr.t('report', '% of cases')],
    numeric: [false, true, true],
    widths: [60, 20, 20],
    rows: answerRows(f),
    note: withSmallBaseKey(
      [
        tr.t(
          'report',
          'A case could give more than one answer, so the percentages can add up to more than 100.',
        ),
        tr.t('report', 'Base: {base, plural, one {# case} other {# cases}}.', { base: f.base }),
        excluded ? tr.t('report', 'Not in the base: {excluded}.', { excluded }) : '',
      ]
        .filter(Boolean)
        .join(' '),
      small,
      tr,
    ),
  };
}

/**
 * A standard's figures: its questions' table and chart, then a table for each multi-answer
 * question (whose answers do not fit one cell).
 */
function figureBlocks<C>(
  ctx: Context<C>,
  title: string,
  standardFindings: readonly ItemFinding[],
): ReportBlock<C>[] {
  const { findings, chartFor } = ctx.input;
  const blocks: ReportBlock<C>[] = [];
  const singleAnswer = standardFindings.filter((f) => f.type !== 'multichoice');
  if (singleAnswer.length > 0) {
    blocks.push(
      questionsTable(
        ctx.tr,
        ctx.tr.t('report', 'Figures: {title}', { title }),
        singleAnswer,
        ctx.questionText,
        findings.confidence,
      ),
    );
  }
  // Bars for the figures there are; a question with no applicable case is in the table only.
  const scored = standardFindings.filter((f) => f.type === 'proportion' && f.scored && f.base > 0);
  const chart = scored.length > 0 ? chartFor?.(title, scored) : null;
  // The table is "Figures: …"; the chart's caption says what its bars show.
  if (chart) {
    blocks.push({
      type: 'chart',
      chart,
      caption: ctx.tr.t('report', '{title}: cases giving the answer counted, % of the base', {
        title,
      }),
    });
  }
  for (const f of standardFindings) {
    if (f.type === 'multichoice') blocks.push(multiAnswerTable(ctx.tr, f, ctx.questionText));
  }
  return blocks;
}

export function sectionChapter<C>(
  ctx: Context<C>,
  section: Section,
  number: number,
): ReportChapter<C> {
  const { input } = ctx;
  const { findings, draft } = input;
  const chapter = chapterDraftOf(draft, section.id);
  // The framework's own descriptions are notes for inspectors (they are in the appendix), not
  // report prose: a chapter opens with its findings.
  const blocks: ReportBlock<C>[] = [];
  const sectionFindings = findings.questions.filter((f) =>
    section.standards.some((s) => s.id === f.standardId),
  );
  blocks.push(
    ...keyFindingBlocks(ctx, chapter.keyFindings, {
      where: `${section.title}, key findings`,
      placeholder: ctx.tr.t(
        'report',
        'No key findings chosen for this chapter: choose them in the report’s text.',
      ),
      check: `Chapter ${number} (${section.title})`,
    }),
  );
  const ratings = new Map(findings.standards.map((s) => [s.standardId, s]));
  for (const standard of section.standards) {
    const standardFindings = sectionFindings.filter((f) => f.standardId === standard.id);
    blocks.push({ type: 'subheading', level: 3, text: standard.title });
    const rating = ratings.get(standard.id);
    if (input.framework.rating && rating && rating.ratedBy !== 'not-rated') {
      blocks.push(ratingBlock(ctx, standard.title, rating));
    }
    blocks.push(...figureBlocks(ctx, standard.title, standardFindings));
  }
  blocks.push(...exampleBlocks(ctx, section.id));
  if (chapter.conclusion.trim() !== '') {
    checkFreeText(ctx, chapter.conclusion, `${section.title}, conclusion`);
    blocks.push({ type: 'subheading', level: 3, text: ctx.tr.t('report', 'Conclusion') });
    blocks.push(...paragraphs<C>(chapter.conclusion));
  }
  return { id: `section-${section.id}`, number: String(number), title: section.title, blocks };
}

export function exampleBlocks<C>(ctx: Context<C>, sectionId: string | null): ReportBlock<C>[] {
  const areaNames = new Map(ctx.input.inspection.areas.map((a) => [a.id, a.name]));
  return ctx.input.draft.examples
    .filter(
      (e) => e.sectionId === sectionId || (sectionId === null && !sectionKnown(ctx, e.sectionId)),
    )
    .filter((e) => e.text.trim() !== '')
    .map((e) => {
      const labels = ctx.template.exampleLabels;
      const kind = templateWords(ctx.tr, e.kind === 'case' ? labels.case : labels.goodPractice);
      const area = e.areaId ? (areaNames.get(e.areaId) ?? null) : null;
      const warnings = personalDataInText(`${e.title}\n${e.text}`, ctx.allowedNames).map(
        (w) => w.message,
      );
      for (const w of warnings) ctx.warnings.push(`${kind}${e.title ? `: ${e.title}` : ''}: ${w}`);
      checkFreeText(ctx, e.text, kind);
      return {
        type: 'example' as const,
        label: e.title.trim() ? `${kind}: ${e.title.trim()}` : kind,
        text: e.text.trim(),
        credit: area
          ? e.kind === 'good-practice'
            ? ctx.tr.t('report', 'Credited to {area}', { area })
            : ctx.tr.t('report', 'From {area}', { area })
          : null,
        warnings,
      };
    });
}

function sectionKnown<C>(ctx: Context<C>, sectionId: string | null): boolean {
  return sectionId !== null && ctx.input.framework.sections.some((s) => s.id === sectionId);
}

export function breakdownChapter<C>(ctx: Context<C>, number: number): ReportChapter<C> | null {
  const byArea = ctx.input.byArea;
  const groups = byArea?.breakdown?.groups ?? [];
  if (!byArea || groups.length < 2) return null;
  const blocks: ReportBlock<C>[] = [
    {
      type: 'paragraph',
      text: ctx.tr.t(
        'report',
        'Each figure counts the cases giving the answer named beside the question, out of the cases in that area where the question applied and was answered. Bases in one area are small: read the figures with their bases.',
      ),
    },
  ];
  const perTable = 4;
  for (const section of ctx.input.framework.sections) {
    const indexes = byArea.questions
      .map((f, i) => ({ f, i }))
      .filter(
        ({ f }) =>
          f.type === 'proportion' &&
          f.counted !== null &&
          section.standards.some((s) => s.id === f.standardId),
      );
    if (indexes.length === 0) continue;
    for (let from = 0; from < groups.length; from += perTable) {
      const chunk = groups.slice(from, from + perTable);
      const part =
        groups.length > perTable
          ? ` (${ctx.tr.t('report', 'areas {from}–{to}', { from: from + 1, to: from + chunk.length })})`
          : '';
      blocks.push({
        type: 'table',
        caption: `${section.title}${part}`,
        head: [
          ctx.tr.t('report', 'Question'),
          ctx.tr.t('report', 'All areas'),
          ...chunk.map((g) => g.label),
        ],
        numeric: [false, true, ...chunk.map(() => true)],
        widths: [34, 14, ...chunk.map(() => 52 / chunk.length)],
        rows: indexes.map(({ f, i }) => [
          ctx.tr.t('report', '{question} (counted: {answers})', {
            question: ctx.questionText.get(f.itemId) ?? f.itemId,
            answers: (f.type === 'proportion' ? f.counted?.answers : '') ?? '',
          }),
          groupCell(f, ctx.tr),
          ...chunk.map((g) => {
            const cell = g.questions[i];
            return cell ? groupCell(cell, ctx.tr) : '';
          }),
        ]),
        ...(indexes.some(
          ({ f, i }) =>
            hasSmallBase(f) || chunk.some((g) => g.questions[i] && hasSmallBase(g.questions[i]!)),
        )
          ? { note: smallBaseKey(ctx.tr) }
          : {}),
      });
    }
  }
  return {
    id: 'breakdown-by-area',
    number: String(number),
    title: ctx.tr.t('report', 'Findings by area'),
    blocks,
  };
}
