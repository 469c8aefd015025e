/**
 * What the findings engine returns: computed figures (SPEC §3 "Finding"), each with its
 * numerator and base, and every exclusion from the base counted separately (SPEC §4.1).
 * Percentages and intervals are in per cent (0–100).
 */
import type { ItemKind, Meaning } from '../framework/frameworkSchema';
import type { CaseStatus } from '../inspection/inspectionSchema';
import type { NumberSummary } from '../statistics/describeNumbers';

/** Bases below this are flagged as small (SPEC §4.3): shown, never hidden. */
export const SMALL_BASE = 10;

/** Answers that are not in a base, each counted on its own. */
export type Exclusions = {
  /** Answered "not applicable to this case". */
  readonly notApplicable: number;
  /** Answered "not known". In the base only when the scale's `notKnownInBase` is set. */
  readonly notKnown: number;
  /** Applicable but with no answer. */
  readonly unanswered: number;
  /** Hidden by an applicability rule: counts nowhere. */
  readonly hidden: number;
  /** An answer this item cannot hold (e.g. a code no longer on its scale). */
  readonly invalid: number;
};

export type OptionCount = {
  readonly value: string;
  readonly label: string;
  readonly meaning: Meaning;
  readonly count: number;
};

/** A percentage with its interval; null figures when the base is 0. */
export type Proportion = {
  /** Exact: numerator ÷ base × 100. */
  readonly percent: number | null;
  /** Whole per cent rounded half up: what sentences print. */
  readonly percentRounded: number | null;
  /** Wilson score interval at the chosen confidence level. */
  readonly interval: { readonly low: number; readonly high: number } | null;
  readonly smallBase: boolean;
};

type ItemFields = {
  readonly itemId: string;
  readonly kind: ItemKind;
  /** Null for a profile field. */
  readonly standardId: string | null;
};

/**
 * What a figure beside a question counts, so it can never be read the wrong way round: the
 * side the item's sentence states (for a question about an adverse event, the event), the
 * answers counted and, where the framework words it, what holds in those cases.
 */
export type CountedFigure = Proportion & {
  readonly side: 'positive' | 'negative';
  readonly count: number;
  readonly base: number;
  /** The answers counted, in the scale's words: "No", "Yes or Partly". */
  readonly answers: string;
  /** What holds in the counted cases, from the framework's finding wording; null without one. */
  readonly statement: string | null;
};

/** Judgement, rating and choice items: positive answers out of a base. */
export type ProportionFinding = ItemFields &
  Exclusions &
  Proportion & {
    readonly type: 'proportion';
    readonly key: boolean;
    /**
     * Whether the scale has a positive option, so that "positive out of base" means something.
     * Without one (a profile field such as gender) the item's own percentage, interval and
     * sentence are null, and only the options' shares are given.
     */
    readonly scored: boolean;
    /** Count per option, in scale order, each with its share of the base. */
    readonly options: readonly (OptionCount & Proportion)[];
    readonly positive: number;
    readonly negative: number;
    readonly neutral: number;
    /** positive + negative + neutral (+ not known when the scale counts it in the base). */
    readonly base: number;
    readonly notKnownInBase: boolean;
    /** The quantifier words for the sentence's count ("over one-third"); null with no base. */
    readonly quantifier: string | null;
    /** "In over one-third of cases (38%, 23 of 60) the case was not allocated promptly." */
    readonly sentence: string | null;
    /** Which count the sentence states. */
    readonly sentenceSide: 'positive' | 'negative' | null;
    /**
     * Whether the question asks about an adverse event: its first answer ("Yes") is negative
     * ("Had the child been a victim of crime?"). Such a question's figures count the event.
     */
    readonly adverse: boolean;
    /** The figure shown beside the item, stated as its sentence states it; null if unscored. */
    readonly counted: CountedFigure | null;
  };

/** Multichoice: each option is its own proportion of the cases answering. */
export type MultichoiceFinding = ItemFields &
  Exclusions & {
    readonly type: 'multichoice';
    /** Cases that chose at least one option: the base of every option's percentage. */
    readonly base: number;
    /** All choices made; can exceed the base. */
    readonly selections: number;
    readonly options: readonly (OptionCount & Proportion)[];
    /** Says that the counts can add up to more than the cases (SPEC §4.4). */
    readonly note: string;
  };

export type NumberFinding = ItemFields &
  Exclusions & {
    readonly type: 'number';
    readonly unit: string | null;
    /** n, mean, median, min, max; null when no case has a number. */
    readonly summary: NumberSummary | null;
    /** The framework's named thresholds: how many values lie above each. */
    readonly thresholds: readonly ({
      readonly above: number;
      readonly label: string;
      readonly count: number;
      readonly base: number;
    } & Proportion)[];
  };

/** Date and text items: only how many were answered. */
export type AnsweredFinding = ItemFields &
  Exclusions & {
    readonly type: 'answered';
    readonly answered: number;
  };

export type ItemFinding = ProportionFinding | MultichoiceFinding | NumberFinding | AnsweredFinding;

export type StandardOverride = {
  readonly rating: string;
  readonly points: number | null;
  readonly rationale: string;
  readonly by: string;
  readonly at: string;
};

export type StandardRating = {
  readonly standardId: string;
  readonly sectionId: string;
  readonly ratedBy: 'key-questions' | 'lead-judgement' | 'not-rated';
  /** The rating in force: the override's when there is one. Null: not rated. */
  readonly rating: string | null;
  readonly points: number | null;
  /** The band label of the computed rating ("Reasonable majority"). */
  readonly band: string | null;
  /** The key question with the lowest percentage, which set the computed rating. */
  readonly questionId: string | null;
  readonly positive: number | null;
  readonly base: number | null;
  /** That question's exact percentage. */
  readonly percent: number | null;
  /** The percentage compared with the bands, after the framework's rounding. */
  readonly ratedPercent: number | null;
  /** Key questions left out because no case was applicable and answered. */
  readonly skipped: readonly { readonly questionId: string; readonly reason: string }[];
  /** The rating from the data, before any override. */
  readonly computedRating: string | null;
  readonly computedPoints: number | null;
  /** The lead's rating, shown as overridden, with its rationale. */
  readonly override: StandardOverride | null;
  /** How the rating was reached, in plain words. */
  readonly note: string;
};

export type OverallRating = {
  readonly rating: string | null;
  readonly points: number | null;
  /** Most points the rated standards could score. */
  readonly maxPoints: number;
  /** Standards that count towards the overall rating but have no rating. */
  readonly missing: readonly string[];
  readonly note: string;
};

export type FindingsCell = {
  /** The group value (area id, stratum id, option code…); "" for "none". */
  readonly key: string;
  readonly label: string;
  /** Cases counted in this cell. */
  readonly cases: number;
  readonly profile: readonly ItemFinding[];
  readonly questions: readonly ItemFinding[];
  /** Ratings from this cell's figures alone; overrides apply to the whole inspection only. */
  readonly standards: readonly StandardRating[];
  readonly overall: OverallRating | null;
  /**
   * Two-way cells only: [row key, column key] and their labels. For a two-way cell `key` is
   * `${rowKey}\u001f${colKey}` and `label` is `${rowLabel}, ${colLabel}`.
   */
  readonly keys?: readonly [string, string];
  readonly labels?: readonly [string, string];
};

/** One dimension of a breakdown: what it splits by, and its name ("Area"). */
export type BreakdownDimension = { readonly by: string; readonly label: string };

/** A row or column of a two-way breakdown, with the cases counted in it. */
export type BreakdownMargin = {
  readonly key: string;
  readonly label: string;
  readonly cases: number;
};

export type Breakdown = {
  /** 'area', 'stratum', 'inspector', 'inspection', a profile field id, or for two-way 'area,stratum'. */
  readonly by: string;
  /** One dimension, or two: rows then columns. */
  readonly dimensions: readonly BreakdownDimension[];
  /**
   * One-way: the groups. Two-way: one cell per (row, column) pair, row-major, every pair of the
   * row keys and column keys seen (an empty pair is a cell with 0 cases).
   */
  readonly groups: readonly FindingsCell[];
  /** Two-way only: row and column keys with labels, in order, with their case counts. */
  readonly rows?: readonly BreakdownMargin[];
  readonly columns?: readonly BreakdownMargin[];
  /** Present when a case can fall in more than one group (a multichoice profile field). */
  readonly note: string | null;
};

export type CompletenessGroup = {
  readonly key: string;
  readonly label: string;
  readonly cases: number;
  /** Cases with every required, applicable item answered. */
  readonly fullyAnswered: number;
  readonly answered: number;
  readonly applicable: number;
};

export type IncompleteCase = {
  readonly caseId: string;
  readonly ref: string;
  readonly areaId: string;
  readonly inspectorId: string | null;
  readonly status: CaseStatus;
  readonly answered: number;
  readonly applicable: number;
};

/** How much of the work is done, over every case given (whatever the findings counted). */
export type Completeness = {
  readonly cases: number;
  readonly fullyAnswered: number;
  /** Cases marked complete or moderated. */
  readonly markedComplete: number;
  /** Required items answered (N/A and not known are answers) out of those applicable. */
  readonly answered: number;
  readonly applicable: number;
  readonly byArea: readonly CompletenessGroup[];
  readonly byInspector: readonly CompletenessGroup[];
  /** Cases not marked complete, or with required items unanswered. */
  readonly incomplete: readonly IncompleteCase[];
  /** Required items answered and applicable for every case, in the order the cases were given. */
  readonly perCase: { readonly answered: Int32Array; readonly applicable: Int32Array };
};

export type FindingsResult = {
  readonly framework: { readonly id: string; readonly version: string };
  /** Whether the figures count only cases marked complete (or moderated), or all cases. */
  readonly basis: 'complete-cases' | 'all-cases';
  readonly cases: { readonly total: number; readonly counted: number; readonly excluded: number };
  readonly confidence: number;
  readonly quantifiers: 'fractions' | 'bands';
  readonly profile: readonly ItemFinding[];
  readonly questions: readonly ItemFinding[];
  readonly standards: readonly StandardRating[];
  readonly overall: OverallRating | null;
  readonly breakdown: Breakdown | null;
  readonly completeness: Completeness;
  /** Things the lead should know: overrides that name no standard, and the like. */
  readonly warnings: readonly string[];
};
