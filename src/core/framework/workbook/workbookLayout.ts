/**
 * The layout of a framework workbook, like XLSForm for ODK: five sheets an author edits in
 * Excel, each with a heading row naming its columns. Which JSON field each column holds is said
 * here once, for writing, reading and naming the cell a problem is in.
 */

export const SHEET = {
  framework: 'Framework',
  questions: 'Questions',
  scales: 'Scales',
  ratings: 'Ratings',
  lists: 'Lists',
} as const;
/** The framework's Welsh, by text path: a sheet of its own, there when the framework has Welsh. */
export const WELSH_SHEET = 'Welsh';
export type SheetName = (typeof SHEET)[keyof typeof SHEET] | typeof WELSH_SHEET;
/** The sheets every framework workbook has. */
export const SHEET_NAMES: readonly SheetName[] = Object.values(SHEET);

/** One column: its heading, and the field of the JSON object its row stands for. */
export type Column = { readonly name: string; readonly field?: string; readonly required?: true };

export type SheetLayout = { readonly sheet: SheetName; readonly columns: readonly Column[] };

/** Framework: one row per field, `field` naming it and `value` holding it. */
export const FRAMEWORK_LAYOUT: SheetLayout = {
  sheet: SHEET.framework,
  columns: [
    { name: 'field', required: true },
    { name: 'value', required: true },
  ],
};

/** The fields of the Framework sheet, in the order they are written. */
export const FRAMEWORK_FIELDS = [
  { name: 'id', path: 'id', type: 'id' },
  { name: 'version', path: 'version', type: 'id' },
  { name: 'title', path: 'title', type: 'text' },
  { name: 'short title', path: 'shortTitle', type: 'text' },
  { name: 'description', path: 'description', type: 'text' },
  { name: 'publishers', path: 'publishers', type: 'lines' },
  { name: 'year', path: 'year', type: 'number' },
  { name: 'source citation', path: 'source.citation', type: 'text' },
  { name: 'source url', path: 'source.url', type: 'id' },
  { name: 'licence', path: 'licence', type: 'text' },
  { name: 'status', path: 'status', type: 'id' },
  { name: 'status note', path: 'statusNote', type: 'text' },
  { name: 'language', path: 'language', type: 'id' },
  { name: 'quantifiers', path: 'quantifiers', type: 'id' },
  { name: 'sampling confidence', path: 'sampling.confidence', type: 'number' },
  { name: 'sampling margin', path: 'sampling.margin', type: 'number' },
  { name: 'based on id', path: 'basedOn.id', type: 'id' },
  { name: 'based on version', path: 'basedOn.version', type: 'id' },
  { name: 'based on title', path: 'basedOn.title', type: 'text' },
] as const;
export type FrameworkField = (typeof FRAMEWORK_FIELDS)[number];

/** The kinds of row on the Questions sheet, in the order a framework is read. */
export const QUESTION_ROW_TYPES = ['profile', 'section', 'standard', 'question'] as const;
export type QuestionRowType = (typeof QUESTION_ROW_TYPES)[number];

/**
 * Questions: one row per profile field, section, standard and question, in order. A section's
 * or standard's title is in `text`; a question belongs to the standard above it (or the one
 * its `standard` column names), a standard to the section above it (or in `section`).
 */
export const QUESTIONS_LAYOUT: SheetLayout = {
  sheet: SHEET.questions,
  columns: [
    { name: 'type', required: true },
    { name: 'id', field: 'id', required: true },
    { name: 'section' },
    { name: 'standard' },
    { name: 'kind', field: 'kind', required: true },
    { name: 'text', field: 'text', required: true },
    { name: 'scale', field: 'scale', required: true },
    { name: 'key', field: 'key' },
    { name: 'required', field: 'required' },
    { name: 'guidance', field: 'guidance' },
    { name: 'prompts', field: 'prompts' },
    { name: 'finding when positive', field: 'finding.positive' },
    { name: 'finding when negative', field: 'finding.negative' },
    { name: 'rule', field: 'showWhen' },
    { name: 'unit', field: 'unit' },
    { name: 'min', field: 'min' },
    { name: 'max', field: 'max' },
    { name: 'integer', field: 'integer' },
    { name: 'thresholds', field: 'thresholds' },
    { name: 'allow not applicable', field: 'allowNotApplicable' },
    { name: 'allow not known', field: 'allowNotKnown' },
    { name: 'rated by', field: 'ratedBy' },
    { name: 'description', field: 'description' },
    { name: 'wording', field: 'wording' },
  ],
};

/**
 * Scales: one row per option. The scale's own settings (label, ordered, N/A and not known)
 * are on its first row; the rows of one scale follow each other.
 */
export const SCALES_LAYOUT: SheetLayout = {
  sheet: SHEET.scales,
  columns: [
    { name: 'scale', field: 'id', required: true },
    { name: 'scale label', field: 'label' },
    { name: 'ordered', field: 'ordered' },
    { name: 'allow not applicable', field: 'allowNotApplicable' },
    { name: 'allow not known', field: 'allowNotKnown' },
    { name: 'not known in base', field: 'notKnownInBase' },
    { name: 'value', field: 'value', required: true },
    { name: 'label', field: 'label', required: true },
    { name: 'meaning', field: 'meaning', required: true },
    { name: 'description', field: 'description' },
    { name: 'exclusive', field: 'exclusive' },
    { name: 'other', field: 'other' },
  ],
};

/** The kinds of row on the Ratings sheet. */
export const RATING_ROW_TYPES = [
  'rounding',
  'standard rule',
  'band',
  'overall rule',
  'overall band',
] as const;
export type RatingRowType = (typeof RATING_ROW_TYPES)[number];

/**
 * Ratings: `rounding`, `standard rule` and `overall rule` rows hold a value; each `band` row is
 * a percentage band (min and max in per cent), each `overall band` a band of points. An empty
 * sheet (headings only) means the framework has no rating rules.
 */
export const RATINGS_LAYOUT: SheetLayout = {
  sheet: SHEET.ratings,
  columns: [
    { name: 'type', required: true },
    { name: 'value' },
    { name: 'label', field: 'label' },
    { name: 'min' },
    { name: 'max' },
    { name: 'rating', field: 'rating' },
    { name: 'points', field: 'points' },
  ],
};

export const LIST_NAMES = { area: 'areas', stratum: 'strata', glossary: 'glossary' } as const;
export type ListName = keyof typeof LIST_NAMES;

/** Lists: suggested areas and strata (id, name, description) and the glossary (name is the term). */
export const LISTS_LAYOUT: SheetLayout = {
  sheet: SHEET.lists,
  columns: [
    { name: 'list', required: true },
    { name: 'id', field: 'id' },
    { name: 'name', field: 'name', required: true },
    { name: 'description', field: 'description' },
  ],
};

/**
 * Welsh: one row per text, its translation path (frameworkLanguages.ts), the English for the
 * translator to read (not read back) and the Welsh. A row with no Welsh is left out.
 */
export const WELSH_LAYOUT: SheetLayout = {
  sheet: WELSH_SHEET,
  columns: [{ name: 'path', required: true }, { name: 'english' }, { name: 'welsh' }],
};

export const LAYOUTS: readonly SheetLayout[] = [
  FRAMEWORK_LAYOUT,
  QUESTIONS_LAYOUT,
  SCALES_LAYOUT,
  RATINGS_LAYOUT,
  LISTS_LAYOUT,
];

/** Yes/no cells: written as "yes" and "no"; an empty cell leaves the field out. */
export const YES = 'yes';
export const NO = 'no';
