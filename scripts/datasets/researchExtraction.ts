/**
 * A synthetic research extraction shaped like seed 002's (YJB 2010): the convicted sample's case
 * files coded on the built-in framework yjb-case-file-2010, 4,723 cases by default across its 14
 * areas. Seeded and deterministic: the same options give the same records, byte for byte. The
 * tests, the bench and `npm run dataset` all make it here.
 *
 * - Areas: each area's cases are in proportion to Table 2.3's cases collected (largest
 *   remainder), and exactly Table 2.3's share of them has Children's Services contact not
 *   recorded (mostly "not known", one in five left blank); at 7,232 cases the areas are Table
 *   2.3 row for row.
 * - Strata: "Court appearance" and "Pre-court outcome" (the two ways into the report's sample),
 *   by the case's disposal. The report draws no strata: these are invented.
 * - Answers: drawn with the shares chapter 4 quotes (seed002Shape.ts), contact more likely after
 *   heavier disposals as the report found, and high Asset scores more common in the contact
 *   group; blanks where the report's bases show them (age, previous convictions).
 * - Team: five invented research assistants, each coding whole areas. Every case is complete.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type {
  Answer,
  AnswerValue,
  CaseWithAnswers,
  Framework,
  Inspection,
  TeamMember,
} from '../../src/core';
import { seededCaseIds } from '../../src/core';
import {
  AGE_BANDS,
  ANY_CONTACT_BY_DISPOSAL,
  ASSET_HIGH,
  ASSET_NOT_KNOWN,
  ASSET_TYPE,
  CASE_STAGES,
  CONTACT_LIFT,
  CONTACT_TYPE_NOT_KNOWN,
  CONTACT_TYPES,
  CONVICTION_BANDS,
  CURRENT_IN_CONTACT_GROUP,
  DISPOSAL,
  ETHNICITY,
  GENDER,
  OFFENCE_BANDS,
  OFFENCE_TYPES,
  type Shares,
  TABLE_2_3,
} from './seed002Shape';

export const RESEARCH_EXTRACTION_CASES = 4723;
export const RESEARCH_EXTRACTION_STRATA = [
  { id: 'court', name: 'Court appearance' },
  { id: 'pre-court', name: 'Pre-court outcome' },
] as const;
const TEAM: readonly TeamMember[] = [
  { id: 'ra-1', name: 'R. Ahmed', role: 'lead' },
  { id: 'ra-2', name: 'J. Byrne', role: 'inspector' },
  { id: 'ra-3', name: 'K. Osei', role: 'inspector' },
  { id: 'ra-4', name: 'M. Price', role: 'inspector' },
  { id: 'ra-5', name: 'T. Walsh', role: 'inspector' },
];
const DEVICE = 'generated-data';

export type ResearchExtractionOptions = {
  /** Default 4,723, the report's usable cases. */
  readonly cases?: number;
  /** Default 2010. */
  readonly seed?: number;
  /** Default "yjb-2010-extract". */
  readonly inspectionId?: string;
  /** When the records are made (ISO 8601). Default 2010-03-31T12:00:00.000Z. */
  readonly now?: string;
};

export type ResearchExtraction = {
  readonly framework: Framework;
  readonly inspection: Inspection;
  readonly cases: readonly CaseWithAnswers[];
};

/** Cases per area: `n` shared in proportion to Table 2.3's collected cases, largest remainder first. */
export function casesPerArea(n: number): number[] {
  const total = TABLE_2_3.reduce((sum, a) => sum + a.total, 0);
  const exact = TABLE_2_3.map((a) => (n * a.total) / total);
  const counts = exact.map(Math.floor);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  let left = n - counts.reduce((s, c) => s + c, 0);
  for (const { i } of order) {
    if (left-- <= 0) break;
    counts[i]! += 1;
  }
  return counts;
}

/** Cases of an area of `size` whose contact is not recorded: Table 2.3's share, rounded half up. */
export function notRecordedIn(area: number, size: number): number {
  const row = TABLE_2_3[area]!;
  return Math.floor((size * row.notRecorded) / row.total + 0.5);
}

type Random = () => number;

function pick(random: Random, shares: Shares): string {
  const total = shares.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, weight] of shares) {
    r -= weight;
    if (r < 0) return value;
  }
  return shares[shares.length - 1]![0];
}

function between(random: Random, [low, high]: readonly [number, number]): number {
  return low + Math.floor(random() * (high - low + 1));
}

function band(
  random: Random,
  bands: readonly (readonly [readonly [number, number] | null, number])[],
): number | null {
  const chosen =
    bands[
      Number(
        pick(
          random,
          bands.map(([, w], i) => [String(i), w] as const),
        ),
      )
    ]!;
  return chosen[0] === null ? null : between(random, chosen[0]);
}

/** Which `k` of `n` positions: a partial shuffle, so exactly `k` are chosen. */
function choose(random: Random, n: number, k: number): Set<number> {
  const positions = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [positions[i], positions[j]] = [positions[j]!, positions[i]!];
  }
  return new Set(positions.slice(0, k));
}

function isoDay(start: string, days: number): string {
  const date = new Date(`${start}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A 0–4 score with the chance `high` of 3 or 4 (4 a third as often as 3; 0–2 evenly). */
function score(random: Random, high: number): string {
  const r = random();
  if (r < high) return r < high / 4 ? '4' : '3';
  return String(Math.floor(random() * 3));
}

/** One case's answers: profile, then the convicted sample's variables (Asset, Table 2.2). */
function caseValues(random: Random, contactRecorded: 'yes' | 'not-known' | 'blank') {
  const values: Record<string, AnswerValue> = { sample: 'convicted' };
  const age = band(random, AGE_BANDS);
  if (age !== null) values.age = age;
  values.gender = pick(random, GENDER);
  values.ethnicity = pick(random, ETHNICITY);
  values['case-stage'] = CASE_STAGES[Math.floor(random() * CASE_STAGES.length)]!;
  values['asset-type'] = pick(random, ASSET_TYPE);
  const appeared = Math.floor(random() * 395);
  values['court-appearance-date'] = isoDay('2008-10-01', appeared);
  values['assessment-date'] = isoDay(
    '2008-10-01',
    Math.max(0, appeared - Math.floor(random() * 30)),
  );
  const offences = band(
    random,
    OFFENCE_BANDS.map(([range, w]) => [range, w] as const),
  )!;
  values['number-of-offences'] = offences;
  const first = Math.max(10, (age ?? 16) - Math.floor(random() * 5));
  if (random() < 0.8) values['age-first-offence'] = first;
  values['offence-types'] = OFFENCE_TYPES[Math.floor(random() * OFFENCE_TYPES.length)]!;
  const convictions = band(random, CONVICTION_BANDS);
  if (convictions !== null) {
    values['number-of-convictions'] = convictions;
    if (convictions > 0)
      values['custodial-sentences'] = random() < 0.8 ? 0 : between(random, [1, 3]);
  }
  const disposal = pick(random, DISPOSAL);
  values.disposal = disposal;
  if (offences > 1) {
    const tiers = ['pre-court', 'first-tier', 'community', 'custodial'];
    values['previous-disposals'] = tiers.filter((_, i) => i === 0 || random() < 0.45 - i * 0.1);
  }
  let contact = false;
  if (contactRecorded === 'yes') {
    contact = random() < ANY_CONTACT_BY_DISPOSAL[disposal]!;
    values['any-cs-contact'] = contact ? '1' : '0';
    values['current-cs-contact'] = contact && random() < CURRENT_IN_CONTACT_GROUP ? '1' : '0';
    if (contact) {
      for (const [id, { share, current }] of Object.entries(CONTACT_TYPES)) {
        const r = random();
        values[id] =
          r < CONTACT_TYPE_NOT_KNOWN
            ? 'not_known'
            : random() >= share
              ? 'never'
              : random() < current
                ? 'current'
                : 'previous';
      }
    }
  } else if (contactRecorded === 'not-known') values['any-cs-contact'] = 'not_known';
  for (const [id, high] of Object.entries(ASSET_HIGH)) {
    if (random() < ASSET_NOT_KNOWN) values[id] = 'not_known';
    else values[id] = score(random, contact ? Math.min(1, high * CONTACT_LIFT) : high);
  }
  return values;
}

/** The synthetic extraction: an inspection on `framework` (yjb-case-file-2010) and its cases. */
export function researchExtraction(
  framework: Framework,
  options: ResearchExtractionOptions = {},
): ResearchExtraction {
  const n = options.cases ?? RESEARCH_EXTRACTION_CASES;
  const inspectionId = options.inspectionId ?? 'yjb-2010-extract';
  const now = options.now ?? '2010-03-31T12:00:00.000Z';
  const rng = xoroshiro128plus(options.seed ?? 2010);
  const random: Random = () => uniformFloat64(rng);
  const areas = framework.areas ?? [];
  if (areas.length !== TABLE_2_3.length) {
    throw new Error(`expected the 14 areas of yjb-case-file-2010, found ${areas.length}`);
  }
  const inspection: Inspection = {
    id: inspectionId,
    title: `YJB 2010 case-file extraction (synthetic, ${n.toLocaleString('en-GB')} cases)`,
    kind: 'thematic',
    framework: { id: framework.id, version: framework.version },
    organisations: [...framework.publishers],
    areas: areas.map((a) => ({ id: a.id, name: a.name })),
    strata: RESEARCH_EXTRACTION_STRATA.map((s) => ({ ...s })),
    team: [...TEAM],
    fieldwork: { start: '2009-11-01', end: '2010-02-26' },
    sampling: null,
    ratingOverrides: [],
    example: true,
    createdAt: now,
    updatedAt: now,
  };
  const cases: CaseWithAnswers[] = [];
  // Ids shaped like random ones, never made from the reference (core/inspection/caseIds.ts).
  const newCaseId = seededCaseIds(inspectionId);
  casesPerArea(n).forEach((size, a) => {
    const area = areas[a]!;
    const inspectorId = TEAM[a % TEAM.length]!.id;
    const missing = choose(random, size, notRecordedIn(a, size));
    for (let k = 0; k < size; k++) {
      const recorded = !missing.has(k) ? 'yes' : random() < 0.8 ? 'not-known' : 'blank';
      const values = caseValues(random, recorded);
      const answers: Record<string, Answer> = {};
      for (const [itemId, value] of Object.entries(values)) {
        answers[itemId] = { value, note: '', rev: 1, at: now, by: inspectorId, device: DEVICE };
      }
      const ref = `YJB-${String(a + 1).padStart(2, '0')}-${String(k + 1).padStart(4, '0')}`;
      cases.push({
        id: newCaseId(),
        inspectionId,
        ref,
        areaId: area.id,
        stratumId: values.disposal === 'pre-court' ? 'pre-court' : 'court',
        inspectorId,
        status: 'complete',
        role: 'sample',
        createdAt: now,
        updatedAt: now,
        answers,
      });
    }
  });
  return { framework, inspection, cases };
}
