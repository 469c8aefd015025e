/**
 * The "Ready for inspection" summary on the findings fixture (tests/fixtures/findingsFixture.ts:
 * 18 complete cases, figures worked by hand there), with published figures made up for its
 * questions and a register of two recommendations. Worked here:
 *
 * - alloc: 9 of 16 allocated promptly (56.25%) against 45 of 50 published (90%): −33.75 points.
 *   Wilson 95%: 33.2–76.9% and 78.6–95.7%, so Newcombe's interval is
 *   −33.75 − √(23.1² + 5.4²) = −57.5 to −33.75 + √(20.6² + 11.4²) = −10.2: worse by more than
 *   chance. Allocation is rated Requires improvement (lowest key question 56%, "Too few").
 * - rev: 13 of 18 (72.2%) against 36 of 60 (60%): +12.2, interval −13.5 to +32.0: not more
 *   than chance. Reviewing is rated Good.
 * - emh: 15 of 18 (83.3%) against the report's 20 of 50 not assessed, so 30 of 50 (60%) were:
 *   +23.3, interval −2.4 to +40.9. Assessment is rated Outstanding.
 */
import { describe, expect, it } from 'vitest';
import {
  type BenchmarkSet,
  computeFindings,
  createTranslator,
  findingsCasesOf,
  joinCasesAndAnswers,
  type RegisterRecommendation,
} from '../../../../src/core';
import {
  atRiskRuleText,
  lowerRatings,
  ratingRuleText,
} from '../../../../src/core/readiness/readinessRules';
import { readinessSummary } from '../../../../src/core/readiness/readinessSummary';
import { loadCatalogue } from '../../../../src/i18n/catalogues';
import { findingsFixture, findingsFramework } from '../../../fixtures/findingsFixture';

const framework = findingsFramework();
const fixture = findingsFixture();
const findings = computeFindings(
  framework,
  findingsCasesOf(joinCasesAndAnswers(fixture.cases, fixture.answers).cases),
  { completeOnly: true },
);

const source = { document: 'A published report (2012)', location: 'paragraph 1.1', quote: 'q' };
const benchmarks: BenchmarkSet = {
  format: 'case-audit-benchmarks',
  formatVersion: 1,
  framework: { id: framework.id, version: framework.version },
  title: 'Published figures: a made-up report',
  figures: [
    {
      itemId: 'alloc',
      counts: ['yes'],
      stated: '90%',
      positive: 45,
      range: null,
      base: 50,
      percent: 90,
      source,
    },
    {
      itemId: 'emh',
      counts: ['no'],
      stated: '20 of 50',
      positive: 20,
      range: null,
      base: 50,
      percent: null,
      source: { ...source, location: 'paragraph 2.4' },
    },
    {
      itemId: 'rev',
      counts: ['yes'],
      stated: '60%',
      positive: 36,
      range: null,
      base: 60,
      percent: 60,
      source,
    },
  ],
};

function recommendation(
  id: string,
  owner: string,
  actions: RegisterRecommendation['actions'],
): RegisterRecommendation {
  return {
    id,
    origin: {
      kind: 'framework-report',
      document: 'A published report (2012)',
      location: 'page 10',
    },
    addressee: 'Youth Offending Team Managers',
    text: `Recommendation ${id}`,
    owner,
    localPosition: '',
    rag: 'amber',
    actions,
    evidence: [],
    history: [],
  };
}

const register: RegisterRecommendation[] = [
  recommendation('r1', 'Head of service', [
    {
      id: 'a1',
      text: 'Audit allocation',
      owner: 'Team manager',
      dueDate: '2026-03-01',
      doneOn: null,
    },
    { id: 'a2', text: 'Train staff', owner: 'Trainer', dueDate: '2026-04-01', doneOn: null },
    {
      id: 'a3',
      text: 'Write the policy',
      owner: 'Trainer',
      dueDate: '2026-02-01',
      doneOn: '2026-02-01',
    },
  ]),
  recommendation('r2', 'Quality lead', [
    { id: 'b1', text: 'Review the panel', owner: '', dueDate: null, doneOn: null },
    { id: 'b2', text: 'Report to the board', owner: 'Chair', dueDate: '2026-03-09', doneOn: null },
  ]),
];

const summary = readinessSummary({
  framework,
  findings,
  benchmarks,
  register,
  today: '2026-03-09',
});

describe('the summary for a service before an inspection', () => {
  it('rates each standard by the framework’s rules, as the findings do', () => {
    expect(summary.basis).toBe('Based on 18 complete cases of 20');
    expect(summary.standards.map((s) => [s.title, s.rating])).toEqual([
      ['Allocation', 'Requires improvement'],
      ['Assessment', 'Outstanding'],
      ['Reviewing', 'Good'],
    ]);
    expect(summary.standards[0]!.ratingNote).toBe(
      'Set by key question alloc (56%, 9 of 16): Too few, Requires improvement.',
    );
    expect(summary.ratingRule).toBe(
      'Each standard takes the band of its key question with the lowest figure (the cases answered positively, out of those where the question applied): under 50%: Inadequate; 50% to under 65%: Requires improvement; 65% to under 80%: Good; 80% or more: Outstanding. A rating set by the lead replaces the one from the figures and says so.',
    );
  });

  it('gives each key figure what it counts and its base, beside the published figure', () => {
    const [alloc] = summary.standards[0]!.figures;
    expect(alloc).toMatchObject({
      itemId: 'alloc',
      counts: 'Yes',
      count: 9,
      base: 16,
      text: 'Yes: 56% (9/16)',
      smallBase: false,
      published: {
        status: 'compared',
        figure: '90% (45/50)',
        location: 'paragraph 1.1',
        difference: '−34 points (95% interval −58 to −10)',
        points: '−34 (−58 to −10)',
        short: '90% (45/50)',
        place: 'para 1.1',
        significant: true,
        worse: true,
      },
    });
    const [emh] = summary.standards[1]!.figures;
    expect(emh).toMatchObject({
      text: 'Yes: 83% (15/18)',
      published: {
        figure: '60% (30/50), the other side of the report’s “20 of 50”',
        short: '60% (30/50)',
        place: 'para 2.4, turned from “20 of 50”',
        difference: '+23 points (95% interval −2 to +41)',
        significant: false,
        worse: false,
      },
    });
    expect(summary.standards[2]!.figures[0]!.published).toMatchObject({
      difference: '+12 points (95% interval −14 to +32)',
      worse: false,
    });
  });

  it('shows each standard’s key questions, as the framework names them', () => {
    expect(summary.standards.map((s) => [s.figures.map((f) => f.itemId), s.more])).toEqual([
      [['alloc'], 0],
      [['emh'], 0],
      [['rev'], 0],
    ]);
    expect(summary.figureChoice).toBe(
      'Each standard shows the key questions the framework names for it.',
    );
    expect(summary.notShown).toBeNull();
  });

  it('names the standards most at risk, with the rule and the reasons', () => {
    expect(summary.atRiskRule).toBe(
      'A standard is counted among those most at risk when it is rated Inadequate or Requires improvement (the lower half of the framework’s ratings), or when one of its key figures is worse than the published figure by more than chance would explain (the 95% interval of the difference leaves out 0).',
    );
    expect(summary.atRisk.map((s) => s.standardId)).toEqual(['allocation']);
    expect(summary.atRisk[0]!.risks).toEqual([
      'Rated Requires improvement: in the lower half of the framework’s ratings.',
      '“Was the case allocated promptly?” Yes: 56% (9/16) here, 90% (45/50) published (paragraph 1.1): −34 points (95% interval −58 to −10), worse than published by more than chance would explain.',
    ]);
  });

  it('lists the open actions, overdue first, then by due date, undated last', () => {
    expect(summary.actions.map((a) => [a.actionId, a.owner, a.dueDate, a.overdue])).toEqual([
      ['a1', 'Team manager', '2026-03-01', true],
      // Due today is not overdue.
      ['b2', 'Chair', '2026-03-09', false],
      ['a2', 'Trainer', '2026-04-01', false],
      // No owner of its own: the recommendation's.
      ['b1', 'Quality lead', null, false],
    ]);
    expect(summary.overdue).toBe(1);
    expect(summary.actions[0]!.recommendation).toBe(
      'Youth Offending Team Managers: Recommendation r1',
    );
  });

  it('says so when the framework has no published figures', () => {
    const without = readinessSummary({
      framework,
      findings,
      benchmarks: null,
      register: [],
      today: '2026-03-09',
    });
    expect(without.benchmarks).toBeNull();
    expect(without.standards[0]!.figures[0]!.published).toBeNull();
    expect(without.atRisk.map((s) => s.standardId)).toEqual(['allocation']);
    expect(without.atRiskRule).toBe(
      'A standard is counted among those most at risk when it is rated Inadequate or Requires improvement (the lower half of the framework’s ratings).',
    );
    expect(without.actions).toEqual([]);
  });
});

describe('the rules in words', () => {
  it('takes the lower half of the ratings by points: none of one, one of three', () => {
    const three = {
      ...framework.rating!,
      bands: framework.rating!.bands.slice(1).map((b, i) => ({ ...b, points: i })),
    };
    expect(lowerRatings(three)).toEqual(['Requires improvement']);
    expect(lowerRatings(undefined)).toEqual([]);
    expect(lowerRatings({ ...three, bands: three.bands.slice(0, 1) })).toEqual([]);
  });

  it('says when nothing can be judged, and when there are no rules', () => {
    expect(atRiskRuleText([], false)).toBe(
      'This framework has neither rating rules nor published figures, so no standard is judged at risk from the figures.',
    );
    expect(ratingRuleText(undefined)).toBe(
      'This framework has no rating rules, so no standard is rated from the figures.',
    );
  });
});

/**
 * The same questions in one standard with no key question named, so the page chooses two of its
 * three published figures. Reviewing's is now 48 of 60 (80%): 13/18 (72.2%) is 7.8 points below
 * it (Wilson 95%: 49.1–87.5% and 68.2–88.2%, so −7.8 − √(23.1² + 8.2²) = −32.3 to
 * −7.8 + √(15.3² + 11.8²) = +11.5: not more than chance would explain); alloc is 33.75 below
 * (worse by more than chance, as above); emh is 23.3 above. So alloc first (worse), then rev (7.8 below), and emh, above
 * published, is left to the findings.
 */
describe('the two most telling figures of a standard with no key question', () => {
  const questions = framework.sections.flatMap((section) =>
    section.standards.flatMap((s) => s.questions.map(({ key: _key, ...q }) => q)),
  );
  const unkeyed = {
    ...framework,
    rating: undefined,
    sections: [
      {
        id: 'all',
        title: 'All',
        standards: [{ id: 'everything', title: 'Everything', questions }],
      },
    ],
  };
  const rev80 = {
    ...benchmarks,
    figures: benchmarks.figures.map((f) =>
      f.itemId === 'rev' ? { ...f, stated: '80%', positive: 48, percent: 80 } : f,
    ),
  };
  const chosen = readinessSummary({
    framework: unkeyed,
    findings: computeFindings(
      unkeyed,
      findingsCasesOf(joinCasesAndAnswers(fixture.cases, fixture.answers).cases),
      { completeOnly: true },
    ),
    benchmarks: rev80,
    register: [],
    today: '2026-03-09',
  });
  const [everything] = chosen.standards;

  it('puts the one worse by more than chance first, then the furthest below published', () => {
    expect(
      everything!.figures.map((f) => [
        f.itemId,
        f.published?.status === 'compared' && f.published.points,
      ]),
    ).toEqual([
      ['alloc', '−34 (−58 to −10)'],
      ['rev', '−8 (−32 to +12)'],
    ]);
    expect(everything!.more).toBe(1);
  });

  it('says how the figures were chosen and how many more are in the findings', () => {
    expect(chosen.figureChoice).toBe(
      'Each standard shows at most 2 figures, of its questions with a published figure (the framework names no key questions): the most telling, those worse than published by more than chance would explain first, then those furthest below the published figure on the worse side (lower where the figure counts a good answer, higher where it counts an adverse one).',
    );
    expect(chosen.notShown).toBe(
      'Not shown here, and in the findings: 1 more figure for Everything.',
    );
  });

  it('still judges the risk on every figure, shown or not', () => {
    expect(everything!.risks).toHaveLength(1);
    expect(chosen.atRisk.map((s) => s.standardId)).toEqual(['everything']);
  });
});

describe('the summary in Welsh', () => {
  it('gives the reasons for risk, the published figures and the actions in Welsh', async () => {
    const cy = createTranslator('cy', await loadCatalogue('cy'));
    const welsh = readinessSummary(
      { framework, findings, benchmarks, register, today: '2026-03-09' },
      cy,
    );
    // The ratings and the framework's own words are data: the sentences around them are Welsh.
    expect(welsh.atRisk[0]!.risks).toEqual([
      'Sgôr Requires improvement: yn hanner isaf sgoriau’r fframwaith.',
      '“Was the case allocated promptly?” Yes: 56% (9/16) yma, 90% (45/50) wedi’i gyhoeddi (paragraph 1.1): −34 pwynt (cyfwng 95% −58 i −10), yn waeth na’r ffigur cyhoeddedig o fwy nag y byddai siawns yn ei egluro.',
    ]);
    expect(welsh.standards[2]!.figures[0]!.published).toMatchObject({
      difference: '+12 pwynt (cyfwng 95% −14 i +32)',
      outcome: 'dim mwy nag y byddai siawns yn ei egluro',
    });
    // The same figures and the same judgement as in English.
    expect(welsh.atRisk.map((s) => s.standardId)).toEqual(summary.atRisk.map((s) => s.standardId));
  });
});
