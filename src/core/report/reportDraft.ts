/**
 * The lead's report draft: what no engine can write — foreword, summary, key findings,
 * recommendations, case and good-practice examples, conclusions. Stored per inspection (the
 * `reports` table) and carried whole in the inspection file. zod is the source of truth.
 *
 * Text is plain text: a blank line separates paragraphs; it is always rendered as text, never
 * markup. Key findings inserted from the data keep a `source` (the question and which count the
 * sentence states), so the report can say when the data no longer gives the figure written.
 */
import { z } from 'zod';
import { reportLanguageSchema } from '../i18n/reportLanguageSchema';
import type { Translator } from '../i18n/translator';
import { CASE_REF_MAX_LENGTH } from '../inspection/inspectionSchema';
import { invalid, type ValidationResult, valid } from '../validation/validationResult';
import { issuesToErrors } from '../validation/zodIssues';
import { newsReleaseDraftSchema } from './newsReleaseDraft';
import { reportTemplateIdSchema } from './reportTemplates';

const id = z.string().min(1).max(100);
const longText = z.string().max(50_000);
const line = z.string().max(300);

/** Where an inserted sentence came from: the question, and the count its figure states. */
export const sentenceSourceSchema = z.strictObject({
  itemId: z.string().min(1).max(100),
  side: z.enum(['positive', 'negative']),
});

export const keyFindingSchema = z.strictObject({
  id,
  text: z.string().max(5_000),
  /** Null: written by hand. */
  source: sentenceSourceSchema.nullable(),
});

export const recommendationStatusSchema = z.enum(['not-started', 'in-progress', 'complete']);

export const recommendationSchema = z.strictObject({
  id,
  /** The body it is addressed to: "Local authorities", "Youth Offending Team Managers". */
  addressee: line,
  /** What they should ensure: "accurate information … is sent promptly to the YOT in the new area". */
  text: z.string().max(10_000),
  /** Action plan (self-audit): who owns it, how far it has got, by when. Optional. */
  owner: line,
  status: recommendationStatusSchema.nullable(),
  dueDate: z.iso.date().nullable(),
  /** The local response, when the recommendation is tracked as an action plan. */
  response: z.string().max(10_000),
});

export const reportExampleSchema = z.strictObject({
  id,
  kind: z.enum(['case', 'good-practice']),
  /** e.g. "education", printed as "Good practice example: education". */
  title: line,
  /** The case it is drawn from, by its pseudonymous reference ("" when none). Never printed. */
  caseRef: z.string().max(CASE_REF_MAX_LENGTH),
  /** The area it is credited to (good practice) or drawn from; null: not credited. */
  areaId: z.string().max(64).nullable(),
  /** The chapter (framework section) it illustrates; null: the examples chapter. */
  sectionId: z.string().max(64).nullable(),
  text: z.string().max(20_000),
});

/** A cross-tab in the report: two variables by id (area, stratum, inspector, or an item). */
export const crossTabChoiceSchema = z.strictObject({ rows: id, cols: id });

export const chapterDraftSchema = z.strictObject({
  /** The chapter's "Key findings" bullets, the lead's choice; empty: none chosen (none printed). */
  keyFindings: z.array(keyFindingSchema).max(500),
  conclusion: longText,
});

/** The largest logo accepted, in bytes: a cover logo, not a photograph. */
export const LOGO_MAX_BYTES = 512 * 1024;

/**
 * The logo the user supplies for the cover: a PNG or JPEG image, kept as base64 in the draft so
 * it travels with the inspection file. The first bytes must be the format's own signature.
 */
export const reportLogoSchema = z
  .strictObject({
    mediaType: z.enum(['image/png', 'image/jpeg']),
    /** The image's bytes, base64. */
    data: z
      .string()
      .min(8)
      .max(Math.ceil(LOGO_MAX_BYTES / 3) * 4, 'the logo is larger than 512 KB')
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'is not base64'),
    /** The image's size in pixels, to draw it in proportion. */
    width: z.number().int().min(1).max(10_000),
    height: z.number().int().min(1).max(10_000),
    /** Read out in place of the image: "HM Inspectorate of Probation". */
    alt: z.string().trim().min(1, 'a logo needs a text alternative').max(200),
  })
  .refine((logo) => logo.data.startsWith(logo.mediaType === 'image/png' ? 'iVBORw0KGgo' : '/9j/'), {
    message: 'is not a PNG or JPEG image as its type says',
    path: ['data'],
  });

/** One line of the inspection team's credits: "Lead Inspector: Jane Attwood". */
export const teamCreditSchema = z.strictObject({
  id,
  /** "Lead Inspector", "HMI Probation Inspectors", "Ofsted Inspector" */
  role: line,
  /** "Yvonne McGuckian; Tony Rolley" */
  names: z.string().max(1_000),
});

/** How the report looks: its template, and the choices the template leaves to the lead. */
export const reportStyleSchema = z.strictObject({
  template: reportTemplateIdSchema,
  /** Paragraphs in numbered chapters numbered 1.1, 1.2 … */
  numberedParagraphs: z.boolean(),
  logo: reportLogoSchema.nullable(),
  /**
   * The chapter setting this audit's figures beside the published ones, where the framework has
   * published figures; absent: shown in a self-audit's report, left out of others.
   */
  publishedFigures: z.boolean().optional(),
  /** Welsh, English, or both (Welsh first); absent: English, as drafts made before were. */
  language: reportLanguageSchema.optional(),
});

export const reportDraftSchema = z.strictObject({
  foreword: longText,
  summary: longText,
  /** The summary's key findings. */
  keyFindings: z.array(keyFindingSchema).max(500),
  recommendations: z.array(recommendationSchema).max(500),
  examples: z.array(reportExampleSchema).max(500),
  /** One per framework section, by section id. */
  chapters: z.record(z.string().max(64), chapterDraftSchema),
  conclusion: longText,
  /** Cross-tabs the lead added, in the order added; absent in drafts made before there were any. */
  crossTabs: z.array(crossTabChoiceSchema).max(50).optional(),
  /** The news release issued with the report; absent until the lead writes one. */
  release: newsReleaseDraftSchema.optional(),
  /** Template, numbered paragraphs, logo; absent: the template the inspection's kind suggests. */
  style: reportStyleSchema.optional(),
  /** Thanks to the areas and partners, before the foreword; absent or empty: no acknowledgements. */
  acknowledgements: longText.optional(),
  /** The inspection team credited with the acknowledgements, in the order printed. */
  team: z.array(teamCreditSchema).max(50).optional(),
});

export type SentenceSource = z.infer<typeof sentenceSourceSchema>;
export type KeyFinding = z.infer<typeof keyFindingSchema>;
export type RecommendationStatus = z.infer<typeof recommendationStatusSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
export type ReportExample = z.infer<typeof reportExampleSchema>;
export type ChapterDraft = z.infer<typeof chapterDraftSchema>;
export type CrossTabChoiceInDraft = z.infer<typeof crossTabChoiceSchema>;
export type ReportDraft = z.infer<typeof reportDraftSchema>;
export type ReportLogo = z.infer<typeof reportLogoSchema>;
export type TeamCredit = z.infer<typeof teamCreditSchema>;
export type ReportStyle = z.infer<typeof reportStyleSchema>;

export const RECOMMENDATION_STATUS_LABELS: Record<RecommendationStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
};

/** A recommendation's status as the report's action plan prints it, in the report's language. */
export function recommendationStatusLabel(status: RecommendationStatus, tr: Translator): string {
  switch (status) {
    case 'not-started':
      return tr.t('report', 'Not started');
    case 'in-progress':
      return tr.t('report', 'In progress');
    case 'complete':
      return tr.t('report', 'Complete');
  }
}

export function emptyReportDraft(): ReportDraft {
  return {
    foreword: '',
    summary: '',
    keyFindings: [],
    recommendations: [],
    examples: [],
    chapters: {},
    conclusion: '',
  };
}

export function emptyChapterDraft(): ChapterDraft {
  return { keyFindings: [], conclusion: '' };
}

/** A chapter's draft, empty when nothing has been written for it yet. */
export function chapterDraftOf(draft: ReportDraft, sectionId: string): ChapterDraft {
  return draft.chapters[sectionId] ?? emptyChapterDraft();
}

/** Checks a stored or imported draft. */
export function readReportDraft(value: unknown): ValidationResult<ReportDraft> {
  const parsed = reportDraftSchema.safeParse(value, { reportInput: true });
  return parsed.success ? valid(parsed.data) : invalid(issuesToErrors(parsed.error.issues));
}

/** Whether anything has been written: an empty draft is not worth a "report" section in a file. */
export function isEmptyDraft(draft: ReportDraft): boolean {
  return (
    draft.foreword.trim() === '' &&
    draft.summary.trim() === '' &&
    draft.conclusion.trim() === '' &&
    draft.keyFindings.length === 0 &&
    draft.recommendations.length === 0 &&
    draft.examples.length === 0 &&
    (draft.crossTabs ?? []).length === 0 &&
    draft.release === undefined &&
    draft.style === undefined &&
    (draft.acknowledgements ?? '').trim() === '' &&
    (draft.team ?? []).length === 0 &&
    Object.values(draft.chapters).every(
      (c) => c.keyFindings.length === 0 && c.conclusion.trim() === '',
    )
  );
}
