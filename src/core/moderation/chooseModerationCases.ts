/**
 * Choosing cases for a second reading, reproducibly (the same candidates, size and seed always
 * give the same cases), with the project's seeded generator (src/core/sampling/seededRandom.ts).
 *
 * The procedure (also stated in words in each draw's `description`):
 * 1. The candidates (complete cases not yet chosen) are put in order of case reference (by
 *    UTF-16 code units, as the sample draw does), so the order they arrive in never matters.
 * 2. A xoroshiro128+ generator is seeded from the seed + U+001F + "moderation" (so a second-
 *    reading draw with the sample's seed does not repeat the sample's order).
 * 3. A Fisher–Yates shuffle puts every candidate in a random order: for i = 0, 1, …, swap
 *    position i with position i + randomBelow(n − i).
 * 4. With "at least one per inspector": for each inspector (in order of id) the first of their
 *    cases in that random order is taken.
 * 5. Then cases are taken in the random order until the number asked for is reached.
 *
 * A percentage asks for ⌈percentage × candidates ÷ 100⌉ cases (at least one): 20% of 58 is 12.
 */
import { ENGLISH, type Translator } from '../i18n/translator';
import { byRef, compareCodeUnits } from '../inspection/caseOrder';
import type { Case, TeamMember } from '../inspection/inspectionSchema';
import { randomBelow, seededGenerator } from '../sampling/seededRandom';
import {
  invalid,
  type ValidationError,
  type ValidationResult,
  valid,
} from '../validation/validationResult';

export const MODERATION_DRAW_ALGORITHM = 'case-audit-moderation-draw-1';

export type ModerationCandidate = {
  readonly caseId: string;
  readonly ref: string;
  /** The first reader: the case's inspector. */
  readonly inspectorId: string | null;
};

export type ModerationSize =
  | { readonly kind: 'count'; readonly count: number }
  | { readonly kind: 'percent'; readonly percent: number };

export type ModerationDrawRequest<T extends ModerationCandidate> = {
  readonly candidates: readonly T[];
  readonly size: ModerationSize;
  readonly atLeastOnePerInspector: boolean;
  /** Any text, 1–100 characters. */
  readonly seed: string;
};

export type ModerationDraw<T> = {
  readonly seed: string;
  readonly algorithm: typeof MODERATION_DRAW_ALGORITHM;
  /** Cases the size asked for. */
  readonly asked: number;
  /** Chosen cases, in order of reference. More than `asked` when one per inspector needs it. */
  readonly chosen: readonly T[];
  /** Inspectors who have candidates, each with at least one chosen case when asked for. */
  readonly inspectors: number;
  /** Plain words for the methodology. */
  readonly description: string;
};

/** How many cases a size asks for out of `available` (before "one per inspector"). */
export function casesAskedFor(size: ModerationSize, available: number): number {
  if (size.kind === 'count') return size.count;
  // Integer arithmetic where the percentage is whole; a tiny allowance for decimal percentages.
  const exact = (size.percent * available) / 100;
  return Math.max(1, Math.ceil(exact - 1e-9));
}

function checkRequest<T extends ModerationCandidate>(
  request: ModerationDrawRequest<T>,
  tr: Translator,
): ValidationError[] {
  const errors: ValidationError[] = [];
  const n = request.candidates.length;
  const { size } = request;
  if (n === 0) {
    errors.push({
      path: 'candidates',
      message: tr.t('moderation.choose', 'There are no complete cases to choose from'),
    });
  }
  if (size.kind === 'count') {
    if (!Number.isInteger(size.count) || size.count < 1) {
      errors.push({
        path: 'count',
        message: tr.t('moderation.choose', 'Enter a whole number of cases, 1 or more'),
      });
    } else if (n > 0 && size.count > n) {
      errors.push({
        path: 'count',
        message: tr.t(
          'moderation.choose',
          'Enter {max} or fewer: there {count, plural, one {is # complete case} other {are # complete cases}} to choose from',
          { max: String(n), count: n },
        ),
      });
    }
  } else if (!Number.isFinite(size.percent) || size.percent <= 0 || size.percent > 100) {
    errors.push({
      path: 'percent',
      message: tr.t('moderation.choose', 'Enter a percentage above 0 and up to 100'),
    });
  }
  const seed = request.seed;
  if (seed.trim() === '' || seed.length > 100) {
    errors.push({
      path: 'seed',
      message: tr.t('moderation.choose', 'Enter a seed of 1 to 100 characters'),
    });
  }
  return errors;
}

/**
 * Draws the cases for a second reading (see the procedure above); `tr` says the problems and the
 * description in the language chosen.
 */
export function drawModerationCases<T extends ModerationCandidate>(
  request: ModerationDrawRequest<T>,
  tr: Translator = ENGLISH,
): ValidationResult<ModerationDraw<T>> {
  const errors = checkRequest(request, tr);
  if (errors.length > 0) return invalid(errors);
  const ordered = [...request.candidates].sort(byRef);
  const generator = seededGenerator(`${request.seed}\u001fmoderation`);
  for (let i = 0; i < ordered.length - 1; i++) {
    const j = i + randomBelow(generator, ordered.length - i);
    const swap = ordered[i]!;
    ordered[i] = ordered[j]!;
    ordered[j] = swap;
  }
  const asked = Math.min(casesAskedFor(request.size, ordered.length), ordered.length);
  const taken = new Set<T>();
  const inspectorIds = [
    ...new Set(ordered.flatMap((c) => (c.inspectorId === null ? [] : [c.inspectorId]))),
  ].sort(compareCodeUnits);
  if (request.atLeastOnePerInspector) {
    for (const inspector of inspectorIds) {
      const first = ordered.find((c) => c.inspectorId === inspector);
      if (first) taken.add(first);
    }
  }
  for (const candidate of ordered) {
    if (taken.size >= asked) break;
    taken.add(candidate);
  }
  const chosen = [...taken].sort(byRef);
  return valid({
    seed: request.seed,
    algorithm: MODERATION_DRAW_ALGORITHM,
    asked,
    chosen,
    inspectors: inspectorIds.length,
    description: describeDraw(
      request,
      { asked, chosen: chosen.length, available: ordered.length },
      tr,
    ),
  });
}

function describeDraw(
  request: ModerationDrawRequest<ModerationCandidate>,
  counts: { readonly asked: number; readonly chosen: number; readonly available: number },
  tr: Translator,
): string {
  const { asked, chosen, available } = counts;
  const what =
    request.size.kind === 'percent'
      ? tr.t(
          'moderation.choose',
          '{percent}% of the {available, plural, one {# complete case} other {# complete cases}} ({asked}, rounded up)',
          { percent: String(request.size.percent), available, asked: String(asked) },
        )
      : tr.t(
          'moderation.choose',
          '{asked} of the {available, plural, one {# complete case} other {# complete cases}}',
          { asked: String(asked), available },
        );
  const values = { what, chosen, seed: request.seed, algorithm: MODERATION_DRAW_ALGORITHM };
  if (!request.atLeastOnePerInspector) {
    return tr.t(
      'moderation.choose',
      "{what} {chosen, plural, one {was} other {were}} drawn at random for a second reading, with the seed “{seed}”: the cases in order of reference were shuffled by a xoroshiro128+ generator seeded from the seed (Case Audit's {algorithm}), and taken in that order.",
      values,
    );
  }
  return chosen > asked
    ? tr.t(
        'moderation.choose',
        "{what} {chosen, plural, one {was} other {were}} drawn at random for a second reading, taking at least one case of each inspector ({chosen, plural, one {# case} other {# cases}} in all), with the seed “{seed}”: the cases in order of reference were shuffled by a xoroshiro128+ generator seeded from the seed (Case Audit's {algorithm}), and taken in that order.",
        values,
      )
    : tr.t(
        'moderation.choose',
        "{what} {chosen, plural, one {was} other {were}} drawn at random for a second reading, taking at least one case of each inspector, with the seed “{seed}”: the cases in order of reference were shuffled by a xoroshiro128+ generator seeded from the seed (Case Audit's {algorithm}), and taken in that order.",
        values,
      );
}

/**
 * A second reader for each case, in turn from `readers` (round-robin), never the case's own
 * inspector: each case gets the next reader in the rotation who is not its first reader. A case
 * gets null when no reader other than its inspector exists.
 */
export function assignSecondReaders<T extends ModerationCandidate>(
  cases: readonly T[],
  readers: readonly string[],
): Map<string, string | null> {
  const assigned = new Map<string, string | null>();
  let next = 0;
  for (const kase of cases) {
    let found: string | null = null;
    for (let step = 0; step < readers.length; step++) {
      const position = (next + step) % readers.length;
      const reader = readers[position]!;
      if (reader !== kase.inspectorId) {
        found = reader;
        next = position + 1;
        break;
      }
    }
    assigned.set(kase.caseId, found);
  }
  return assigned;
}

/** Whether a case can be chosen for a second reading: it is complete and not chosen already. */
function canBeChosen(kase: Pick<Case, 'status'>, chosenAlready: boolean): boolean {
  return kase.status === 'complete' && !chosenAlready;
}

/** The cases that can be chosen for a second reading, in the order given. */
export function moderationCandidates<T extends Pick<Case, 'id' | 'status'>>(
  cases: readonly T[],
  chosen: readonly { readonly caseId: string }[],
): T[] {
  const chosenAlready = new Set(chosen.map((c) => c.caseId));
  return cases.filter((c) => canBeChosen(c, chosenAlready.has(c.id)));
}

/**
 * Why a case cannot go to `secondReaderId` for a second reading, or null when it can: it must
 * be complete and not chosen already, and read by a team member (any name, for an inspection
 * without a team) other than its own inspector.
 */
export function secondReadingProblem(
  kase: Pick<Case, 'ref' | 'status' | 'inspectorId'>,
  chosenAlready: boolean,
  secondReaderId: string,
  team: readonly Pick<TeamMember, 'id'>[],
): string | null {
  if (!canBeChosen(kase, chosenAlready)) {
    return kase.status !== 'complete'
      ? `Case ${kase.ref} is not marked complete`
      : `Case ${kase.ref} already has a second reading`;
  }
  if (secondReaderId === kase.inspectorId) {
    return `Case ${kase.ref} needs a second reader other than its own inspector`;
  }
  if (team.length > 0 && !team.some((m) => m.id === secondReaderId)) {
    return `Choose a second reader for case ${kase.ref}`;
  }
  return null;
}

/**
 * The second reader for a case chosen by hand: of `readers`, the one with the fewest cases
 * chosen so far (`chosen`: case id → reader id) who is not the case's inspector; the first in
 * `readers` order on a tie. '' when no reader other than the inspector exists.
 */
export function nextReader(
  chosen: ReadonlyMap<string, string>,
  readers: readonly string[],
  inspectorId: string | null,
): string {
  const load = new Map(readers.map((r) => [r, 0]));
  for (const r of chosen.values()) {
    const n = load.get(r);
    if (n !== undefined) load.set(r, n + 1);
  }
  return (
    readers.filter((r) => r !== inspectorId).sort((a, b) => load.get(a)! - load.get(b)!)[0] ?? ''
  );
}
