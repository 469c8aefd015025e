/**
 * The committee paper (issue: self-audit) as a report document, so the report's PDF and Word
 * renderers draw it: in the shape of Nottinghamshire's report to its committee of April 2013 —
 * to whom, when, the agenda item and whose report it is on the cover; then paragraphs numbered
 * 1, 2, 3 … through the whole paper: its purpose, the background to the inspection, the
 * inspectorate's summary quoted, each recommendation of the register in turn with the local
 * position, RAG status and actions, the audit's key figures beside the published ones, other
 * options considered, the reason for the recommendations; then the recommendations to the
 * committee, numbered 1), 2) …, and whom to contact. What is still missing is listed as
 * warnings for the lead, never printed.
 */
import type { BenchmarkSet } from '../benchmarks/benchmarkSchema';
import type { FindingsResult, ItemFinding } from '../findings/findingTypes';
import type { Framework } from '../framework/frameworkSchema';
import { LANGUAGE_TAGS } from '../i18n/language';
import { ENGLISH, type Translator } from '../i18n/translator';
import type { Inspection } from '../inspection/inspectionSchema';
import { longDate } from '../phrasing/longDate';
import type { RegisterRecommendation } from '../register/registerSchema';
import { type ReportChapter, type ReportDocument, reportWords } from '../report';
import type { CommitteePaperDraft } from './committeePaperDraft';
import {
  figuresBlocks,
  numbered,
  type PaperBlock,
  RUNNING_NUMBER,
  recommendationBlocks,
} from './committeePaperParts';

export type CommitteePaperDocument = ReportDocument<never>;

export type CommitteePaperInput = {
  readonly inspection: Pick<Inspection, 'title' | 'example' | 'organisations'>;
  /** In the paper's language, where the framework has it (`localiseFramework`). */
  readonly framework: Framework;
  /** The audit's figures, as the report states them. */
  readonly findings: FindingsResult;
  /** The published figures for the framework version; null: none held. */
  readonly benchmarks: BenchmarkSet | null;
  /** The register's recommendations, in the register's order. */
  readonly recommendations: readonly RegisterRecommendation[];
  readonly draft: CommitteePaperDraft;
  /** `yyyy-mm-dd`: the day the paper is made, against which actions are overdue. */
  readonly today: string;
};

/** The lead's text as paragraphs: a blank line between them. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}

const numberedParagraphs = (text: string): PaperBlock[] => paragraphsOf(text).map(numbered);

/** The inspectorate's words, quoted: the marks open the first paragraph and close the last. */
function summaryBlocks(summary: string, tr: Translator): PaperBlock[] {
  const parts = paragraphsOf(summary);
  return parts.map((text, i) => {
    const opened =
      i === 0
        ? tr.t('committeePaper.document', 'In summary, the inspectorate reported that “{text}', {
            text,
          })
        : text;
    return numbered(`${opened}${i === parts.length - 1 ? '”' : ''}`);
  });
}

/** The recommendations to the committee, "1) That the Committee notes …". */
function committeeBlocks(text: string): PaperBlock[] {
  return paragraphsOf(text).map((p, i) => ({
    type: 'paragraph',
    text: p.replace(/^\d+\)\s*/, ''),
    number: `${i + 1})`,
  }));
}

function contactBlocks(contact: string, tr: Translator): PaperBlock[] {
  const lines = contact
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return [
    {
      type: 'paragraph',
      text: tr.t('committeePaper.document', 'For any enquiries about this report please contact:'),
    },
    ...lines.map((text): PaperBlock => ({ type: 'paragraph', text })),
  ];
}

/** Numbers the marked paragraphs 1, 2, 3 … in order through every chapter. */
function numberThrough(chapters: readonly ReportChapter<never>[]): ReportChapter<never>[] {
  let next = 1;
  return chapters.map((chapter) => ({
    ...chapter,
    blocks: chapter.blocks.map((b) =>
      b.type === 'paragraph' && b.number === RUNNING_NUMBER ? { ...b, number: `${next++}` } : b,
    ),
  }));
}

function recommendationsChapter(input: CommitteePaperInput, tr: Translator): PaperBlock[] {
  const findings = new Map<string, ItemFinding>(input.findings.questions.map((q) => [q.itemId, q]));
  if (input.recommendations.length === 0) {
    return [
      {
        type: 'placeholder',
        text: tr.t(
          'committeePaper.document',
          'No recommendations are recorded in the register yet: add them in the register.',
        ),
      },
    ];
  }
  return input.recommendations.flatMap((r, i) =>
    recommendationBlocks(r, i + 1, { today: input.today, findings, tr }),
  );
}

function chaptersOf(input: CommitteePaperInput, tr: Translator): ReportChapter<never>[] {
  const { draft } = input;
  const chapter = (id: string, title: string, blocks: PaperBlock[]): ReportChapter<never> => ({
    id,
    number: null,
    title,
    blocks,
  });
  return [
    chapter(
      'purpose',
      tr.t('committeePaper.document', 'Purpose of the report'),
      numberedParagraphs(draft.purpose),
    ),
    chapter('background', tr.t('committeePaper.document', 'Background to the inspection'), [
      ...numberedParagraphs(draft.background),
      ...summaryBlocks(draft.inspectorateSummary, tr),
    ]),
    chapter(
      'recommendations',
      tr.t('committeePaper.document', 'Recommendations made by the inspectorate'),
      recommendationsChapter(input, tr),
    ),
    chapter(
      'figures',
      tr.t('committeePaper.document', 'The audit’s key figures beside the national ones'),
      figuresBlocks(input.framework, input.findings, input.benchmarks, tr),
    ),
    chapter(
      'other-options',
      tr.t('committeePaper.document', 'Other options considered'),
      numberedParagraphs(draft.otherOptions),
    ),
    chapter(
      'reason',
      tr.t('committeePaper.document', 'Reason for recommendations'),
      numberedParagraphs(draft.reasonForRecommendations),
    ),
    chapter(
      'committee-recommendations',
      tr.t('committeePaper.document', 'Recommendation(s)'),
      committeeBlocks(draft.committeeRecommendations),
    ),
    chapter(
      'contact',
      tr.t('committeePaper.document', 'Contact'),
      contactBlocks(draft.contact, tr),
    ),
  ].filter((c) => c.blocks.length > 0);
}

/** What the lead should see before the paper goes to committee; never printed. */
function warningsOf(input: CommitteePaperInput, tr: Translator): string[] {
  const { draft } = input;
  const missing: [string, string][] = [
    [
      draft.committee,
      tr.t('committeePaper.document', 'The paper does not yet name the committee.'),
    ],
    [
      draft.meetingDate ?? '',
      tr.t('committeePaper.document', 'The paper has no meeting date yet.'),
    ],
    [draft.title, tr.t('committeePaper.document', 'The paper has no title yet.')],
    [draft.purpose, tr.t('committeePaper.document', 'The paper has no purpose yet.')],
    [
      draft.committeeRecommendations,
      tr.t('committeePaper.document', 'The paper makes no recommendation to the committee yet.'),
    ],
  ];
  const warnings = missing.filter(([value]) => value.trim() === '').map(([, w]) => w);
  if (input.recommendations.length === 0) {
    warnings.push(
      tr.t('committeePaper.document', 'No recommendations are recorded in the register yet.'),
    );
  }
  input.recommendations.forEach((r, i) => {
    if (r.localPosition.trim() === '') {
      warnings.push(
        tr.t('committeePaper.document', 'Recommendation {place} has no local position yet.', {
          place: i + 1,
        }),
      );
    }
  });
  return warnings;
}

/** The paper in the translator's language: its fixed words; the lead's own words as written. */
export function buildCommitteePaper(
  input: CommitteePaperInput,
  tr: Translator = ENGLISH,
): CommitteePaperDocument {
  const { draft, framework, inspection } = input;
  const title = draft.title.trim() || inspection.title;
  const committee = draft.committee.trim();
  const kind = committee
    ? tr.t('committeePaper.document', 'Report to {committee}', { committee })
    : tr.t('committeePaper.document', 'Report to committee');
  const author = draft.reportOf.trim() || inspection.organisations.join(', ');
  return {
    meta: {
      title,
      subject: tr.t(
        'committeePaper.document',
        '{kind}: the local position against the recommendations of {framework}',
        {
          kind,
          framework: framework.title,
        },
      ),
      author,
      keywords: [
        tr.t('committeePaper.document', 'committee paper'),
        tr.t('committeePaper.document', 'recommendations'),
        framework.id,
      ].join(', '),
      language: tr.language === 'en' ? framework.language : LANGUAGE_TAGS[tr.language],
    },
    titlePage: {
      title,
      kind,
      organisations: [
        ...(draft.agendaItem.trim()
          ? [
              tr.t('committeePaper.document', 'Agenda item: {item}', {
                item: draft.agendaItem.trim(),
              }),
            ]
          : []),
        ...(draft.reportOf.trim() ? [draft.reportOf.trim()] : []),
      ],
      date: draft.meetingDate
        ? longDate(draft.meetingDate, tr.language)
        : tr.t('committeePaper.document', 'Meeting date not set'),
      framework: tr.t('committeePaper.document', 'Framework: {title}, version {version}', {
        title: framework.title,
        version: framework.version,
      }),
      notice: inspection.example
        ? tr.t(
            'committeePaper.document',
            'Example data: made up to show how Case Audit works. Not a real audit.',
          )
        : null,
      logo: null,
    },
    lists: { tables: [], figures: [] },
    runningHeader: committee ? `${kind}: ${title}` : title,
    chapters: numberThrough(chaptersOf(input, tr)),
    warnings: warningsOf(input, tr),
    words: reportWords(tr),
  };
}
