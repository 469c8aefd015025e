/**
 * Draws a stratified random sample of cases from a population, reproducibly.
 *
 * The algorithm (also stated in words in every draw's `method`):
 * 1. The quotas give the cells: each area, or each area × stratum (see sampleCells.ts).
 * 2. Each cell's cases are put in order of case reference (by UTF-16 code units, the order
 *    IndexedDB and `<` use), so the order of rows in the imported file never matters.
 * 3. Each cell has its own xoroshiro128+ generator, seeded from the key seed + U+001F + area id
 *    + U+001F + stratum id (`*` for a whole area; see seededRandom.ts). Changing one cell's
 *    quota therefore never changes what another cell draws.
 * 4. A partial Fisher–Yates shuffle picks quota + reserve cases: for i = 0, 1, …, swap position
 *    i with position i + randomBelow(n − i). The first `quota` picks are the sample, the next
 *    `reserve` picks are the reserves, in the order they should replace sampled cases.
 * 5. A cell with too few cases gives what it has; the shortfall is reported and never made up
 *    from another cell.
 *
 * The same population (in any row order), quotas and seed always give the same sample.
 */
import { byRef } from '../inspection/caseOrder';
import type { Area, Stratum } from '../inspection/inspectionSchema';
import {
  invalid,
  type ValidationError,
  type ValidationResult,
  valid,
} from '../validation/validationResult';
import { describeSample } from './describeSample';
import { elementsAtRanks } from './elementsAtRanks';
import { type CellPlan, planCells, type SampleQuotas } from './sampleCells';
import { randomBelow, seededGenerator } from './seededRandom';

/** What the sampler needs to know about a case; population entries carry more. */
export type SamplingUnit = {
  readonly ref: string;
  readonly areaId: string;
  readonly stratumId: string | null;
};

export type SampleRequest<T extends SamplingUnit> = {
  readonly population: readonly T[];
  /** The inspection's areas and strata, in the order a report lists them. */
  readonly areas: readonly Pick<Area, 'id' | 'name'>[];
  readonly strata: readonly Pick<Stratum, 'id' | 'name'>[];
  readonly quotas: SampleQuotas;
  /** Replacement cases drawn in each cell, beyond its quota. Default 0. */
  readonly reservePerCell?: number;
  /** Any text (1–100 characters); the report prints it so others can redraw the sample. */
  readonly seed: string;
};

export type SampleCell<T> = CellPlan & {
  /** Cases in the population that fall in this cell. */
  readonly available: number;
  /** Drawn cases, in order of reference. */
  readonly sample: readonly T[];
  /** Replacements, in the order to use them. */
  readonly reserves: readonly T[];
  /** quota − sample.length: cases the cell could not supply. */
  readonly shortfall: number;
  /** reserve − reserves.length. */
  readonly reserveShortfall: number;
};

export type SampleDraw<T> = {
  readonly seed: string;
  /** Names the procedure above; a change to it would be a new name. */
  readonly algorithm: typeof SAMPLING_ALGORITHM;
  /** Every entry passed in. */
  readonly populationSize: number;
  /** Entries that fall in some cell (the population the sample is drawn from). */
  readonly eligible: number;
  readonly cells: readonly SampleCell<T>[];
  /** All cells' samples, cell by cell. */
  readonly sample: readonly T[];
  /** All cells' reserves, cell by cell. */
  readonly reserves: readonly T[];
  /** Cells short of their quota or of their reserves. */
  readonly shortfalls: readonly SampleCell<T>[];
  /** Plain English for the report's methodology. */
  readonly method: string;
};

export const SAMPLING_ALGORITHM = 'stratified-fisher-yates-xoroshiro128plus-v1' as const;

const SEED_MAX_LENGTH = 100;
/** Separates the parts of a cell's key; ids never contain it. */
const UNIT_SEPARATOR = '\u001f';

function checkSeed(seed: string, errors: ValidationError[]): void {
  if (seed.length === 0 || seed.length > SEED_MAX_LENGTH) {
    errors.push({ path: 'seed', message: `must be 1 to ${SEED_MAX_LENGTH} characters` });
  } else if (seed.trim() !== seed) {
    errors.push({ path: 'seed', message: 'must not start or end with a space' });
  } else if (/\p{Cc}/u.test(seed)) {
    errors.push({ path: 'seed', message: 'must be printable text (no control characters)' });
  }
}

/** The cell key that seeds a cell's generator (step 3). */
export function cellSeedKey(seed: string, areaId: string, stratumId: string | null): string {
  return [seed, areaId, stratumId ?? '*'].join(UNIT_SEPARATOR);
}

/**
 * Steps 2 and 4 for one cell. The shuffle runs over positions in reference order; only the
 * positions it picks are then looked up (elementsAtRanks), so the cell is never fully sorted.
 */
function drawCell<T extends SamplingUnit>(
  plan: CellPlan,
  members: T[],
  seed: string,
): SampleCell<T> {
  const n = members.length;
  const picks = Math.min(n, plan.quota + plan.reserve);
  const generator = seededGenerator(cellSeedKey(seed, plan.areaId, plan.stratumId));
  // A virtual array 0..n-1 of ranks: only the swapped positions are stored.
  const moved = new Map<number, number>();
  const ranks: number[] = [];
  for (let i = 0; i < picks; i++) {
    const j = i + randomBelow(generator, n - i);
    const atI = moved.get(i) ?? i;
    const atJ = moved.get(j) ?? j;
    moved.set(i, atJ);
    moved.set(j, atI);
    ranks.push(atJ);
  }
  const chosen = elementsAtRanks(members, ranks);
  const sampled = Math.min(plan.quota, n);
  const sample = chosen.slice(0, sampled).sort(byRef);
  const reserves = chosen.slice(sampled);
  return {
    ...plan,
    available: n,
    sample,
    reserves,
    shortfall: plan.quota - sample.length,
    reserveShortfall: plan.reserve - reserves.length,
  };
}

export function drawSample<T extends SamplingUnit>(
  request: SampleRequest<T>,
): ValidationResult<SampleDraw<T>> {
  const errors: ValidationError[] = [];
  checkSeed(request.seed, errors);
  const plans = planCells(
    request.areas,
    request.strata,
    request.quotas,
    request.reservePerCell ?? 0,
    errors,
  );
  if (errors.length === 0 && plans.length === 0) {
    errors.push({ path: 'quotas', message: 'add up to 0 cases: there is nothing to draw' });
  }

  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const entry of request.population) {
    const before = seen.size;
    seen.add(entry.ref);
    if (seen.size === before) repeated.add(entry.ref);
  }
  for (const ref of repeated) {
    errors.push({
      path: 'population',
      message: `has case reference "${ref}" more than once; each case must appear once`,
    });
  }
  if (errors.length > 0) return invalid(errors);

  // A whole-area cell takes every case in its area; otherwise the case's own stratum decides.
  const cellsOfArea = new Map<string, { whole?: T[]; byStratum: Map<string, T[]> }>();
  const membersOf = plans.map((plan) => {
    const members: T[] = [];
    const area = cellsOfArea.get(plan.areaId) ?? { byStratum: new Map<string, T[]>() };
    if (plan.stratumId === null) area.whole = members;
    else area.byStratum.set(plan.stratumId, members);
    cellsOfArea.set(plan.areaId, area);
    return members;
  });
  let eligible = 0;
  for (const entry of request.population) {
    const area = cellsOfArea.get(entry.areaId);
    const members =
      area?.whole ?? (entry.stratumId === null ? undefined : area?.byStratum.get(entry.stratumId));
    if (members) {
      members.push(entry);
      eligible++;
    }
  }

  const cells = plans.map((plan, index) => drawCell(plan, membersOf[index]!, request.seed));
  const draw = {
    seed: request.seed,
    algorithm: SAMPLING_ALGORITHM,
    populationSize: request.population.length,
    eligible,
    cells,
    sample: cells.flatMap((cell) => cell.sample),
    reserves: cells.flatMap((cell) => cell.reserves),
    shortfalls: cells.filter((cell) => cell.shortfall > 0 || cell.reserveShortfall > 0),
  };
  return valid({
    ...draw,
    method: describeSample(draw, request.areas, request.strata),
  });
}
