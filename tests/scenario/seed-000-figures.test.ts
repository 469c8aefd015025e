/**
 * The figures seed 000 (HMIP, Ofsted and Estyn, 2012: looked after children placed away from
 * home) reports come out of the findings engine when its 60 cases are scored on the built-in
 * framework: the synthetic cases of `buildLacExample` reproduce them. Each figure names the
 * line of the report (000_7795eb086f17711f.txt) that states it; the report's words are checked
 * against the numbers, and where the report contradicts itself the contradiction is shown.
 */
import { describe, expect, it } from 'vitest';
import {
  buildLacExample,
  computeFindings,
  findingsCasesOf,
  type ItemFinding,
  type NumberFinding,
  type ProportionFinding,
} from '../../src/core';
import { checkQuantifiers } from '../../src/core/phrasing/checkQuantifiers';
import { phraseProportion } from '../../src/core/phrasing/phraseProportion';
import { percentHalfUp } from '../../src/core/statistics/roundHalfUp';
import { lacFramework } from '../fixtures/lacFramework';

const framework = lacFramework();
const { cases } = buildLacExample(framework, {
  inspectionId: 'seed-000',
  now: '2012-06-01T09:00:00.000Z',
});
const auto = computeFindings(framework, findingsCasesOf(cases));
const negative = computeFindings(framework, findingsCasesOf(cases), { sentences: 'negative' });
const positive = computeFindings(framework, findingsCasesOf(cases), { sentences: 'positive' });

function find(result: typeof auto, id: string): ItemFinding {
  const found = [...result.profile, ...result.questions].find((f) => f.itemId === id);
  if (!found) throw new Error(`no finding for ${id}`);
  return found;
}
function proportion(id: string, result = auto): ProportionFinding {
  const f = find(result, id);
  if (f.type !== 'proportion') throw new Error(`${id} is not a proportion`);
  return f;
}
function numbers(id: string): NumberFinding {
  const f = find(auto, id);
  if (f.type !== 'number') throw new Error(`${id} is not a number`);
  return f;
}
function option(id: string, value: string) {
  return proportion(id).options.find((o) => o.value === value)!;
}
function above(id: string, threshold: number) {
  return numbers(id).thresholds.find((t) => t.above === threshold)!;
}
/** "nearly two-thirds" and the like, for count of base. */
function words(count: number, base: number): string {
  return phraseProportion(count, base, 'fractions')!.words;
}
/** The report's own words beside our figure: [] when they agree. */
function check(text: string) {
  return checkQuantifiers(text, 'fractions');
}

describe('the sample (report §1.6 and §2)', () => {
  it('60 cases, all complete, every figure on them', () => {
    expect(auto.cases).toEqual({ total: 60, counted: 60, excluded: 0 });
    expect(auto.completeness.fullyAnswered).toBe(60);
  });

  it('line 218: mainly boys (42 out of 60)', () => {
    expect(option('gender', 'male')).toMatchObject({ count: 42, percentRounded: 70 });
    expect(option('gender', 'female').count).toBe(18);
  });

  it('line 219: aged between 11 and 18, the majority (67%) between 15 and 17; line 311: half aged 16 or over', () => {
    const age = numbers('age');
    expect(age.summary).toMatchObject({ n: 60, min: 11, max: 18 });
    const fifteenToSeventeen = above('age', 14).count - above('age', 17).count;
    expect(fifteenToSeventeen).toBe(40);
    expect(Math.round((fifteenToSeventeen / 60) * 100)).toBe(67);
    expect(above('age', 15)).toMatchObject({ count: 30, base: 60, percentRounded: 50 });
    expect(words(30, 60)).toBe('half');
  });

  it('line 221: full or interim care order (43%), voluntary care (57%)', () => {
    const orders = option('legal-status', 'full-care-order').count;
    const interim = option('legal-status', 'interim-care-order').count;
    expect(orders + interim).toBe(26);
    expect(Math.round(((orders + interim) / 60) * 100)).toBe(43);
    expect(option('legal-status', 'voluntary')).toMatchObject({ count: 34, percentRounded: 57 });
  });

  it('line 222: white British (78%); a further 8% black or black British', () => {
    expect(option('ethnicity', 'white-british')).toMatchObject({ count: 47, percentRounded: 78 });
    expect(option('ethnicity', 'black')).toMatchObject({ count: 5, percentRounded: 8 });
  });

  it('lines 198, 220: all except one in private children’s homes or living independently', () => {
    const homes = option('placement-type', 'private-childrens-home').count;
    expect(homes + option('placement-type', 'independent').count).toBe(59);
  });

  it('line 411: referral orders constituted 30% of the cases', () => {
    expect(option('order-type', 'referral-order')).toMatchObject({ count: 18, percentRounded: 30 });
  });
});

describe('placements and distance (line 113, repeated at line 282)', () => {
  it('one young person with 31 placements', () => {
    expect(numbers('placements-in-care').summary?.max).toBe(31);
  });

  it('nearly one-third had more than three placements outside their home area, 18% more than five', () => {
    expect(above('placements-out-of-area', 3)).toMatchObject({ count: 19, percentRounded: 32 });
    expect(words(19, 60)).toBe('nearly one-third');
    expect(above('placements-out-of-area', 5)).toMatchObject({ count: 11, percentRounded: 18 });
  });

  it('63% more than 50 miles from home ("nearly two-thirds", line 282) and 24% more than 100 miles, of the 59 with a distance', () => {
    expect(numbers('distance-miles').unanswered).toBe(1);
    expect(above('distance-miles', 50)).toMatchObject({ count: 37, base: 59, percentRounded: 63 });
    expect(words(37, 59)).toBe('nearly two-thirds');
    expect(above('distance-miles', 100)).toMatchObject({ count: 14, base: 59, percentRounded: 24 });
  });

  it('four-fifths moved during YOT supervision ("over three-quarters", line 282), one-quarter more than three times', () => {
    expect(above('moves-during-supervision', 0)).toMatchObject({ count: 48, percentRounded: 80 });
    expect(words(48, 60)).toBe('four-fifths');
    expect(check('over three-quarters had more than one placement (80%, 48 of 60)')).toEqual([]);
    expect(above('moves-during-supervision', 3)).toMatchObject({ count: 15, percentRounded: 25 });
    expect(check('one-quarter being moved more than three times (25%, 15 of 60)')).toEqual([]);
  });
});

describe('outcomes (§2)', () => {
  it('lines 223, 257: 31 had offended within the care environment ("over half")', () => {
    expect(proportion('offended-in-care').negative).toBe(31);
    expect(check('over half had been recorded as offending (52%, 31 of 60)')).toEqual([]);
  });

  it('line 258: reoffending during YOT supervision in 27 cases', () => {
    expect(proportion('reoffended')).toMatchObject({ negative: 27, positive: 33, base: 60 });
  });

  it('line 259: ten had harmed other residents; line 260: 34 had not complied; line 261: not enough progress in 14', () => {
    expect(proportion('harmed-residents').negative).toBe(10);
    expect(proportion('complied')).toMatchObject({ negative: 34, positive: 26 });
    expect(proportion('progress').negative).toBe(14);
  });

  it('line 278: in two-thirds of the cases the child had not been effectively safeguarded', () => {
    expect(proportion('safeguarded').sentence).toBe(
      'In two-thirds of cases (67%, 40 of 60) the child had not been effectively safeguarded.',
    );
  });

  it('lines 223, 280: 11 had been victims of crime ("one-fifth")', () => {
    expect(proportion('victim-of-crime').negative).toBe(11);
    expect(check('in one-fifth of cases (18%, 11 of 60) they had been victims')).toEqual([]);
  });

  it('line 281: less than half had their emotional or mental health needs met (of the 52 where it was a factor)', () => {
    expect(proportion('emh-needs-met', positive).sentence).toBe(
      "In less than half of cases (46%, 24 of 52) the child's emotional or mental health needs had been met.",
    );
  });

  it('line 301: nearly half had their education negatively affected', () => {
    expect(proportion('education-affected').negative).toBe(28);
    expect(check('nearly half (47%, 28 of 60) had their education affected')).toEqual([]);
  });

  it('line 302: none including A-levels; lines 311, 536: no long-term plans', () => {
    expect(option('education-curriculum', 'a-level').count).toBe(0);
    expect(proportion('long-term-plan', positive).sentence).toBe(
      "Children's social care services had a longer-term plan for the child's future in none of the cases (0%, 0 of 60).",
    );
  });

  it('line 311: preparation for independence inadequate in most cases, of the 30 aged 16 or over', () => {
    expect(proportion('independence-support')).toMatchObject({
      negative: 24,
      base: 30,
      hidden: 30,
    });
    expect(check('inadequate in most cases (80%, 24 of 30)')).toEqual([]);
  });
});

describe('YOT work (§3)', () => {
  it('line 359: 38% (23/60) not allocated promptly; in a third of those, no information from the home YOT', () => {
    expect(proportion('alloc-prompt', negative).sentence).toBe(
      'In over one-third of cases (38%, 23 of 60) the case was not allocated promptly.',
    );
    const delay = proportion('alloc-delay-home-info');
    expect(delay.options.find((o) => o.value === 'yes')?.count).toBe(8);
    expect(delay).toMatchObject({ base: 23, hidden: 37 });
    expect(check('in a third of those cases (35%, 8 of 23)')).toEqual([]);
  });

  it('line 372: contact before placement not sufficient in more than half; host YOT unaware in nearly one-third', () => {
    expect(proportion('pre-placement-contact').sentence).toBe(
      'In over half of cases (53%, 32 of 60) contact between the home and host YOTs before the placement was not sufficient.',
    );
    expect(proportion('host-aware-before-move', negative).sentence).toBe(
      'In nearly one-third of cases (32%, 19 of 60) the host YOT was not aware of the child being in its area until after the move.',
    );
  });

  it('line 380: emotional and mental health not sufficiently well assessed in nearly two-thirds; not a factor in only eight', () => {
    expect(proportion('emh-assessed').sentence).toBe(
      'In nearly two-thirds of cases (63%, 38 of 60) emotional and mental health were not sufficiently well assessed.',
    );
    expect(proportion('emh-factor').options.find((o) => o.value === 'no')?.count).toBe(8);
  });

  it('line 381: nearly two-thirds of parents/carers still involved not engaged; half of plans without engagement', () => {
    expect(proportion('parents-engaged-assessment').sentence).toBe(
      'In nearly two-thirds of cases (64%, 27 of 42) parents/carers were not actively engaged in the assessment.',
    );
    expect(proportion('plan-engagement', negative).quantifier).toBe('half');
  });

  it('line 382: diversity factors not identified in over half; line 384: care plan not on file in over one-quarter, none on settling in', () => {
    expect(proportion('diversity-identified').quantifier).toBe('over half');
    expect(proportion('care-plan-on-file')).toMatchObject({ negative: 16, base: 60 });
    expect(check('In over one-quarter of the cases (27%, 16 of 60), the care plan')).toEqual([]);
    expect(proportion('plan-settling-in')).toMatchObject({ positive: 0, base: 48 });
  });

  it('line 389: purposeful visits by the host YOT in 83% of cases', () => {
    expect(proportion('host-visits').sentence).toBe(
      'In over four-fifths of cases (83%, 50 of 60) the host YOT made purposeful visits to the placement.',
    );
  });

  it('line 390: risk of harm interventions in nearly 80%, over 90% of those of good quality; safeguarding in the vast majority', () => {
    expect(proportion('roh-interventions')).toMatchObject({ positive: 47, percentRounded: 78 });
    expect(check('delivered in nearly 80% of cases')).toEqual([]);
    expect(proportion('roh-interventions-quality')).toMatchObject({
      positive: 43,
      base: 47,
      percentRounded: 91,
    });
    expect(check('the vast majority of cases (90%, 54 of 60)')).toEqual([]);
    expect(proportion('safeguarding-work').positive).toBe(54);
  });

  it('line 391: home YOTs made no purposeful visits in half; work with parents sufficient in less than half; joint work 47%', () => {
    expect(proportion('home-visits', negative).quantifier).toBe('half');
    expect(proportion('home-parents-work', positive).quantifier).toBe('less than half');
    expect(proportion('joint-work')).toMatchObject({ positive: 28, percentRounded: 47 });
  });

  it('line 392: over one-third of reviews of insufficient quality', () => {
    for (const id of ['review-assessment-quality', 'review-plan-quality', 'review-roh']) {
      expect(proportion(id, negative).quantifier).toBe('over one-third');
      expect(proportion(id).negative).toBe(22);
    }
    expect(check('over one-third of both were of insufficient quality (37%, 22 of 60)')).toEqual(
      [],
    );
  });

  it('line 393: of the seven MAPPA cases, procedures not used effectively in two; victims’ safety in only 60%', () => {
    const mappa = proportion('mappa-effective');
    expect(mappa).toMatchObject({ negative: 2, positive: 5, base: 7, hidden: 53, smallBase: true });
    expect(proportion('mappa-effective', negative).sentence).toBe(
      'In over a quarter of cases (29%, 2 of 7 cases; a small base) MAPPA procedures were not used effectively.',
    );
    expect(proportion('victim-safety')).toMatchObject({ positive: 36, percentRounded: 60 });
  });

  it('line 417: restorative justice might have been attempted in 19 cases, and was in only four', () => {
    expect(proportion('rj-possible').options.find((o) => o.value === 'yes')?.count).toBe(19);
    expect(proportion('rj-attempted')).toMatchObject({ positive: 4, base: 19, hidden: 41 });
  });

  it('line 443: the YOT’s contribution to multi-agency meetings effective in only 18', () => {
    expect(proportion('meetings-contribution').positive).toBe(18);
  });

  it('line 119: in 55% of cases YOTs worked actively with parents/carers to maintain contact', () => {
    expect(proportion('family-links')).toMatchObject({ positive: 33, percentRounded: 55 });
  });
});

describe('working together (§4)', () => {
  it('line 521: joint working with social care in only one-quarter; with mental health in just under a half; no joint planning', () => {
    expect(proportion('joint-csc', positive).quantifier).toBe('a quarter');
    expect(proportion('joint-mh')).toMatchObject({ positive: 29, percentRounded: 48 });
    expect(check('with mental health services in just under a half (48%, 29 of 60)')).toEqual([]);
    expect(proportion('joint-plan').positive).toBe(0);
  });

  it('line 550: joint planning for transition insufficient in nearly three-quarters; line 560: no IRO challenge', () => {
    expect(proportion('transition-planning').sentence).toBe(
      "In nearly three-quarters of cases (73%, 44 of 60) joint planning and work with children's social care services for transition were insufficient.",
    );
    expect(proportion('iro-challenge').positive).toBe(0);
  });
});

describe('figures the report gives only in words (the framework author’s counts)', () => {
  it('line 64: many had their first court disposal in care; line 127: a significant number went missing; line 119: many still in touch with family', () => {
    expect(proportion('first-disposal-in-care').options.find((o) => o.value === 'yes')?.count).toBe(
      35,
    );
    expect(proportion('went-missing').negative).toBe(20);
    expect(proportion('parent-carer-involved').options.find((o) => o.value === 'yes')?.count).toBe(
      42,
    );
  });

  it('lines 379, 384: very few assessments or plans took account of being looked after', () => {
    expect(proportion('impact-lac-assessed').positive).toBe(4);
    expect(proportion('plan-lac-impact').positive).toBe(5);
    expect(check('Very few supervision plans (8%, 5 of 60) even alluded to this')).toEqual([]);
  });

  it('line 266: very rarely accompanied to court by someone who knew them; line 512: no check on specialist units; line 538: release planned late', () => {
    expect(proportion('court-accompanied')).toMatchObject({
      positive: 3,
      base: 33,
      notApplicable: 27,
    });
    expect(proportion('specialist-unit-checked')).toMatchObject({ positive: 0, base: 3 });
    expect(proportion('release-planning')).toMatchObject({ positive: 2, negative: 2, base: 4 });
  });
});

describe('where the report contradicts itself', () => {
  it('lines 236 and 282 say "over one-third" were placed more than 100 miles away; line 113 says 24% (SPEC §5)', () => {
    expect(above('distance-miles', 100).percentRounded).toBe(24);
    const issues = check(
      // The report's sentence, with the figure of line 113 beside it.
      'Over one-third were placed more than 100 miles from home (24%, 14 of 59).',
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ kind: 'words-contradict-figure' });
    expect(issues[0]?.message).toContain('"Over one-third" means more than 33.3%');
    // What the words should be:
    expect(words(14, 59)).toBe('nearly a quarter');
  });

  it('line 197 says "over two-thirds" were boys aged 15 to 17, but only 40 of the 60 were 15 to 17 at all (line 219)', () => {
    const byGender = computeFindings(framework, findingsCasesOf(cases), { breakdownBy: 'gender' });
    const boys = byGender.breakdown?.groups.find((g) => g.key === 'male');
    const age = boys?.profile.find((f) => f.itemId === 'age') as NumberFinding;
    const at = (n: number) => age.thresholds.find((t) => t.above === n)!.count;
    const boysFifteenToSeventeen = at(14) - at(17);
    expect(boysFifteenToSeventeen).toBeLessThanOrEqual(40);
    // Even if all 40 were boys, 40 of 60 is two-thirds exactly, never over.
    for (const n of [boysFifteenToSeventeen, 40]) {
      const issues = check(
        `Over two-thirds were boys aged between 15 and 17 (${percentHalfUp(n, 60)}%, ${n} of 60).`,
      );
      expect(issues.map((i) => i.kind)).toEqual(['words-contradict-figure']);
    }
  });

  it('line 302 gives 46% for YOT and education not working together: no count of 60 makes 46%, so one case was N/A (27 of 59)', () => {
    expect(proportion('joint-education')).toMatchObject({
      negative: 27,
      base: 59,
      notApplicable: 1,
    });
    expect(Math.round((27 / 59) * 100)).toBe(46);
    expect(check('46% (27 of 60)')).toHaveLength(1);
    expect(check('46% (28 of 60)')).toHaveLength(1);
    expect(check('46% (27 of 59)')).toEqual([]);
  });

  it('line 521 then says joint working with education was effective in "just under a half": 32 of 59 is 54%', () => {
    expect(proportion('joint-education').positive).toBe(32);
    expect(check('with education in just under a half (54%, 32 of 59)')).toHaveLength(1);
  });
});
