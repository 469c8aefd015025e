/**
 * Over 400 lines: it is data, the seed's answers question by question, kept as one table.
 *
 * The answers of the 60 cases of seed 000 (the 2012 thematic inspection of looked after children
 * placed away from home), item by item, on the built-in framework hmip-lac-placed-away-2012.
 * Counts are the report's where it gives them and the framework author's choice where it gives
 * only a percentage or a word ("Suggested answers" in the figures table); `source` names the
 * report's line. Shares of a question with a `showWhen` rule add up to the cases it is asked of
 * (MAPPA effectiveness: 7 cases), so the smaller bases come out as the report states them.
 *
 * Rules are applied in this order, so a rule may prefer cases by answers given above it.
 *
 * Over 400 lines: it is one table of data, a rule per item of the framework in the order they
 * are applied; splitting it would separate rules that depend on the ones above them.
 */
import type { AllocationRule, CaseFacts, Driver, Share } from './allocationRule';

const YES = 'yes';
const NO = 'no';
const NA = 'na';
const NOT_KNOWN = 'not_known';

function share(
  value: string | number,
  count: number,
  more: Pick<Share, 'by' | 'prefer'> = {},
): Share {
  return { value, count, ...more };
}

/** A judgement shared out by the quality of the work: good work gets "yes" first. */
function judged(item: string, source: string, yes: number, no: number, ...before: Share[]) {
  return {
    item,
    source,
    by: 'practice' as Driver,
    shares: [...before, share(YES, yes), share(NO, no)],
  };
}

/** An outcome for the child shared out by difficulty: the most troubled first get `first`. */
function outcome(item: string, source: string, first: Share, second: Share): AllocationRule {
  return { item, source, by: 'difficulty', shares: [first, second] };
}

const is =
  (item: string, ...values: (string | number)[]) =>
  (facts: CaseFacts) => {
    const value = facts.value(item);
    return value !== undefined && value !== null && values.includes(value as string | number);
  };
const atLeast = (item: string, min: number) => (facts: CaseFacts) => {
  const value = facts.value(item);
  return typeof value === 'number' && value >= min;
};
const not = (test: (facts: CaseFacts) => boolean) => (facts: CaseFacts) => !test(facts);
const chance = { by: 'chance' as Driver };

/** Distances from home in miles: 59 recorded (one blank), 37 over 50 and 14 over 100. */
const DISTANCES: readonly number[] = [
  // over 100 miles: 14
  262, 214, 186, 163, 151, 142, 133, 126, 121, 117, 112, 108, 105, 102,
  // 51 to 100 miles: 23
  98, 95, 93, 90, 88, 85, 82, 80, 78, 75, 73, 70, 68, 66, 64, 62, 60, 58, 57, 56, 54, 53, 52,
  // 50 miles or less: 22
  50, 49, 48, 47, 46, 45, 44, 42, 41, 40, 38, 36, 35, 32, 30, 28, 25, 22, 18, 15, 12, 8,
];

export const SEED_000_ALLOCATION: readonly AllocationRule[] = [
  // Case profile ------------------------------------------------------------------------------
  {
    item: 'age',
    source: 'line 219: aged 11 to 18, 67% aged 15 to 17; line 311: half aged 16 or over',
    by: 'chance',
    shares: [
      share(11, 2),
      share(12, 3),
      share(13, 5),
      share(14, 8),
      share(15, 12),
      share(16, 14),
      share(17, 14),
      share(18, 2),
    ],
  },
  {
    item: 'gender',
    source: 'line 218: mainly boys (42 out of 60)',
    by: 'chance',
    shares: [share('male', 42), share('female', 18)],
  },
  {
    item: 'ethnicity',
    source: 'line 222: white British 78%, black or black British 8%',
    by: 'chance',
    shares: [
      share('white-british', 47),
      share('black', 5),
      share('mixed', 4),
      share('asian', 2),
      share('white-other', 1),
      share('other', 1),
    ],
  },
  {
    item: 'legal-status',
    source: 'line 221: full or interim care order 43%, voluntary care 57%',
    by: 'chance',
    shares: [share('full-care-order', 20), share('interim-care-order', 6), share('voluntary', 34)],
  },
  {
    item: 'order-type',
    source: 'line 411: referral orders 30% of the cases; line 538: leaving custody',
    by: 'difficulty',
    shares: [
      share('dto-licence', 3, { prefer: atLeast('age', 14) }),
      share('s91-licence', 1, { prefer: atLeast('age', 15) }),
      share('yro-iss', 6),
      share('yro', 24),
      share('bail-remand', 2, chance),
      share('other', 3, chance),
      share('reparation-order', 3),
      share('referral-order', 18),
    ],
  },
  {
    item: 'placement-type',
    source: 'lines 198, 220: all except one in private children’s homes or living independently',
    by: 'chance',
    shares: [
      share('independent', 7, { prefer: atLeast('age', 16) }),
      share('family', 1),
      share('private-childrens-home', 52),
    ],
  },
  {
    item: 'specialist-unit',
    source: 'line 512: a small number in specialist units',
    by: 'difficulty',
    shares: [share(YES, 3), share(NO, 57)],
  },
  {
    item: 'moves-during-supervision',
    source: 'line 113: four-fifths moved during supervision, one-quarter more than three times',
    by: 'difficulty',
    shares: [
      share(9, 1),
      share(7, 2),
      share(6, 3),
      share(5, 4),
      share(4, 5),
      share(3, 8),
      share(2, 11),
      share(1, 14),
      share(0, 12),
    ],
  },
  {
    item: 'placements-out-of-area',
    source: 'line 113: nearly one-third more than three placements away, 18% more than five',
    by: 'difficulty',
    shares: [
      share(20, 1),
      share(14, 1),
      share(11, 1),
      share(9, 2),
      share(8, 2),
      share(7, 2),
      share(6, 2),
      share(5, 4),
      share(4, 4),
      share(3, 11),
      share(2, 14),
      share(1, 16),
    ],
  },
  {
    item: 'distance-miles',
    source: 'lines 113, 282: 63% more than 50 miles, 24% more than 100 (one distance not recorded)',
    by: 'chance',
    shares: DISTANCES.map((miles) => share(miles, 1)),
    blank: 1,
  },
  {
    item: 'parent-carer-involved',
    source: 'line 119: a significant number still in contact with their families',
    by: 'chance',
    shares: [share(YES, 42), share(NO, 16), share(NOT_KNOWN, 2)],
  },
  {
    item: 'first-disposal-in-care',
    source: 'line 64: many received their first court disposal whilst in care',
    by: 'difficulty',
    shares: [share(NOT_KNOWN, 3, chance), share(YES, 35), share(NO, 22)],
  },

  // Outcomes: before the rest, which prefer cases by them --------------------------------------
  outcome(
    'offended-in-care',
    'lines 223, 234, 257: 31 offended within the care environment',
    share(YES, 31),
    share(NO, 29),
  ),
  outcome(
    'reoffended',
    'lines 234, 258: reoffending during YOT supervision in 27 cases',
    share(YES, 27),
    share(NO, 33),
  ),
  outcome(
    'harmed-residents',
    'line 259: ten had harmed other residents',
    share(YES, 10, { prefer: is('offended-in-care', YES) }),
    share(NO, 50),
  ),
  outcome(
    'complied',
    'line 260: in 34 cases the child had not complied with the sentence',
    share(NO, 34),
    share(YES, 26),
  ),
  outcome(
    'progress',
    'line 261: sufficient progress had not been made in 14 cases',
    share(NO, 14),
    share(YES, 46),
  ),
  outcome(
    'safeguarded',
    'line 278: in two-thirds of the cases not effectively safeguarded',
    share(NO, 40),
    share(YES, 20),
  ),
  outcome(
    'victim-of-crime',
    'lines 223, 280: 11 had been victims themselves (one-fifth)',
    share(YES, 11),
    share(NO, 49),
  ),
  outcome(
    'went-missing',
    'line 127: a significant number had gone missing',
    share(YES, 20),
    share(NO, 40),
  ),
  outcome(
    'emh-factor',
    'line 380: only eight cases where emotional and mental health was not a factor',
    share(YES, 52),
    share(NO, 8),
  ),
  judged(
    'emh-needs-met',
    'line 281: less than half had their emotional or mental health needs met (24 of 52)',
    24,
    28,
  ),
  outcome(
    'education-affected',
    'line 301: nearly half had their education negatively affected',
    share(YES, 28),
    share(NO, 32),
  ),
  {
    item: 'education-curriculum',
    source: 'line 302: none was following A-levels',
    by: 'difficulty',
    shares: [
      share('no-provision', 4),
      share('activity-based', 30),
      share('below-gcse', 15),
      share('work-training', 6, { prefer: atLeast('age', 16) }),
      share('gcse', 5),
      share('a-level', 0),
    ],
  },
  judged('long-term-plan', 'lines 311, 536: we saw no long-term plans', 0, 60),
  judged(
    'independence-support',
    'line 311: preparation for independence inadequate in most cases (of the 30 aged 16 or over)',
    6,
    24,
  ),

  // Transfer between home and host YOTs ---------------------------------------------------------
  judged(
    'pre-placement-contact',
    'line 372: contact before placement not sufficient in more than half',
    28,
    32,
  ),
  judged(
    'host-aware-before-move',
    'line 372: nearly one-third, host YOT not aware until after the move',
    41,
    19,
  ),
  judged('alloc-prompt', 'line 359: 38% of cases not allocated promptly', 37, 23),
  {
    item: 'alloc-delay-home-info',
    source: 'line 359: in a third of those, lack of information from the home YOT',
    by: 'chance',
    shares: [share(YES, 8), share(NO, 15)],
  },
  {
    item: 'info-transfer',
    source: 'framework author’s choice: the home YOT’s information often late or incomplete',
    by: 'practice',
    shares: [share(YES, 35, { prefer: not(is('alloc-delay-home-info', YES)) }), share(NO, 25)],
  },
  judged('moves-notified', 'line 545: YOTs frequently not told of placement moves', 23, 25),

  // Assessment ----------------------------------------------------------------------------------
  judged('placement-reason-clear', 'framework author’s choice', 40, 20),
  judged('impact-lac-assessed', 'lines 379, 557: very few contained an in-depth analysis', 4, 56),
  judged('emh-assessed', 'line 380: not sufficiently well assessed in nearly two-thirds', 22, 38),
  judged('diversity-identified', 'line 382: not identified in over half', 28, 32),
  judged('child-engaged-assessment', 'framework author’s choice', 36, 24),
  judged(
    'parents-engaged-assessment',
    'line 381: nearly two-thirds of parents/carers still involved not engaged (27 of 42)',
    15,
    27,
  ),

  // Planning ------------------------------------------------------------------------------------
  judged('care-plan-on-file', 'line 384: over one-quarter, the care plan not on file', 44, 16),
  judged(
    'plan-engagement',
    'line 381: half of supervision plans without active engagement',
    30,
    30,
  ),
  judged('plan-lac-impact', 'line 384: very few supervision plans alluded to this', 5, 55),
  judged(
    'plan-settling-in',
    'line 384: none took account of the settling-in period',
    0,
    48,
    share(NA, 12, { by: 'chance', prefer: is('moves-during-supervision', 0) }),
  ),

  // Interventions -------------------------------------------------------------------------------
  judged('host-visits', 'line 389: purposeful visits in 83% of cases', 50, 10),
  judged('host-motivation', 'line 390: host YOTs good at motivating and supporting', 50, 10),
  judged('roh-interventions', 'line 390: interventions in nearly 80% of cases', 47, 13),
  judged(
    'roh-interventions-quality',
    'line 390: over 90% of those of good quality (43 of 47)',
    43,
    4,
  ),
  judged('safeguarding-work', 'line 390: work to safeguard in the vast majority', 54, 6),
  judged('interventions-diversity', 'line 390: interventions took account of diversity', 45, 15),
  judged(
    'enforcement-sensitive',
    'framework author’s choice: not applicable where the child complied',
    20,
    8,
    share(NA, 32, { by: 'chance', prefer: is('complied', YES) }),
  ),
  judged('home-visits', 'line 391: in half the home YOT made no purposeful visits', 30, 30),
  judged('family-links', 'line 119: in 55% the YOTs worked actively with parents/carers', 33, 27),
  judged(
    'home-parents-work',
    'line 391: work with parents/carers sufficient in less than half (20 of 42)',
    20,
    22,
  ),
  judged('joint-work', 'line 391: joint work of home and host YOTs sufficient in 47%', 28, 32),

  // Reviewing -----------------------------------------------------------------------------------
  judged('review-intervals', 'line 392: reviewed at appropriate intervals in the main', 45, 15),
  judged('review-assessment-quality', 'line 392: over one-third of insufficient quality', 38, 22),
  judged('review-plan-quality', 'line 392: over one-third of insufficient quality', 38, 22),
  judged('review-vulnerability', 'line 392: a similar proportion insufficient', 38, 22),
  judged('review-roh', 'line 392: a similar proportion insufficient', 38, 22),
  judged('roh-changes-anticipated', 'line 393: anticipated in about half', 30, 30),
  judged('roh-action', 'line 393: appropriate action in the same amount', 30, 30),
  {
    item: 'mappa-subject',
    source: 'line 393: the seven cases involving MAPPA',
    by: 'difficulty',
    shares: [
      share(YES, 7, {
        prefer: (facts) =>
          is('harmed-residents', YES)(facts) ||
          is('order-type', 'dto-licence', 's91-licence')(facts),
      }),
      share(NO, 53),
    ],
  },
  judged('mappa-effective', 'line 393: procedures not used effectively in two (of 7)', 5, 2),
  judged('victim-safety', 'line 393: attention to the safety of victims in only 60%', 36, 24),

  // Criminalisation -----------------------------------------------------------------------------
  {
    item: 'rj-possible',
    source: 'line 417: 19 cases where restorative justice might have been attempted',
    by: 'chance',
    shares: [share(YES, 19, { prefer: is('offended-in-care', YES) }), share(NO, 41)],
  },
  judged('rj-attempted', 'line 417: carried out in only four (of 19)', 4, 15),

  // The YOT's role with other agencies ----------------------------------------------------------
  judged(
    'yot-invited-reviews',
    'framework author’s choice',
    30,
    22,
    share(NOT_KNOWN, 8, { by: 'chance' }),
  ),
  judged('meetings-contribution', 'line 443: contribution effective in only 18', 18, 42),

  // Joint working -------------------------------------------------------------------------------
  judged('joint-csc', 'line 521: joint working with social care in only one-quarter', 15, 45),
  judged(
    'joint-education',
    'line 302: in 46% YOT and education workers not working effectively together (27 of 59)',
    32,
    27,
    share(NA, 1, { by: 'chance', prefer: atLeast('age', 18) }),
  ),
  judged('joint-mh', 'line 521: with mental health services in just under a half', 29, 31),
  judged('joint-assessment', 'line 521: little joint assessment', 6, 54),
  judged('joint-plan', 'line 521: no joint planning', 0, 60),
  judged(
    'placement-yot-advice',
    'line 544: placements rarely took account of YOT assessments',
    8,
    46,
    share(NOT_KNOWN, 6, { by: 'chance' }),
  ),
  judged(
    'court-accompanied',
    'line 266: very rarely accompanied to court by their social worker',
    3,
    30,
    share(NA, 27, { by: 'chance' }),
  ),
  judged('specialist-unit-checked', 'line 512: no evidence the content was checked', 0, 3),
  judged('iro-challenge', 'line 560: no instances where IROs held agencies to account', 0, 60),

  // Transition ----------------------------------------------------------------------------------
  judged(
    'transition-planning',
    'line 550: joint planning insufficient in nearly three-quarters',
    16,
    44,
  ),
  judged('release-planning', 'line 538: decisions not made until the last minute', 2, 2),
];
