/**
 * The codebook of the cases spreadsheet as JSON: zod is the single source of its format, and
 * the codebook every export is made from (CSV, SPSS and R syntax) has this shape. One entry per
 * column of the spreadsheet, in its order, with the variable name SPSS and R give it, and for
 * coded answers every code with its label and the number SPSS stores for it.
 */
import { z } from 'zod';
import { itemKindSchema, meaningSchema } from '../framework/frameworkSchema';

export const CODEBOOK_FORMAT = 'case-audit-codebook';

/** How a column's cells are written in the cases spreadsheet. */
export const codebookTypeSchema = z.enum([
  /** Words as written (case reference, text answers). */
  'text',
  /** One code from a list (area, status, judgement, rating, choice). */
  'code',
  /** Multichoice: codes joined by `|`, the "other" option with its words (`other:Boxing club`). */
  'codes',
  /** A number, such as `12` or `2.5`. */
  'number',
  /** A date written YYYY-MM-DD. */
  'date',
]);

export const codebookCodeSchema = z.strictObject({
  /** As written in the cases spreadsheet. */
  code: z.string(),
  label: z.string(),
  /** The number SPSS stores for it; null where SPSS keeps the code as written (case columns). */
  value: z.number().int().nullable(),
  /** How the option counts in findings; null for case columns. */
  meaning: meaningSchema.nullable(),
  /** Multichoice: the variable that says whether this option was chosen (0/1, TRUE/FALSE). */
  variable: z.string().nullable(),
  /** Multichoice: "None of these", chosen alone. */
  exclusive: z.boolean(),
  /** Multichoice: "Other (please say)", written with its words after a colon. */
  other: z.boolean(),
});

export const codebookMissingSchema = z.strictObject({
  /** `na` (not applicable) or `not_known`, as written in the cases spreadsheet. */
  code: z.enum(['na', 'not_known']),
  label: z.string(),
  /** SPSS's user-missing number for it (for text answers: in `missingVariable`). */
  value: z.number().int(),
});

export const codebookColumnSchema = z.strictObject({
  /** 1 for the first column of the spreadsheet. */
  position: z.number().int().min(1),
  /** The column's heading in the cases spreadsheet: the framework's id for answers. */
  id: z.string(),
  /** The variable's name in SPSS and R. */
  name: z.string(),
  label: z.string(),
  source: z.enum(['case', 'profile', 'question']),
  type: codebookTypeSchema,
  /** The framework item's kind; null for the case's own columns. */
  kind: itemKindSchema.nullable(),
  section: z.string().nullable(),
  standard: z.string().nullable(),
  scale: z.string().nullable(),
  /** The codes run from one end of a scale to the other (rating scales). */
  ordered: z.boolean(),
  unit: z.string().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  integer: z.boolean(),
  codes: z.array(codebookCodeSchema),
  /** The reasons an answer may be missing that this item allows, with their numbers in SPSS. */
  missing: z.array(codebookMissingSchema),
  /**
   * The variable saying why an answer is missing (not applicable or not known): in R for every
   * item that allows either, in SPSS for text answers only; null when the item allows neither.
   */
  missingVariable: z.string().nullable(),
});

export const codebookSchema = z.strictObject({
  format: z.literal(CODEBOOK_FORMAT),
  formatVersion: z.literal(1),
  framework: z.strictObject({ id: z.string(), version: z.string(), title: z.string() }),
  /** The cases spreadsheet the SPSS and R syntax read; null when not named. */
  casesFile: z.string().nullable(),
  columns: z.array(codebookColumnSchema),
});

export type Codebook = z.infer<typeof codebookSchema>;
export type CodebookColumn = z.infer<typeof codebookColumnSchema>;
export type CodebookCode = z.infer<typeof codebookCodeSchema>;
export type CodebookMissing = z.infer<typeof codebookMissingSchema>;
export type CodebookType = z.infer<typeof codebookTypeSchema>;
