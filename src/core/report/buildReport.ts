/**
 * The report document from an inspection, its framework, its findings and the lead's draft
 * (SPEC §6; the shape of seed 000's HMIP/Ofsted/Estyn thematic report): title page; foreword;
 * summary and key findings; recommendations addressed to named bodies; scope and methodology;
 * profile of the sample; one chapter per framework section with its key findings, figures as
 * `% (n/base)`, charts and ratings; case and good-practice examples; breakdown by area;
 * conclusion; appendices (the questions, a glossary). Pure: the HTML preview and the PDF both
 * render what this returns.
 */

import type { FindingsResult, ItemFinding, StandardRating } from '../findings/findingTypes';
import {
  countedText,
  isSmallBase,
  printedFigure,
  SMALL_BASE_KEY,
  SMALL_BASE_MARK,
} from '../findings/printedFigure';
import { describeApplicability } from '../framework/describeCondition';
import { indexFramework } from '../framework/frameworkItems';
import type { Framework, Section } from '../framework/frameworkSchema';
import type { Inspection, InspectionKind } from '../inspection/inspectionSchema';
import { isOrAre, wasOrWere } from '../phrasing/agreement';
import { listInWords } from '../phrasing/listInWords';
import { longDate, monthYear } from '../phrasing/longDate';
import { plural } from '../phrasing/plural';
import { percentHalfUp, roundHalfUp } from '../statistics/roundHalfUp';
import { checkReportText, currentFigures } from './checkReportFigures';
import { personalDataInText } from './personalDataInText';
import type {
  ReportBlock,
  ReportBullet,
  ReportChapter,
  ReportDocument,
  ReportTable,
} from './reportDocument';
import {
  chapterDraftOf,
  type KeyFinding,
  RECOMMENDATION_STATUS_LABELS,
  type ReportDraft,
} from './reportDraft';

/**
 * The moderation summary for the methodology: core's `moderationSentence` over the inspection's
 * second readings (src/core/moderation); null when none is recorded.
 */
export type ModerationSummary = { readonly text: string };

export type ReportInput<C> = {
  readonly inspection: Inspection;
  readonly framework: Framework;
  /** The findings over the cases counted (the same figures as the findings screen). */
  readonly findings: FindingsResult;
  /** The same findings broken down by area, for the breakdown chapter; null: left out. */
  readonly byArea: FindingsResult | null;
  readonly draft: ReportDraft;
  /** The report's date (ISO, the day it is made, local time). */
  readonly date: string;
  readonly moderation?: ModerationSummary | null;
  /** Draws a standard's scored questions as a chart (src/report/charts); absent: no charts. */
  readonly chartFor?: (title: string, findings: readonly ItemFinding[]) => C | null;
};

const KIND_PHRASES: Record<InspectionKind, { cover: string; noun: string }> = {
  inspection: { cover: 'An inspection', noun: 'inspection' },
  thematic: { cover: 'A thematic inspection', noun: 'inspection' },
  'self-audit': { cover: 'A self-audit', noun: 'audit' },
};

function fieldworkText(fieldwork: Inspection['fieldwork']): string | null {
  const { start, end } = fieldwork;
  if (start && end) {
    if (start === end) return `Fieldwork took place on ${longDate(start)}.`;
    return `Fieldwork took place from ${longDate(start)} to ${longDate(end)}.`;
  }
  if (start) return `Fieldwork began on ${longDate(start)}.`;
  if (end) return `Fieldwork ended on ${longDate(end)}.`;
  return null;
}

/** Plain text to paragraphs: a blank line separates them. */
function paragraphs<C>(text: string, variant?: 'note' | 'lead'): ReportBlock<C>[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '')
    .map((p) =>
      variant ? { type: 'paragraph', text: p, variant } : { type: 'paragraph', text: p },
    );
}

/** "(base 51)", marked when small: "(base 6 †)". */
function baseText(base: number): string {
  return `(base ${base}${isSmallBase(base) ? ` ${SMALL_BASE_MARK}` : ''})`;
}

/** What a finding shows in a table's figure column: what was counted and its figure. */
function figureCell(f: ItemFinding): string {
  switch (f.type) {
    case 'proportion':
      if (f.base === 0) return 'no applicable cases';
      if (f.counted) return countedText(f.counted);
      return `${f.options
        .filter((o) => o.count > 0)
        .map((o) => `${o.label} ${o.count}`)
        .join(', ')} ${baseText(f.base)}`;
    case 'multichoice':
      if (f.base === 0) return 'no answers';
      return `${f.options
        .filter((o) => o.count > 0)
        .map((o) => `${o.label} ${o.count}`)
        .join(
          ', ',
        )} (${plural(f.base, 'case')}${isSmallBase(f.base) ? ` ${SMALL_BASE_MARK}` : ''})`;
    case 'number':
      if (!f.summary) return 'no numbers';
      return `mean ${roundHalfUp(f.summary.mean, 1)}, median ${f.summary.median} (n ${f.summary.n}${isSmallBase(f.summary.n) ? ` ${SMALL_BASE_MARK}` : ''})`;
    default:
      return `answered in ${plural(f.answered, 'case')}`;
  }
}

/** A group's cell in a breakdown: the figure only; the row names what it counts. */
function groupCell(f: ItemFinding): string {
  if (f.type === 'proportion' && f.counted) {
    return printedFigure(f.counted.percentRounded, f.counted.count, f.counted.base);
  }
  return figureCell(f);
}

function intervalCell(f: ItemFinding): string {
  if (f.type !== 'proportion' || !f.counted?.interval) return '';
  const { low, high } = f.counted.interval;
  return `${roundHalfUp(low, 0)}–${roundHalfUp(high, 0)}%`;
}

/** Whether any figure of a finding stands on a base under 10 (it then carries the mark). */
function hasSmallBase(f: ItemFinding): boolean {
  switch (f.type) {
    case 'proportion':
    case 'multichoice':
      return isSmallBase(f.base);
    case 'number':
      return isSmallBase(f.summary?.n ?? 0) || f.thresholds.some((t) => isSmallBase(t.base));
    default:
      return false;
  }
}

/** A table's note, with the key to the small-base mark when any figure in it carries it. */
function withSmallBaseKey(note: string, marked: boolean): string {
  return marked ? `${note} ${SMALL_BASE_KEY}`.trim() : note;
}

function excludedCell(f: ItemFinding): string {
  const parts: string[] = [];
  if (f.notApplicable > 0) parts.push(`N/A ${f.notApplicable}`);
  if (f.notKnown > 0 && !(f.type === 'proportion' && f.notKnownInBase)) {
    parts.push(`not known ${f.notKnown}`);
  }
  if (f.unanswered > 0) parts.push(`unanswered ${f.unanswered}`);
  if (f.hidden > 0) parts.push(`not asked ${f.hidden}`);
  return parts.join(', ');
}

type Context<C> = {
  readonly input: ReportInput<C>;
  readonly questionText: ReadonlyMap<string, string>;
  readonly figures: ReturnType<typeof currentFigures>;
  readonly warnings: string[];
  readonly allowedNames: readonly string[];
};

/** A key finding as a bullet, with any figure the data no longer gives flagged. */
function bullet<C>(ctx: Context<C>, finding: KeyFinding, where: string): ReportBullet {
  const issues = checkReportText(finding.text, ctx.figures, finding.source);
  const warnings = issues.map((i) => i.message);
  for (const w of warnings) ctx.warnings.push(`${where}: ${w}`);
  return { text: finding.text, warnings };
}

/** Warnings on free text (summary, conclusions), kept for the lead; the text prints as written. */
function checkFreeText<C>(ctx: Context<C>, text: string, where: string): void {
  for (const issue of checkReportText(text, ctx.figures))
    ctx.warnings.push(`${where}: ${issue.message}`);
}

function generatedBullets(findings: readonly ItemFinding[], keyOnly: boolean): ReportBullet[] {
  const withSentence = findings.filter(
    (f): f is Extract<ItemFinding, { type: 'proportion' }> =>
      f.type === 'proportion' && f.sentence !== null,
  );
  const chosen =
    keyOnly && withSentence.some((f) => f.key) ? withSentence.filter((f) => f.key) : withSentence;
  return chosen.map((f) => ({ text: f.sentence!, warnings: [] }));
}

/** The answers a rating counts for a key question, in the scale's words ("Yes", "Sufficient"). */
function positiveAnswers<C>(ctx: Context<C>, questionId: string): string {
  const f = ctx.input.findings.questions.find((q) => q.itemId === questionId);
  if (f?.type !== 'proportion') return 'Positive';
  return f.options
    .filter((o) => o.meaning === 'positive')
    .map((o) => o.label)
    .join(' or ');
}

function ratingBlock<C>(ctx: Context<C>, title: string, rating: StandardRating): ReportBlock<C> {
  const lines: string[] = [];
  const { framework } = ctx.input;
  if (rating.ratedBy === 'key-questions' && framework.rating) {
    lines.push(
      framework.rating.standardRule === 'lowest-key-question'
        ? 'Rule: the standard takes the band of its lowest-scoring key question.'
        : 'Rule: this framework does not rate standards from the data.',
    );
    if (rating.questionId !== null && rating.positive !== null && rating.base !== null) {
      const text = ctx.questionText.get(rating.questionId) ?? rating.questionId;
      const band = rating.band ? `, in the band “${rating.band}”` : '';
      lines.push(
        `Lowest key question: ${text} ${positiveAnswers(ctx, rating.questionId)}: ${printedFigure(percentHalfUp(rating.positive, rating.base), rating.positive, rating.base)}${band}.`,
      );
    }
  }
  if (rating.note) lines.push(rating.note);
  for (const s of rating.skipped) {
    lines.push(`Left out: ${ctx.questionText.get(s.questionId) ?? s.questionId} (${s.reason}).`);
  }
  if (rating.override) {
    const was = rating.computedRating ? ` (the data gave ${rating.computedRating})` : '';
    lines.push(
      `Overridden by ${rating.override.by} on ${longDate(rating.override.at)}: ${rating.override.rating}${was}. Rationale: ${rating.override.rationale}`,
    );
  }
  const points = rating.points === null ? '' : ` (${plural(rating.points, 'point')})`;
  return {
    type: 'rating',
    title,
    rating:
      rating.rating !== null
        ? `${rating.rating}${points}`
        : rating.ratedBy === 'lead-judgement'
          ? 'Awaiting the lead inspector’s rating'
          : 'Not rated',
    lines,
    overridden: rating.override !== null,
  };
}

function questionsTable(
  title: string,
  findings: readonly ItemFinding[],
  questionText: ReadonlyMap<string, string>,
  confidence: number,
): ReportTable {
  const level = roundHalfUp(confidence * 100, 1);
  return {
    type: 'table',
    caption: title,
    head: ['Question', 'Answer counted: % (cases/base)', `${level}% interval`, 'Not in the base'],
    numeric: [false, true, true, false],
    widths: [44, 24, 13, 19],
    rows: findings.map((f) => [
      questionText.get(f.itemId) ?? f.itemId,
      figureCell(f),
      intervalCell(f),
      excludedCell(f),
    ]),
    note: withSmallBaseKey(
      'Each figure counts the cases giving the answer named, out of the cases where the question applied and was answered (the base): “No: 80% (41/51)” is 41 of 51 cases answering No.',
      findings.some(hasSmallBase),
    ),
  };
}

function profileTables<C>(ctx: Context<C>): ReportBlock<C>[] {
  const blocks: ReportBlock<C>[] = [];
  for (const f of ctx.input.findings.profile) {
    const title = ctx.questionText.get(f.itemId) ?? f.itemId;
    const excluded = excludedCell(f);
    if (f.type === 'proportion' || f.type === 'multichoice') {
      blocks.push({
        type: 'table',
        caption: title,
        head: ['Answer', 'Cases', '% of base'],
        numeric: [false, true, true],
        widths: [60, 20, 20],
        rows: f.options.map((o) => [
          o.label,
          String(o.count),
          f.base === 0
            ? '–'
            : `${o.percentRounded ?? 0}%${isSmallBase(f.base) ? ` ${SMALL_BASE_MARK}` : ''}`,
        ]),
        note: [
          `Base: ${plural(f.base, 'case')}.`,
          isSmallBase(f.base) ? SMALL_BASE_KEY : '',
          excluded ? `Not in the base: ${excluded}.` : '',
          f.type === 'multichoice' ? f.note : '',
        ]
          .filter(Boolean)
          .join(' '),
      });
    } else if (f.type === 'number') {
      const s = f.summary;
      const unit = f.unit ? ` (${f.unit})` : '';
      const rows: string[][] = s
        ? [
            ['Cases with a figure', String(s.n)],
            ['Mean', String(roundHalfUp(s.mean, 1))],
            ['Median', String(s.median)],
            ['Lowest', String(s.min)],
            ['Highest', String(s.max)],
            ...f.thresholds.map((t) => [
              t.label,
              t.base === 0 ? '–' : printedFigure(t.percentRounded, t.count, t.base),
            ]),
          ]
        : [['Cases with a figure', '0']];
      const notes = [
        excluded ? `Not counted: ${excluded}.` : '',
        hasSmallBase(f) ? SMALL_BASE_KEY : '',
      ].filter(Boolean);
      blocks.push({
        type: 'table',
        caption: `${title}${unit}`,
        head: ['Measure', 'Value'],
        numeric: [false, true],
        widths: [60, 40],
        rows,
        ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
      });
    } else {
      blocks.push({
        type: 'paragraph',
        text: `${title}: answered in ${plural(f.answered, 'case')}.`,
      });
    }
  }
  return blocks;
}

function methodology<C>(ctx: Context<C>): ReportBlock<C>[] {
  const { inspection, framework, findings, moderation } = ctx.input;
  const blocks: ReportBlock<C>[] = [];
  const noun = KIND_PHRASES[inspection.kind].noun;
  const publishers = listInWords(framework.publishers);
  blocks.push({
    type: 'paragraph',
    text: `This ${noun} read case files against the framework “${framework.title}” (version ${framework.version}), published by ${publishers} (${framework.year}).`,
  });
  blocks.push({ type: 'subheading', level: 3, text: 'The sample' });
  const counted = findings.cases.counted;
  const areas = inspection.areas;
  const strata = inspection.strata;
  const areaWords =
    areas.length > 0
      ? ` in ${plural(areas.length, 'area')}: ${listInWords(areas.map((a) => a.name))}`
      : '';
  blocks.push({
    type: 'paragraph',
    text: `The sample was ${plural(findings.cases.total, 'case')}${areaWords}.${
      strata.length > 0
        ? ` Cases were of ${plural(strata.length, 'kind', 'kinds')} (strata): ${listInWords(strata.map((s) => s.name))}.`
        : ''
    }`,
  });
  // Cases by area (and stratum), from the completeness tally, which counts every case given.
  const byAreaTally = findings.completeness.byArea;
  if (byAreaTally.length > 0) {
    blocks.push({
      type: 'table',
      caption: 'Cases in the sample, by area',
      head: ['Area', 'Cases', 'Fully answered'],
      numeric: [false, true, true],
      widths: [60, 20, 20],
      rows: [
        ...byAreaTally.map((g) => [g.label, String(g.cases), String(g.fullyAnswered)]),
        [
          'All areas',
          String(findings.completeness.cases),
          String(findings.completeness.fullyAnswered),
        ],
      ],
    });
  }
  blocks.push({ type: 'subheading', level: 3, text: 'How the sample was drawn' });
  if (inspection.sampling) {
    const s = inspection.sampling;
    blocks.push({
      type: 'paragraph',
      text: `The sample was drawn on ${longDate(s.drawnAt)} from a list of ${plural(s.populationSize, 'case')}, of which ${s.eligible} could be drawn; ${plural(s.sample.length, 'case')} ${wasOrWere(s.sample.length)} drawn${s.reserves.length > 0 ? `, with ${plural(s.reserves.length, 'reserve')}` : ''}.`,
    });
    blocks.push(...paragraphs<C>(s.method));
  } else {
    blocks.push({
      type: 'paragraph',
      text: 'The cases were chosen by the team and added one by one; no sample was drawn from a case list in Case Audit.',
    });
  }
  blocks.push({ type: 'subheading', level: 3, text: 'Fieldwork and the team' });
  const fieldwork = fieldworkText(inspection.fieldwork);
  const leads = inspection.team.filter((m) => m.role === 'lead').length;
  const inspectors = inspection.team.length - leads;
  blocks.push({
    type: 'paragraph',
    text:
      [
        fieldwork,
        inspection.team.length > 0
          ? `The team was ${plural(inspection.team.length, 'person', 'people')}: ${plural(leads, 'lead inspector')} and ${plural(inspectors, 'inspector')}.`
          : null,
      ]
        .filter(Boolean)
        .join(' ') || 'The fieldwork dates and the team were not recorded.',
  });
  blocks.push({ type: 'subheading', level: 3, text: 'How the figures were worked out' });
  const basis =
    findings.basis === 'complete-cases'
      ? `The figures count the ${plural(counted, 'case')} marked complete; ${plural(findings.cases.excluded, 'case')} ${wasOrWere(findings.cases.excluded)} not complete and ${isOrAre(findings.cases.excluded)} left out.`
      : `The figures count all ${plural(counted, 'case')} in the sample; ${findings.completeness.fullyAnswered} of them had every question that applied answered.`;
  const notKnown =
    'Answers of “not known” (the record did not say) are reported apart and, unless the framework says otherwise, are not in the base.';
  blocks.push({
    type: 'paragraph',
    text: `${basis} Each percentage is of the cases where the question applied and was answered (the base): answers of “not applicable”, questions not asked because of an earlier answer, and unanswered questions are left out of the base. ${notKnown} Figures are written as 38% (23/60): the percentage, rounded half up to a whole number, with the number of cases and the base.`,
  });
  blocks.push({
    type: 'paragraph',
    text: `Intervals are ${roundHalfUp(findings.confidence * 100, 1)}% Wilson score intervals. A figure whose base is under 10 cases is marked ${SMALL_BASE_MARK} (a small base): a figure on so few cases says little on its own. Each figure names the answer it counts; for a question about an adverse event (“Had the child gone missing?”) it counts the event.`,
  });
  blocks.push({ type: 'subheading', level: 3, text: 'Moderation' });
  blocks.push({
    type: 'paragraph',
    text:
      moderation?.text ??
      'No moderation (a second, independent reading of a share of the cases) is recorded for this inspection.',
  });
  return blocks;
}

function sectionChapter<C>(ctx: Context<C>, section: Section, number: number): ReportChapter<C> {
  const { input } = ctx;
  const { findings, draft } = input;
  const chapter = chapterDraftOf(draft, section.id);
  // The framework's own descriptions are notes for inspectors (they are in the appendix), not
  // report prose: a chapter opens with its findings.
  const blocks: ReportBlock<C>[] = [];
  const sectionFindings = findings.questions.filter((f) =>
    section.standards.some((s) => s.id === f.standardId),
  );
  const items =
    chapter.keyFindings.length > 0
      ? chapter.keyFindings.map((k) => bullet(ctx, k, `${section.title}, key findings`))
      : generatedBullets(sectionFindings, true);
  if (items.length > 0) {
    blocks.push({ type: 'subheading', level: 3, text: 'Key findings' });
    blocks.push({ type: 'bullets', items });
  }
  const ratings = new Map(findings.standards.map((s) => [s.standardId, s]));
  for (const standard of section.standards) {
    const standardFindings = sectionFindings.filter((f) => f.standardId === standard.id);
    blocks.push({ type: 'subheading', level: 3, text: standard.title });
    const rating = ratings.get(standard.id);
    if (input.framework.rating && rating && rating.ratedBy !== 'not-rated') {
      blocks.push(ratingBlock(ctx, standard.title, rating));
    }
    if (standardFindings.length > 0) {
      blocks.push(
        questionsTable(
          `Figures: ${standard.title}`,
          standardFindings,
          ctx.questionText,
          findings.confidence,
        ),
      );
      // Bars for the figures there are; a question with no applicable case is in the table only.
      const scored = standardFindings.filter(
        (f) => f.type === 'proportion' && f.scored && f.base > 0,
      );
      const chart = scored.length > 0 ? input.chartFor?.(standard.title, scored) : null;
      if (chart) blocks.push({ type: 'chart', chart });
    }
  }
  blocks.push(...exampleBlocks(ctx, section.id));
  if (chapter.conclusion.trim() !== '') {
    checkFreeText(ctx, chapter.conclusion, `${section.title}, conclusion`);
    blocks.push({ type: 'subheading', level: 3, text: 'Conclusion' });
    blocks.push(...paragraphs<C>(chapter.conclusion));
  }
  return { id: `section-${section.id}`, number: String(number), title: section.title, blocks };
}

function exampleBlocks<C>(ctx: Context<C>, sectionId: string | null): ReportBlock<C>[] {
  const areaNames = new Map(ctx.input.inspection.areas.map((a) => [a.id, a.name]));
  return ctx.input.draft.examples
    .filter(
      (e) => e.sectionId === sectionId || (sectionId === null && !sectionKnown(ctx, e.sectionId)),
    )
    .filter((e) => e.text.trim() !== '')
    .map((e) => {
      const kind = e.kind === 'case' ? 'Case example' : 'Good practice example';
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
        credit: area ? (e.kind === 'good-practice' ? `Credited to ${area}` : `From ${area}`) : null,
        warnings,
      };
    });
}

function sectionKnown<C>(ctx: Context<C>, sectionId: string | null): boolean {
  return sectionId !== null && ctx.input.framework.sections.some((s) => s.id === sectionId);
}

function breakdownChapter<C>(ctx: Context<C>, number: number): ReportChapter<C> | null {
  const byArea = ctx.input.byArea;
  const groups = byArea?.breakdown?.groups ?? [];
  if (!byArea || groups.length < 2) return null;
  const blocks: ReportBlock<C>[] = [
    {
      type: 'paragraph',
      text: 'Each figure counts the cases giving the answer named beside the question, out of the cases in that area where the question applied and was answered. Bases in one area are small: read the figures with their bases.',
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
      const part = groups.length > perTable ? ` (areas ${from + 1}–${from + chunk.length})` : '';
      blocks.push({
        type: 'table',
        caption: `${section.title}${part}`,
        head: ['Question', 'All areas', ...chunk.map((g) => g.label)],
        numeric: [false, true, ...chunk.map(() => true)],
        widths: [34, 14, ...chunk.map(() => 52 / chunk.length)],
        rows: indexes.map(({ f, i }) => [
          `${ctx.questionText.get(f.itemId) ?? f.itemId} (counted: ${f.type === 'proportion' ? f.counted?.answers : ''})`,
          groupCell(f),
          ...chunk.map((g) => {
            const cell = g.questions[i];
            return cell ? groupCell(cell) : '';
          }),
        ]),
        ...(indexes.some(
          ({ f, i }) =>
            hasSmallBase(f) || chunk.some((g) => g.questions[i] && hasSmallBase(g.questions[i]!)),
        )
          ? { note: SMALL_BASE_KEY }
          : {}),
      });
    }
  }
  return { id: 'breakdown-by-area', number: String(number), title: 'Findings by area', blocks };
}

function questionsAppendix<C>(ctx: Context<C>): ReportBlock<C>[] {
  const { framework } = ctx.input;
  const index = indexFramework(framework);
  const scaleText = (scaleId: string | undefined): string => {
    const scale = scaleId ? index.scaleById.get(scaleId) : undefined;
    if (!scale) return '';
    const extra = [scale.allowNotApplicable ? 'N/A' : '', scale.allowNotKnown ? 'not known' : '']
      .filter(Boolean)
      .join(', ');
    return `${scale.options.map((o) => o.label).join(' / ')}${extra ? ` (or ${extra})` : ''}`;
  };
  const blocks: ReportBlock<C>[] = [
    {
      type: 'paragraph',
      text: `The framework “${framework.title}”, version ${framework.version}. ${framework.source.citation}`,
    },
  ];
  if (framework.status !== 'published') {
    blocks.push({
      type: 'paragraph',
      variant: 'note',
      text:
        framework.statusNote?.split(/\n\s*\n/)[0] ??
        'Some of the wording of this framework is reconstructed rather than the publisher’s own.',
    });
  }
  if (framework.profile.length > 0) {
    blocks.push({
      type: 'table',
      caption: 'Profile of the case',
      head: ['Field', 'Answers'],
      numeric: [false, false],
      widths: [60, 40],
      rows: framework.profile.map((p) => [
        p.text,
        p.kind === 'number'
          ? `a number${p.unit ? ` (${p.unit})` : ''}`
          : scaleText(p.scale) || p.kind,
      ]),
    });
  }
  for (const section of framework.sections) {
    for (const standard of section.standards) {
      if (standard.questions.length === 0) continue;
      blocks.push({
        type: 'table',
        caption: `${section.title}: ${standard.title}`,
        head: ['Question', 'Answers'],
        numeric: [false, false],
        widths: [64, 36],
        rows: standard.questions.map((q) => [
          `${q.text}${q.key ? ' (key question)' : ''}${q.showWhen ? ` ${describeApplicability(q.showWhen, index)}` : ''}`,
          q.kind === 'number'
            ? `a number${q.unit ? ` (${q.unit})` : ''}`
            : scaleText(q.scale) || q.kind,
        ]),
      });
    }
  }
  return blocks;
}

function glossary<C>(ctx: Context<C>): ReportBlock<C>[] {
  const { framework, findings } = ctx.input;
  const terms = [
    ...(framework.glossary ?? []).map((g) => ({ term: g.term, definition: g.definition })),
    {
      term: 'Base',
      definition:
        'The cases a percentage is out of: those where the question applied and was answered.',
    },
    {
      term: 'N/A (not applicable)',
      definition: 'The question did not apply to the case. Such cases are not in the base.',
    },
    {
      term: 'Not known',
      definition:
        'The record did not say. Reported apart; in the base only where the framework says so.',
    },
    {
      term: 'Interval',
      definition: `The range in which the figure for all such cases is likely to lie (${roundHalfUp(findings.confidence * 100, 1)}% Wilson score interval), given the size of the sample.`,
    },
    {
      term: 'Proportions in words',
      definition:
        framework.quantifiers === 'bands'
          ? 'Almost all: over 90%. Most: 75% to 90%. The majority: 50% to 74%. Less than half: 15% to 49%. A few: up to 15%.'
          : 'Proportions are given as the nearest simple fraction with a qualifier: “nearly two-thirds” is a little under 67%, “over one-third” a little over 33%.',
    },
  ];
  return [{ type: 'definitions', items: terms }];
}

/** The report document. */
export function buildReport<C>(input: ReportInput<C>): ReportDocument<C> {
  const { inspection, framework, findings, draft } = input;
  const index = indexFramework(framework);
  const questionText = new Map([...index.itemById].map(([id, entry]) => [id, entry.item.text]));
  const ctx: Context<C> = {
    input,
    questionText,
    figures: currentFigures(findings, ...(input.byArea ? [input.byArea] : [])),
    warnings: [],
    allowedNames: [
      ...inspection.areas.map((a) => a.name),
      ...inspection.organisations,
      ...framework.publishers,
      ...inspection.strata.map((s) => s.name),
    ],
  };
  const chapters: ReportChapter<C>[] = [];

  if (draft.foreword.trim() !== '') {
    checkFreeText(ctx, draft.foreword, 'Foreword');
    chapters.push({
      id: 'foreword',
      number: null,
      title: 'Foreword',
      blocks: paragraphs(draft.foreword),
    });
  }

  const summary: ReportBlock<C>[] = [];
  if (draft.summary.trim() !== '') {
    checkFreeText(ctx, draft.summary, 'Summary');
    summary.push(...paragraphs<C>(draft.summary));
  }
  const keyFindings =
    draft.keyFindings.length > 0
      ? draft.keyFindings.map((k) => bullet(ctx, k, 'Summary, key findings'))
      : generatedBullets(findings.questions, true).filter(
          (_, i, all) => all.length <= 12 || i < 12,
        );
  if (keyFindings.length > 0) {
    summary.push({ type: 'subheading', level: 3, text: 'Key findings' });
    summary.push({ type: 'bullets', items: keyFindings });
  }
  if (findings.overall && framework.rating?.overall) {
    const o = findings.overall;
    summary.push({
      type: 'rating',
      title: 'Overall rating',
      rating: o.rating ?? 'Not rated',
      lines: [
        `${o.points ?? 0} of ${plural(o.maxPoints, 'point')}: the sum of the standards’ points, banded by the framework’s rule.`,
        o.note,
      ].filter(Boolean),
      overridden: false,
    });
  }
  if (summary.length === 0) {
    summary.push({
      type: 'paragraph',
      text: `This report gives the findings of ${plural(findings.cases.counted, 'case')} read against the framework.`,
    });
  }
  chapters.push({ id: 'summary', number: null, title: 'Summary', blocks: summary });

  const recommendations = draft.recommendations.filter((r) => r.text.trim() !== '');
  if (recommendations.length > 0) {
    const groups: { lead: string; items: ReportBullet[] }[] = [];
    for (const r of recommendations) {
      const addressee = r.addressee.trim() || 'The service';
      const lead = `${addressee} should ensure that:`;
      let group = groups.find((g) => g.lead === lead);
      if (!group) {
        group = { lead, items: [] };
        groups.push(group);
      }
      group.items.push({ text: r.text.trim(), warnings: [] });
    }
    const blocks: ReportBlock<C>[] = [{ type: 'recommendations', groups }];
    const tracked = recommendations.filter((r) => r.owner || r.status || r.dueDate || r.response);
    if (tracked.length > 0) {
      blocks.push({
        type: 'table',
        caption: 'Action plan',
        head: ['Recommendation', 'Owner', 'Status', 'Due', 'Response'],
        numeric: [false, false, false, false, false],
        widths: [36, 14, 12, 12, 26],
        rows: tracked.map((r) => [
          `${r.addressee.trim() || 'The service'}: ${r.text.trim()}`,
          r.owner,
          r.status ? RECOMMENDATION_STATUS_LABELS[r.status] : '',
          r.dueDate ? longDate(r.dueDate) : '',
          r.response,
        ]),
      });
    }
    chapters.push({ id: 'recommendations', number: null, title: 'Recommendations', blocks });
  }

  let n = 1;
  chapters.push({
    id: 'scope-and-methodology',
    number: String(n++),
    title: 'Scope and methodology',
    blocks: methodology(ctx),
  });
  if (findings.profile.length > 0) {
    chapters.push({
      id: 'profile',
      number: String(n++),
      title: 'Profile of the sample',
      blocks: [
        {
          type: 'paragraph',
          text: `The ${plural(findings.cases.counted, 'case')} counted in this report, described by the case profile each inspector recorded.`,
        },
        ...profileTables(ctx),
      ],
    });
  }
  for (const section of framework.sections) chapters.push(sectionChapter(ctx, section, n++));
  const loose = exampleBlocks(ctx, null);
  if (loose.length > 0) {
    chapters.push({
      id: 'examples',
      number: String(n++),
      title: 'Case examples and good practice',
      blocks: loose,
    });
  }
  const breakdown = breakdownChapter(ctx, n);
  if (breakdown) {
    chapters.push(breakdown);
    n++;
  }
  if (draft.conclusion.trim() !== '') {
    checkFreeText(ctx, draft.conclusion, 'Conclusion');
    chapters.push({
      id: 'conclusion',
      number: String(n++),
      title: 'Conclusion',
      blocks: paragraphs(draft.conclusion),
    });
  }
  chapters.push({
    id: 'appendix-questions',
    number: 'Appendix 1',
    title: 'The framework’s questions',
    blocks: questionsAppendix(ctx),
  });
  chapters.push({
    id: 'appendix-glossary',
    number: 'Appendix 2',
    title: 'Glossary',
    blocks: glossary(ctx),
  });

  const kind = KIND_PHRASES[inspection.kind];
  const organisations =
    inspection.organisations.length > 0 ? inspection.organisations : framework.publishers;
  return {
    meta: {
      title: inspection.title,
      subject: `${kind.cover}: findings from ${plural(findings.cases.counted, 'case')} read against ${framework.title} (version ${framework.version})`,
      author: listInWords(organisations),
      keywords: [
        'inspection',
        'case audit',
        framework.id,
        ...inspection.areas.map((a) => a.name),
      ].join(', '),
      language: framework.language,
    },
    titlePage: {
      title: inspection.title,
      kind: `${kind.cover} by ${listInWords(organisations)}`,
      organisations,
      date: monthYear(input.date),
      framework: `Framework: ${framework.title}, version ${framework.version}`,
      notice: inspection.example
        ? 'Example data: made up to show how Case Audit works. Not a real inspection.'
        : null,
    },
    runningHeader: inspection.title,
    chapters,
    warnings: ctx.warnings,
  };
}
