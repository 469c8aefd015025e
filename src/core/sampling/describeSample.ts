/**
 * The methodology text for a drawn sample: how many cases, from how many, in which cells, with
 * which seed, and every cell that fell short, in plain English for the report; then, as its own
 * final paragraph (after a blank line), a technical note naming the algorithm for anyone who
 * wants to redraw the sample with other software.
 */
import type { Area, Stratum } from '../inspection/inspectionSchema';
import { wasOrWere } from '../phrasing/agreement';
import { listInWords } from '../phrasing/listInWords';
import { plural, pluralForm } from '../phrasing/plural';
import { type CellPlan, stratumWord } from './sampleCells';

type Named = Pick<Area | Stratum, 'id' | 'name'>;

/** What the description reads of a drawn cell (a SampleCell of drawSample.ts). */
type DrawnCell = CellPlan & {
  readonly available: number;
  readonly reserves: readonly unknown[];
  readonly shortfall: number;
  readonly reserveShortfall: number;
};

/** What the description reads of a draw (a SampleDraw of drawSample.ts, before its method). */
type DrawFacts = {
  readonly seed: string;
  readonly algorithm: string;
  readonly populationSize: number;
  readonly eligible: number;
  readonly cells: readonly DrawnCell[];
  readonly sample: readonly unknown[];
  readonly reserves: readonly unknown[];
};

/** 1234 → "1,234": written out so the text is the same in every browser and locale. */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function cases(count: number): string {
  return plural(count, 'case');
}

function cellCount(count: number): string {
  return plural(count, 'cell');
}

/**
 * One area's quotas: "10 cases", "5 host and 5 home cases", or, when one of them is a single
 * case, each with its own noun: "5 host cases and 1 home case" (never "1 home cases").
 */
function areaQuota(areaCells: readonly DrawnCell[], strataById: Map<string, Named>): string {
  const [first] = areaCells;
  if (areaCells.length === 1 && first && first.stratumId === null) return cases(first.quota);
  const word = (cell: DrawnCell) =>
    stratumWord(strataById.get(cell.stratumId ?? '')?.name ?? cell.stratumId ?? '');
  const nouns = areaCells.map((cell) => pluralForm(cell.quota, { one: 'case', other: 'cases' }));
  if (nouns.every((noun) => noun === 'cases')) {
    const parts = areaCells.map((cell) => `${formatCount(cell.quota)} ${word(cell)}`);
    return `${listInWords(parts)} cases`;
  }
  return listInWords(areaCells.map((cell) => plural(cell.quota, `${word(cell)} case`)));
}

function quotaPlan(
  cells: readonly DrawnCell[],
  areas: readonly Named[],
  strata: readonly Named[],
): string {
  const strataById = new Map(strata.map((s) => [s.id, s]));
  const byArea = new Map<string, DrawnCell[]>();
  for (const cell of cells) {
    const list = byArea.get(cell.areaId) ?? [];
    list.push(cell);
    byArea.set(cell.areaId, list);
  }
  const phrases = [...byArea.entries()].map(([areaId, areaCells]) => ({
    area: areas.find((a) => a.id === areaId)?.name ?? areaId,
    quota: areaQuota(areaCells, strataById),
  }));
  const [first] = phrases;
  if (!first) return '';
  if (phrases.length === 1) return `${first.quota} in ${first.area}`;
  if (phrases.every((p) => p.quota === first.quota)) {
    return `${first.quota} in each of ${phrases.length} areas`;
  }
  return listInWords(phrases.map((p) => `${p.quota} in ${p.area}`));
}

function shortfallSentences(draw: DrawFacts): string[] {
  const sentences: string[] = [];
  const short = draw.cells.filter((cell) => cell.shortfall > 0);
  if (short.length > 0) {
    const details = short.map((cell) => {
      const had = cell.available === 0 ? 'no cases' : cases(cell.available);
      const reserves = cell.reserve > 0 ? ', no reserves' : '';
      return `${cell.label} (${had} for a quota of ${formatCount(cell.quota)}, short by ${formatCount(cell.shortfall)}${reserves})`;
    });
    sentences.push(
      `${cellCount(short.length)} had too few cases and ${wasOrWere(short.length)} not made up from ` +
        `other cells: ${details.join('; ')}.`,
    );
  }
  const fewerReserves = draw.cells.filter(
    (cell) => cell.shortfall === 0 && cell.reserveShortfall > 0,
  );
  if (fewerReserves.length > 0) {
    const details = fewerReserves.map(
      (cell) => `${cell.label} (${cell.reserves.length} of ${cell.reserve})`,
    );
    sentences.push(
      `Fewer reserves than planned were left in ${cellCount(fewerReserves.length)}: ${details.join('; ')}.`,
    );
  }
  return sentences;
}

function procedure(draw: DrawFacts): string {
  const stratified = draw.cells.some((cell) => cell.stratumId !== null);
  const within =
    draw.cells.length === 1
      ? 'The cases were'
      : stratified
        ? 'Within each area and stratum the cases were'
        : 'Within each area the cases were';
  return (
    `${within} put in order of case reference and chosen by a seeded random draw that can be ` +
    `repeated: the same case list and seed ('${draw.seed}') always give the same sample.`
  );
}

/**
 * The algorithm by name, kept out of the method's plain words: a reader of the report needs
 * to know the draw can be repeated; someone redrawing it needs the details.
 */
function technicalNote(draw: DrawFacts): string {
  return (
    'Technical note: random numbers from a xoroshiro128+ generator seeded with the seed and ' +
    "each cell's area and stratum (hashed with FNV-1a and fmix32), choosing cases by a " +
    'Fisher–Yates shuffle ' +
    `(procedure ${draw.algorithm}, seed '${draw.seed}').`
  );
}

export function describeSample(
  draw: DrawFacts,
  areas: readonly Named[],
  strata: readonly Named[],
): string {
  const kind =
    draw.cells.length === 1 && draw.cells[0]?.stratumId === null ? 'simple' : 'stratified';
  const planned = draw.cells.reduce((sum, cell) => sum + cell.quota, 0);
  const plan = quotaPlan(draw.cells, areas, strata);
  const drawn = draw.sample.length;
  const sentences: string[] = [];
  sentences.push(
    drawn === planned
      ? `A ${kind} random sample of ${cases(drawn)} was drawn from a population of ${cases(draw.eligible)}: ${plan}.`
      : `A ${kind} random sample of ${cases(drawn)} was drawn from a population of ${cases(draw.eligible)}, against quotas of ${plan} (${cases(planned)}).`,
  );
  const outside = draw.populationSize - draw.eligible;
  if (outside > 0) {
    sentences.push(
      `A further ${cases(outside)} on the list ${wasOrWere(outside)} outside the areas and strata sampled.`,
    );
  }
  const reservePerCell = draw.cells[0]?.reserve ?? 0;
  if (reservePerCell > 0) {
    const plannedReserves = reservePerCell * draw.cells.length;
    const reserveTotal =
      draw.reserves.length === plannedReserves
        ? `${formatCount(plannedReserves)} in all`
        : `${formatCount(draw.reserves.length)} of ${formatCount(plannedReserves)} planned`;
    sentences.push(
      draw.cells.length === 1
        ? `Reserves: ${draw.reserves.length === plannedReserves ? cases(plannedReserves) : `${formatCount(draw.reserves.length)} of ${cases(plannedReserves)} planned`}, to replace sampled cases that cannot be read.`
        : `Reserves: ${cases(reservePerCell)} per cell (${reserveTotal}), to replace sampled cases that cannot be read.`,
    );
  }
  sentences.push(...shortfallSentences(draw));
  sentences.push(procedure(draw));
  // A blank line: the report and the sample screen show the note as its own paragraph.
  return `${sentences.join(' ')}\n\n${technicalNote(draw)}`;
}
