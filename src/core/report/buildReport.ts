/**
 * The report document from an inspection, its framework, its findings and the lead's draft
 * (SPEC §6; the shape of seed 000's HMIP/Ofsted/Estyn thematic report): title page; foreword;
 * summary and key findings; recommendations addressed to named bodies; scope and methodology;
 * profile of the sample; one chapter per framework section with its key findings, figures as
 * `% (n/base)`, charts and ratings; case and good-practice examples; breakdown by area;
 * conclusion; appendices (the questions, a glossary). The template (the draft's choice, or the
 * one the inspection's kind suggests) sets the cover's wording, the examples' labels, the
 * appendices printed and what is numbered; acknowledgements and the team open the report when
 * written. Pure: the HTML preview, the PDF and Word all render what this returns.
 */
import { indexFramework } from '../framework/frameworkItems';
import { LANGUAGE_TAGS } from '../i18n/language';
import { ENGLISH, type Translator } from '../i18n/translator';
import { listInWords } from '../phrasing/listInWords';
import { currentFigures } from './checkReportFigures';
import { crossTabChapter } from './crossTabChapter';
import { publishedFiguresChapter } from './publishedFiguresChapter';
import { glossary, profileTables, questionsAppendix } from './reportAppendices';
import { breakdownChapter, exampleBlocks, sectionChapter } from './reportChapters';
import {
  type Context,
  checkFreeText,
  keyFindingBlocks,
  kindPhrases,
  listed,
  paragraphs,
  type ReportInput,
  templateWords,
} from './reportContext';
import type {
  ReportBlock,
  ReportBullet,
  ReportChapter,
  ReportDocument,
  ReportWords,
} from './reportDocument';
import { recommendationStatusLabel } from './reportDraft';
import { methodology } from './reportMethodology';
import { numberParagraphs, numberTablesAndFigures } from './reportNumbering';
import { reportTemplateOf } from './reportTemplates';
import { researchChapter } from './researchChapter';
import { twoWayChapter } from './twoWayChapter';

export type { ModerationSummary, ReportInput } from './reportContext';

/**
 * Thanks to the areas and partners, and the inspection team's credits (role, then names), as
 * seed 000's report opens; null when there is neither. The names are the team's, not case data:
 * they are not checked as personal data.
 */
function acknowledgementsChapter<C>(ctx: Context<C>): ReportChapter<C> | null {
  const { draft } = ctx.input;
  const text = draft.acknowledgements ?? '';
  const team = (draft.team ?? [])
    .map((t) => ({ term: t.role.trim(), definition: t.names.trim() }))
    .filter((t) => t.definition !== '');
  if (text.trim() === '' && team.length === 0) return null;
  const blocks: ReportBlock<C>[] = [];
  if (text.trim() !== '') {
    checkFreeText(ctx, text, 'Acknowledgements');
    blocks.push(...paragraphs<C>(text));
  }
  if (team.length > 0) {
    blocks.push({ type: 'subheading', level: 3, text: ctx.tr.t('report', 'The inspection team') });
    blocks.push({ type: 'definitions', items: team });
  }
  return {
    id: 'acknowledgements',
    number: null,
    title: ctx.tr.t('report', 'Acknowledgements'),
    blocks,
  };
}

/** Acknowledgements, foreword, summary (with key findings and the overall rating) and recommendations. */
function frontMatter<C>(ctx: Context<C>): ReportChapter<C>[] {
  const { draft } = ctx.input;
  const chapters: ReportChapter<C>[] = [];
  const acknowledgements = acknowledgementsChapter(ctx);
  if (acknowledgements) chapters.push(acknowledgements);
  if (draft.foreword.trim() !== '') {
    checkFreeText(ctx, draft.foreword, 'Foreword');
    chapters.push({
      id: 'foreword',
      number: null,
      title: ctx.tr.t('report', 'Foreword'),
      blocks: paragraphs(draft.foreword),
    });
  }
  chapters.push({
    id: 'summary',
    number: null,
    title: ctx.tr.t('report', 'Summary'),
    blocks: summaryBlocks(ctx),
  });
  const recommendations = recommendationsChapter(ctx);
  if (recommendations) chapters.push(recommendations);
  return chapters;
}

function summaryBlocks<C>(ctx: Context<C>): ReportBlock<C>[] {
  const { framework, findings, draft } = ctx.input;
  const summary: ReportBlock<C>[] = [];
  if (draft.summary.trim() !== '') {
    checkFreeText(ctx, draft.summary, 'Summary');
    summary.push(...paragraphs<C>(draft.summary));
  }
  summary.push(
    ...keyFindingBlocks(ctx, draft.keyFindings, {
      where: 'Summary, key findings',
      placeholder: ctx.tr.t(
        'report',
        'No key findings chosen for the summary: choose them in the report’s text.',
      ),
      check: 'Summary',
    }),
  );
  if (findings.overall && framework.rating?.overall) {
    const o = findings.overall;
    summary.push({
      type: 'rating',
      title: ctx.tr.t('report', 'Overall rating'),
      rating: o.rating ?? ctx.tr.t('report', 'Not rated'),
      lines: [
        ctx.tr.t(
          'report',
          '{points} of {maxPoints, plural, one {# point} other {# points}}: the sum of the standards’ points, banded by the framework’s rule.',
          { points: o.points ?? 0, maxPoints: o.maxPoints },
        ),
        o.note,
      ].filter(Boolean),
      overridden: false,
    });
  }
  // Only a placeholder (shown in the preview, never printed): the printed summary still says something.
  if (!summary.some((b) => b.type !== 'placeholder')) {
    summary.unshift({
      type: 'paragraph',
      text: ctx.tr.t(
        'report',
        'This report gives the findings of {count, plural, one {# case} other {# cases}} read against the framework.',
        { count: findings.cases.counted },
      ),
    });
  }
  return summary;
}

/** The recommendations, grouped by the body addressed, with the action plan when tracked. */
function recommendationsChapter<C>(ctx: Context<C>): ReportChapter<C> | null {
  const { draft } = ctx.input;
  const recommendations = draft.recommendations.filter((r) => r.text.trim() !== '');
  if (recommendations.length === 0) return null;
  {
    const groups: { lead: string; items: ReportBullet[] }[] = [];
    for (const r of recommendations) {
      const addressee = r.addressee.trim() || ctx.tr.t('report', 'The service');
      const lead = ctx.tr.t('report', '{addressee} should ensure that:', { addressee });
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
        caption: ctx.tr.t('report', 'Action plan'),
        head: [
          ctx.tr.t('report', 'Recommendation'),
          ctx.tr.t('report', 'Owner'),
          ctx.tr.t('report', 'Status'),
          ctx.tr.t('report', 'Due'),
          ctx.tr.t('report', 'Response'),
        ],
        numeric: [false, false, false, false, false],
        widths: [36, 14, 12, 12, 26],
        rows: tracked.map((r) => [
          `${r.addressee.trim() || ctx.tr.t('report', 'The service')}: ${r.text.trim()}`,
          r.owner,
          r.status ? recommendationStatusLabel(r.status, ctx.tr) : '',
          r.dueDate ? ctx.tr.date(r.dueDate) : '',
          r.response,
        ]),
      });
    }
    return {
      id: 'recommendations',
      number: null,
      title: ctx.tr.t('report', 'Recommendations'),
      blocks,
    };
  }
}

/** The numbered chapters, from the methodology to the conclusion, then the appendices. */
function bodyChapters<C>(ctx: Context<C>): ReportChapter<C>[] {
  const { framework, findings, draft } = ctx.input;
  const chapters: ReportChapter<C>[] = [];
  let n = 1;
  chapters.push({
    id: 'scope-and-methodology',
    number: String(n++),
    title: ctx.tr.t('report', 'Scope and methodology'),
    blocks: methodology(ctx),
  });
  if (findings.profile.length > 0) {
    chapters.push({
      id: 'profile',
      number: String(n++),
      title: ctx.tr.t('report', 'Profile of the sample'),
      blocks: [
        {
          type: 'paragraph',
          text: ctx.tr.t(
            'report',
            'The {count, plural, one {# case} other {# cases}} counted in this report, described by the case profile each inspector recorded.',
            { count: findings.cases.counted },
          ),
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
      title: ctx.tr.t('report', 'Case examples and good practice'),
      blocks: loose,
    });
  }
  const published = publishedFiguresChapter(ctx, n);
  if (published) {
    chapters.push(published);
    n++;
  }
  const breakdown = breakdownChapter(ctx, n);
  if (breakdown) {
    chapters.push(breakdown);
    n++;
  }
  const twoWay = twoWayChapter(ctx, n);
  if (twoWay) {
    chapters.push(twoWay);
    n++;
  }
  const crossTabs = crossTabChapter(ctx, n);
  if (crossTabs) {
    chapters.push(crossTabs);
    n++;
  }
  const research = researchChapter(ctx, n);
  if (research) {
    chapters.push(research);
    n++;
  }
  if (draft.conclusion.trim() !== '') {
    checkFreeText(ctx, draft.conclusion, 'Conclusion');
    chapters.push({
      id: 'conclusion',
      number: String(n++),
      title: ctx.tr.t('report', 'Conclusion'),
      blocks: paragraphs(draft.conclusion),
    });
  }
  chapters.push(...appendixChapters(ctx));
  return chapters;
}

/** The appendices the template prints, numbered "Appendix 1", "Appendix 2" … as printed. */
function appendixChapters<C>(ctx: Context<C>): ReportChapter<C>[] {
  const { appendices } = ctx.template;
  const printed: Omit<ReportChapter<C>, 'number'>[] = [];
  if (appendices.questions) {
    printed.push({
      id: 'appendix-questions',
      title: ctx.tr.t('report', 'The framework’s questions'),
      blocks: questionsAppendix(ctx),
    });
  }
  if (appendices.glossary) {
    printed.push({
      id: 'appendix-glossary',
      title: ctx.tr.t('report', 'Glossary'),
      blocks: glossary(ctx),
    });
  }
  return printed.map((a, i) => ({
    ...a,
    number: ctx.tr.t('report', 'Appendix {number}', { number: i + 1 }),
  }));
}

/** The report document, in the language of `input.tr` (English when none is given). */
export function buildReport<C>(input: ReportInput<C>): ReportDocument<C> {
  const { inspection, framework, findings, draft } = input;
  const tr = input.tr ?? ENGLISH;
  const template = reportTemplateOf(draft.style?.template, inspection.kind);
  const index = indexFramework(framework);
  const questionText = new Map([...index.itemById].map(([id, entry]) => [id, entry.item.text]));
  const ctx: Context<C> = {
    input,
    tr,
    questionText,
    figures: currentFigures(
      findings,
      ...(input.byArea ? [input.byArea] : []),
      ...(input.twoWay ? [input.twoWay] : []),
    ),
    warnings: [],
    allowedNames: [
      ...inspection.areas.map((a) => a.name),
      ...inspection.organisations,
      ...framework.publishers,
      ...inspection.strata.map((s) => s.name),
    ],
    template,
  };
  const built = [...frontMatter(ctx), ...bodyChapters(ctx)];
  const paragraphsNumbered =
    (draft.style?.numberedParagraphs ?? template.numberedParagraphs)
      ? numberParagraphs(built)
      : built;
  const { chapters, lists } = template.numberedTablesAndFigures
    ? numberTablesAndFigures(paragraphsNumbered, tr)
    : { chapters: paragraphsNumbered, lists: { tables: [], figures: [] } };
  // The template's own wording ("National inspection") or the inspection's kind ("A thematic inspection").
  const kind =
    (template.coverKind ? templateWords(tr, template.coverKind) : null) ??
    kindPhrases(tr)[inspection.kind].cover;
  const organisations =
    inspection.organisations.length > 0 ? inspection.organisations : framework.publishers;
  const by = listed(tr, organisations);
  const counted = findings.cases.counted;
  return {
    meta: {
      title: inspection.title,
      subject: tr.t(
        'report',
        '{kind}: findings from {count, plural, one {# case} other {# cases}} read against {framework} (version {version})',
        { kind, count: counted, framework: framework.title, version: framework.version },
      ),
      author: listInWords(organisations),
      keywords: [
        tr.t('report', 'inspection'),
        tr.t('report', 'case audit'),
        framework.id,
        ...inspection.areas.map((a) => a.name),
      ].join(', '),
      language: tr.language === 'en' ? framework.language : LANGUAGE_TAGS[tr.language],
    },
    titlePage: {
      title: inspection.title,
      kind: tr.t('report', '{kind} by {organisations}', { kind, organisations: by }),
      organisations,
      date: tr.monthYear(input.date),
      framework: tr.t('report', 'Framework: {title}, version {version}', {
        title: framework.title,
        version: framework.version,
      }),
      notice: inspection.example
        ? tr.t(
            'report',
            'Example data: made up to show how Case Audit works. Not a real inspection.',
          )
        : null,
      logo: draft.style?.logo ?? null,
    },
    lists: template.listedTablesAndFigures ? lists : { tables: [], figures: [] },
    runningHeader: inspection.title,
    chapters,
    warnings: ctx.warnings,
    words: reportWords(tr),
  };
}

/** The renderers' own words in the report's language. */
export function reportWords(tr: Translator): ReportWords {
  return {
    contents: tr.t('report', 'Contents'),
    listOfTables: tr.t('report', 'List of tables'),
    listOfFigures: tr.t('report', 'List of figures'),
    madeWith: tr.t(
      'report',
      'Made with Case Audit. Figures are shown with their bases: 38% (23/60) is 23 of 60 cases.',
    ),
    // The numbers are put in by the renderer, once the pages are counted.
    pageOf: tr.t('report', 'Page {page} of {pages}', { page: '{page}', pages: '{pages}' }),
  };
}
