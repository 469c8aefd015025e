/**
 * The framework file format: the single source of truth for what a framework JSON file may
 * contain. Types are derived from these schemas. Shape only; the rules that need the whole file
 * (unique ids, references, band coverage) live in checkFramework.ts.
 *
 * No schema here transforms or defaults a value, so a parsed framework is the file itself and
 * exporting it gives back what was imported.
 */
import { z } from 'zod';

import { NOT_APPLICABLE, NOT_KNOWN } from './answerCodes';
import { conditionSchema } from './conditionSchema';
import { idSchema, plainText, text } from './schemaText';

export {
  CASE_FACTS,
  CASE_OPERATORS,
  type CaseFact,
  COMPARISON_OPERATORS,
  type Condition,
  conditionSchema,
  type DaysAfter,
  daysAfterSchema,
} from './conditionSchema';
export { idSchema, textCharacterProblem } from './schemaText';

const SEMVER_PATTERN = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

export { NOT_APPLICABLE, NOT_KNOWN };

export const optionValueSchema = idSchema.refine(
  (value) => value !== NOT_APPLICABLE && value !== NOT_KNOWN,
  `"${NOT_APPLICABLE}" and "${NOT_KNOWN}" are reserved for not applicable and not known`,
);

export const meaningSchema = z.enum(['positive', 'negative', 'neutral']);

export const scaleOptionSchema = z.strictObject({
  value: optionValueSchema,
  label: text(200),
  /** How the option counts in findings: positive options are the numerator of a percentage. */
  meaning: meaningSchema,
  description: plainText.optional(),
  /** "None of these": chosen alone in a multichoice answer; choosing it clears the others. */
  exclusive: z.boolean().optional(),
  /** "Other (please say)": chosen with a text, stored as `<value>:<text>` in the answer. */
  other: z.boolean().optional(),
});

export const scaleSchema = z.strictObject({
  id: idSchema,
  label: text(200).optional(),
  /** Options run from one end of a scale to the other (rating scales). */
  ordered: z.boolean().optional(),
  options: z.array(scaleOptionSchema).min(1, 'a scale needs at least one option').max(200),
  allowNotApplicable: z.boolean().optional(),
  allowNotKnown: z.boolean().optional(),
  /** Whether "not known" answers count in the base of a percentage (SPEC §4.1). Default: no. */
  notKnownInBase: z.boolean().optional(),
});

export const itemKindSchema = z.enum([
  'judgement',
  'rating',
  'choice',
  'multichoice',
  'number',
  'date',
  'text',
]);
export const SCALED_KINDS = ['judgement', 'rating', 'choice', 'multichoice'] as const;

export const thresholdSchema = z.strictObject({
  /** Count answers strictly greater than this value. */
  above: z.number(),
  /** How a report names the count, e.g. "more than 5 placements". */
  label: text(200),
});

/** Fields shared by questions and profile fields. */
const itemShape = {
  id: idSchema,
  text: text(1_000),
  kind: itemKindSchema,
  /** Id of a scale in `scales`; required for judgement, rating, choice and multichoice. */
  scale: idSchema.optional(),
  unit: text(40).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
  thresholds: z.array(thresholdSchema).max(20).optional(),
  /** Number, date and text items: "N/A" may be answered (scaled items say so on their scale). */
  allowNotApplicable: z.boolean().optional(),
  /** Number, date and text items: "Not known" may be answered. */
  allowNotKnown: z.boolean().optional(),
  guidance: plainText.optional(),
  prompts: z.array(text(2_000)).max(50).optional(),
  /** Default: required. An optional question never blocks completing a case. */
  required: z.boolean().optional(),
  showWhen: conditionSchema.optional(),
  /** Whether the wording is the source's own words or a reconstruction (SPEC §9). */
  wording: z.enum(['verified', 'reconstructed']).optional(),
};

type ItemLike = {
  kind: z.infer<typeof itemKindSchema>;
  scale?: string | undefined;
  unit?: string | undefined;
  min?: number | undefined;
  max?: number | undefined;
  integer?: boolean | undefined;
  thresholds?: unknown[] | undefined;
  allowNotApplicable?: boolean | undefined;
  allowNotKnown?: boolean | undefined;
};

function checkKindFields(item: ItemLike, ctx: z.core.$RefinementCtx<ItemLike>) {
  const scaled = (SCALED_KINDS as readonly string[]).includes(item.kind);
  if (scaled && item.scale === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['scale'],
      message: `a ${item.kind} question needs a scale`,
    });
  }
  if (!scaled && item.scale !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['scale'],
      message: `a ${item.kind} question has no scale`,
    });
  }
  if (item.kind !== 'number') {
    for (const key of ['unit', 'min', 'max', 'integer', 'thresholds'] as const) {
      if (item[key] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `only number questions have "${key}"`,
        });
      }
    }
  }
  if (scaled) {
    for (const key of ['allowNotApplicable', 'allowNotKnown'] as const) {
      if (item[key] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `a ${item.kind} question offers N/A and "not known" through its scale: set "${key}" on the scale`,
        });
      }
    }
  }
  if (item.min !== undefined && item.max !== undefined && item.min > item.max) {
    ctx.addIssue({ code: 'custom', path: ['max'], message: 'max is below min' });
  }
}

export const findingWordingSchema = z.strictObject({
  /** What a positive answer says, e.g. "the case was allocated promptly". */
  positive: text(500),
  /** What a negative answer says, e.g. "the case was not allocated promptly". */
  negative: text(500),
});

export const questionSchema = z
  .strictObject({
    ...itemShape,
    /** A key question counts towards its standard's rating. */
    key: z.boolean().optional(),
    finding: findingWordingSchema.optional(),
  })
  .superRefine(checkKindFields);

export const profileFieldSchema = z.strictObject(itemShape).superRefine(checkKindFields);

export const standardSchema = z.strictObject({
  id: idSchema,
  title: text(300),
  description: plainText.optional(),
  /**
   * How the standard is rated: from its key questions by the framework's rule (default), by the
   * lead's professional judgement (organisational standards), or not at all.
   */
  ratedBy: z.enum(['key-questions', 'lead-judgement', 'not-rated']).optional(),
  /** When the standard applies: false hides every question in it (rules only look back). */
  showWhen: conditionSchema.optional(),
  questions: z.array(questionSchema).max(500),
});

export const sectionSchema = z.strictObject({
  id: idSchema,
  title: text(300),
  description: plainText.optional(),
  /** When the section applies: false hides every standard in it (rules only look back). */
  showWhen: conditionSchema.optional(),
  standards: z.array(standardSchema).max(200),
});

export const percentBandSchema = z.strictObject({
  /** e.g. "Minority", "Large majority". */
  label: text(100),
  /** Lower bound, inclusive, in per cent. */
  minPercent: z.number().min(0).max(100),
  /** Upper bound, exclusive, in per cent; the last band also includes 100. */
  maxPercent: z.number().min(0).max(100),
  rating: text(100),
  points: z.number().int().min(0).max(100),
});

export const pointsBandSchema = z.strictObject({
  minPoints: z.number().int().min(0),
  maxPoints: z.number().int().min(0),
  rating: text(100),
});

export const ratingRulesSchema = z.strictObject({
  /** How a key question's percentage is placed in a band. */
  bands: z.array(percentBandSchema).min(1).max(20),
  /** "none": the exact proportion; "half-up": the whole percentage, rounded half up, as printed. */
  rounding: z.enum(['none', 'half-up']),
  /** A standard takes the band of its lowest key question (HMIP), or is not rated from data. */
  standardRule: z.enum(['lowest-key-question', 'none']),
  overall: z
    .strictObject({
      rule: z.literal('sum-of-points'),
      bands: z.array(pointsBandSchema).min(1).max(20),
    })
    .optional(),
});

export const namedSchema = z.strictObject({
  id: idSchema,
  name: text(200),
  description: plainText.optional(),
});

/** The confidence levels Case Audit computes with, as fractions (0.8 is 80%). */
export const CONFIDENCE_LEVELS = [0.8, 0.9, 0.95, 0.99] as const;

/**
 * How the publisher is understood to size its samples (HMIP: 80% confidence, ±5 points): the
 * sample-size calculator starts from these. Fractions, like the rest of the statistics.
 */
export const samplingDefaultsSchema = z.strictObject({
  confidence: z.literal(CONFIDENCE_LEVELS),
  /** The margin of error: 0.05 for ±5 percentage points. */
  margin: z.number().gt(0, 'must be more than 0: a fraction, such as 0.05 for ±5 points').max(0.5),
});

const frameworkIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be lower-case letters, digits and dashes (at most 80)');
const versionSchema = z.string().regex(SEMVER_PATTERN, 'must be a version like 1.0.0');

/** Most translated texts a framework may carry: more than it can have texts. */
const MAX_TRANSLATIONS = 50_000;

/**
 * Text in another language beside the English, by the text's path (`title`,
 * `questions.<questionId>.guidance`, `scales.<scaleId>.options.<value>.label`: the full list is in
 * frameworkLanguages.ts). A path that names no text of the framework is refused by the checks.
 */
export const translationsSchema = z.strictObject({
  /** Welsh (Cymraeg). */
  cy: z
    .record(z.string().min(1).max(300, 'a text path is at most 300 characters'), plainText)
    .refine(
      (texts) => Object.keys(texts).length <= MAX_TRANSLATIONS,
      `at most ${MAX_TRANSLATIONS} translated texts`,
    ),
});

/** Where a duplicated framework came from. */
export const basedOnSchema = z.strictObject({
  id: frameworkIdSchema,
  version: versionSchema,
  title: text(300),
});

export const frameworkSchema = z.strictObject({
  formatVersion: z.literal(1, 'this app reads framework format version 1'),
  id: frameworkIdSchema,
  version: versionSchema,
  basedOn: basedOnSchema.optional(),
  title: text(300),
  shortTitle: text(80).optional(),
  description: plainText.optional(),
  publishers: z.array(text(200)).min(1, 'name at least one publisher').max(20),
  year: z.number().int().min(1900).max(2200),
  source: z.strictObject({
    citation: text(2_000),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http or https address' })
      .max(2_000)
      .optional(),
  }),
  licence: text(500),
  status: z.enum(['published', 'reconstructed', 'draft']),
  /** e.g. "Wording to verify against the published standards". */
  statusNote: plainText.optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like en-GB'),
  /** The words a report uses for proportions (SPEC §5). */
  quantifiers: z.enum(['fractions', 'bands']),
  sampling: samplingDefaultsSchema.optional(),
  scales: z.array(scaleSchema).max(200),
  profile: z.array(profileFieldSchema).max(200),
  sections: z.array(sectionSchema).min(1, 'a framework needs at least one section').max(100),
  areas: z.array(namedSchema).max(500).optional(),
  strata: z.array(namedSchema).max(50).optional(),
  rating: ratingRulesSchema.optional(),
  glossary: z
    .array(z.strictObject({ term: text(200), definition: plainText }))
    .max(500)
    .optional(),
  /** The framework's texts in other languages; English is the text itself. */
  translations: translationsSchema.optional(),
});

export type Framework = z.infer<typeof frameworkSchema>;
export type Scale = z.infer<typeof scaleSchema>;
export type ScaleOption = z.infer<typeof scaleOptionSchema>;
export type Meaning = z.infer<typeof meaningSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Standard = z.infer<typeof standardSchema>;
export type Question = z.infer<typeof questionSchema>;
export type ProfileField = z.infer<typeof profileFieldSchema>;
export type ItemKind = z.infer<typeof itemKindSchema>;
export type Threshold = z.infer<typeof thresholdSchema>;
export type RatingRules = z.infer<typeof ratingRulesSchema>;
export type PercentBand = z.infer<typeof percentBandSchema>;
export type PointsBand = z.infer<typeof pointsBandSchema>;
export type Named = z.infer<typeof namedSchema>;
export type SamplingDefaults = z.infer<typeof samplingDefaultsSchema>;
export type FindingWording = z.infer<typeof findingWordingSchema>;
export type BasedOn = z.infer<typeof basedOnSchema>;
export type Translations = z.infer<typeof translationsSchema>;
