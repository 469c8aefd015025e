/**
 * "Ready for inspection" (issue: self-audit): what a service reads on one page before an
 * inspection. For each standard, its rating by the framework's rules (the findings' own, so the
 * page says what the findings screen says) and its most telling figures, at most two
 * (readinessChoice), each beside the published figure where the framework has one; the standards
 * most at risk, by a rule the summary states over all of a standard's figures; and the
 * register's open actions, overdue ones flagged. Pure: the day is passed in.
 */
import type { BenchmarkSet } from '../benchmarks/benchmarkSchema';
import { benchmarkWords, wholePoints } from '../benchmarks/benchmarkWords';
import {
  type BenchmarkComparison,
  type BenchmarkResult,
  compareWithBenchmarks,
} from '../benchmarks/compareWithBenchmark';
import type { FindingsResult, ItemFinding, StandardRating } from '../findings/findingTypes';
import { isSmallBase, printedFigure } from '../findings/printedFigure';
import type { Framework } from '../framework/frameworkSchema';
import { ENGLISH, type Translator } from '../i18n/translator';
import type { RegisterRecommendation } from '../register/registerSchema';
import { openActionsByDue, type ReadinessAction } from './readinessActions';
import {
  type ChoosableFigure,
  choiceText,
  chooseFigures,
  FIGURES_SHOWN,
  publishedShort,
} from './readinessChoice';
import { atRiskRuleText, lowerRatings, ratingRuleText } from './readinessRules';

export type ReadinessPublished =
  | {
      readonly status: 'compared';
      /** "38% (23/60)"; a range: "nearly two-thirds (37–39 of 60)". */
      readonly figure: string;
      /** "paragraph 3.4" */
      readonly location: string;
      /** In short for the table: "62% (37/60)"; a range "37–39 of 60 (nearly two-thirds)". */
      readonly short: string;
      /** "para 3.4"; "para 3.4, turned from “38%”" where the report counted the other answers. */
      readonly place: string;
      /** "+17 points (95% interval −8 to +39)" */
      readonly difference: string;
      /** The same in short, for a table headed so: "+17 (−8 to +39)". */
      readonly points: string;
      /** "not more than chance would explain" */
      readonly outcome: string;
      readonly significant: boolean;
      /** Worse than the published figure by more than chance would explain. */
      readonly worse: boolean;
      /** Either base is under 10. */
      readonly smallBase: boolean;
    }
  | {
      readonly status: 'not-comparable';
      readonly figure: string;
      readonly location: string;
      readonly short: string;
      readonly place: string;
      /** "not comparable: …" */
      readonly reason: string;
    };

/** A key figure: what it counts, its count and base, and the published figure beside it. */
export type ReadinessFigure = {
  readonly itemId: string;
  readonly question: string;
  /** The answers counted, in the scale's words: "No", "Yes or Partly". */
  readonly counts: string;
  readonly count: number;
  readonly base: number;
  /** "No: 55% (11/20)"; "No applicable cases" on none; the small-base mark on a small base. */
  readonly text: string;
  readonly smallBase: boolean;
  readonly published: ReadinessPublished | null;
};

export type ReadinessStandard = {
  readonly standardId: string;
  readonly sectionTitle: string;
  readonly title: string;
  /** The rating in force, or null: not rated. */
  readonly rating: string | null;
  /** How it was reached (the findings' note): the rule and the figure, or the override. */
  readonly ratingNote: string;
  readonly overridden: boolean;
  /** Its most telling figures, at most two (readinessChoice), most telling first. */
  readonly figures: readonly ReadinessFigure[];
  /** How many more figures it has than are shown: they are in the findings. */
  readonly more: number;
  /** Why it is among the standards most at risk; empty: it is not. */
  readonly risks: readonly string[];
};

export type ReadinessSummary = {
  /** "Based on 20 complete cases of 20" */
  readonly basis: string;
  /** How the framework rates a standard, in words. */
  readonly ratingRule: string;
  /** Whether any standard is rated (from the figures or by the lead): else no rating is shown. */
  readonly rated: boolean;
  /** Which standards count as most at risk, in words. */
  readonly atRiskRule: string;
  /** How each standard's figures were chosen, in words; "" when no standard has any. */
  readonly figureChoice: string;
  /** "Not shown here: 3 more figures for Planning, 1 more for Review." or null: none left out. */
  readonly notShown: string | null;
  /** Whose figures the published ones are, or null: the framework has none. */
  readonly benchmarks: { readonly title: string } | null;
  readonly standards: readonly ReadinessStandard[];
  /** The standards most at risk, in the framework's order. */
  readonly atRisk: readonly ReadinessStandard[];
  /** Open actions: overdue first, then by due date, undated last. */
  readonly actions: readonly ReadinessAction[];
  readonly overdue: number;
  /** Whether any figure on the page stands on a small base (the key is then shown). */
  readonly smallBase: boolean;
};

export type ReadinessInput = {
  readonly framework: Framework;
  /** The findings over the cases counted (the findings screen's, overrides applied). */
  readonly findings: FindingsResult;
  readonly benchmarks: BenchmarkSet | null;
  readonly register: readonly RegisterRecommendation[];
  /** Today, `yyyy-mm-dd` in local time: an action due before it and not done is overdue. */
  readonly today: string;
};

/** Worse than published by more than chance: lower on a good side, higher on an adverse one. */
function isWorse(c: BenchmarkComparison, side: 'positive' | 'negative'): boolean {
  if (!c.significant) return false;
  const below = c.ends.every((e) => e.exactInterval.high < 0);
  const above = c.ends.every((e) => e.exactInterval.low > 0);
  return side === 'positive' ? below : above;
}

function publishedOf(
  result: BenchmarkResult,
  side: 'positive' | 'negative' | null,
  tr: Translator,
): ReadinessPublished {
  const words = benchmarkWords(result, tr);
  const short = publishedShort(result, tr);
  if (words.status === 'not-comparable' || result.status === 'not-comparable') {
    const reason = words.status === 'not-comparable' ? words.reason : '';
    return {
      status: 'not-comparable',
      figure: words.published,
      location: words.location,
      short: short.figure,
      place: short.place,
      reason,
    };
  }
  const { difference, low, high } = wholePoints(result, tr);
  return {
    status: 'compared',
    figure: words.published,
    location: words.location,
    short: short.figure,
    place: short.place,
    difference: words.difference,
    points: `${difference} (${low} to ${high})`,
    outcome: words.outcome,
    significant: words.significant,
    worse: side !== null && isWorse(result, side),
    smallBase: words.smallBase,
  };
}

/** A figure with what the choice of the most telling ones needs of it. */
type Candidate = ChoosableFigure & { readonly figure: ReadinessFigure };

function figureOf(
  finding: ItemFinding,
  question: string,
  comparison: BenchmarkResult | undefined,
  tr: Translator,
): Candidate | null {
  if (finding.type !== 'proportion' || !finding.counted) return null;
  const c = finding.counted;
  const published = comparison ? publishedOf(comparison, c.side, tr) : null;
  const figure: ReadinessFigure = {
    itemId: finding.itemId,
    question,
    counts: c.answers,
    count: c.count,
    base: c.base,
    text:
      c.base === 0
        ? tr.t('readiness.summary', 'No applicable cases')
        : `${c.answers}: ${printedFigure(c.percentRounded, c.count, c.base)}`,
    smallBase: isSmallBase(c.base),
    published,
  };
  const worse = published?.status === 'compared' && published.worse;
  return { figure, side: c.side, comparison, worse };
}

type FrameworkStandard = Framework['sections'][number]['standards'][number];

/** The standard's key questions; with none, its questions that have a published figure. */
function keyQuestionsOf(
  standard: FrameworkStandard,
  published: ReadonlyMap<string, BenchmarkResult>,
) {
  const keys = standard.questions.filter((q) => q.key);
  return keys.length > 0 ? keys : standard.questions.filter((q) => published.has(q.id));
}

function risksOf(
  rating: StandardRating | undefined,
  figures: readonly ReadinessFigure[],
  lower: readonly string[],
  tr: Translator,
): string[] {
  const risks: string[] = [];
  if (rating?.rating && lower.includes(rating.rating)) {
    risks.push(
      tr.t('readiness.summary', 'Rated {rating}: in the lower half of the framework’s ratings.', {
        rating: rating.rating,
      }),
    );
  }
  for (const f of figures) {
    const p = f.published;
    if (p?.status !== 'compared' || !p.worse) continue;
    risks.push(
      tr.t(
        'readiness.summary',
        '“{question}” {figure} here, {published} published ({location}): {difference}, worse than published by more than chance would explain.',
        {
          question: f.question,
          figure: f.text,
          published: p.figure,
          location: p.location,
          difference: p.difference,
        },
      ),
    );
  }
  return risks;
}

function basisOf(findings: FindingsResult, tr: Translator): string {
  const { total, counted } = findings.cases;
  return findings.basis === 'complete-cases'
    ? tr.t(
        'readiness.summary',
        'Based on {count, plural, one {# complete case} other {# complete cases}} of {total}',
        { count: counted, total: String(total) },
      )
    : tr.t(
        'readiness.summary',
        'Based on all {count, plural, one {# case} other {# cases}} ({complete} complete)',
        { count: total, complete: String(findings.completeness.markedComplete) },
      );
}

/** What the summary's parts need to read the findings by question and by standard. */
type Sources = {
  readonly findingOf: ReadonlyMap<string, ItemFinding>;
  readonly ratingOf: ReadonlyMap<string, StandardRating>;
  readonly published: ReadonlyMap<string, BenchmarkResult>;
  readonly lower: readonly string[];
  readonly tr: Translator;
};

/** A standard on the page: every figure judged for risk, its most telling ones shown. */
function standardOf(
  section: Framework['sections'][number],
  standard: FrameworkStandard,
  sources: Sources,
): ReadinessStandard & { readonly all: readonly ReadinessFigure[]; readonly byKey: boolean } {
  const candidates = keyQuestionsOf(standard, sources.published).flatMap((q) => {
    const finding = sources.findingOf.get(q.id);
    const candidate = finding
      ? figureOf(finding, q.text, sources.published.get(q.id), sources.tr)
      : null;
    return candidate ? [candidate] : [];
  });
  const all = candidates.map((c) => c.figure);
  const rating = sources.ratingOf.get(standard.id);
  return {
    standardId: standard.id,
    sectionTitle: section.title,
    title: standard.title,
    rating: rating?.rating ?? null,
    ratingNote: rating?.note ?? '',
    overridden: Boolean(rating?.override),
    figures: chooseFigures(candidates).map((c) => c.figure),
    more: Math.max(0, all.length - FIGURES_SHOWN),
    // Every figure, shown or not, counts towards the risk: the table only shortens the list.
    risks: risksOf(rating, all, sources.lower, sources.tr),
    all,
    byKey: standard.questions.some((q) => q.key),
  };
}

/** "Not shown here: 3 more figures for Planning, 1 more for Review." */
function notShownText(standards: readonly ReadinessStandard[], tr: Translator): string | null {
  const left = standards.filter((s) => s.more > 0);
  if (left.length === 0) return null;
  const parts = left.map((s, i) =>
    i === 0
      ? tr.t(
          'readiness.summary',
          '{count, plural, one {# more figure} other {# more figures}} for {standard}',
          { count: s.more, standard: s.title },
        )
      : tr.t('readiness.summary', '{count} more for {standard}', {
          count: String(s.more),
          standard: s.title,
        }),
  );
  return tr.t('readiness.summary', 'Not shown here, and in the findings: {standards}.', {
    standards: parts.join(', '),
  });
}

/** The one-page summary a service reads before an inspection. */
export function readinessSummary(
  input: ReadinessInput,
  tr: Translator = ENGLISH,
): ReadinessSummary {
  const { framework, findings, benchmarks, register, today } = input;
  const published = benchmarks
    ? compareWithBenchmarks(findings.questions, benchmarks)
    : new Map<string, BenchmarkResult>();
  const sources: Sources = {
    findingOf: new Map(findings.questions.map((f) => [f.itemId, f])),
    ratingOf: new Map(findings.standards.map((s) => [s.standardId, s])),
    published,
    lower: lowerRatings(framework.rating),
    tr,
  };
  const chosen = framework.sections.flatMap((section) =>
    section.standards.map((standard) => standardOf(section, standard, sources)),
  );
  const standards: ReadinessStandard[] = chosen.map(({ all: _all, byKey: _byKey, ...s }) => s);
  const withFigures = chosen.filter((s) => s.all.length > 0);
  const actions = openActionsByDue(register, today, tr);
  return {
    basis: basisOf(findings, tr),
    ratingRule: ratingRuleText(framework.rating, tr),
    rated:
      (framework.rating !== undefined && framework.rating.standardRule !== 'none') ||
      standards.some((s) => s.rating !== null),
    atRiskRule: atRiskRuleText(sources.lower, benchmarks !== null, tr),
    figureChoice: choiceText(
      withFigures.some((s) => s.byKey),
      withFigures.some((s) => !s.byKey),
      withFigures.some((s) => s.byKey && s.more > 0),
      tr,
    ),
    notShown: notShownText(standards, tr),
    benchmarks: benchmarks ? { title: benchmarks.title } : null,
    standards,
    atRisk: standards.filter((s) => s.risks.length > 0),
    actions,
    overdue: actions.filter((a) => a.overdue).length,
    // Over every figure, shown or not: the reasons for risk quote them with their marks.
    smallBase: chosen.some((s) =>
      s.all.some(
        (f) => f.smallBase || (f.published?.status === 'compared' && f.published.smallBase),
      ),
    ),
  };
}
