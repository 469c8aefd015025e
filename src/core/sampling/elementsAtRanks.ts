/**
 * The cases that would stand at given positions if a cell were sorted by reference, found
 * without sorting it all (a multi-quickselect): the sampler needs a handful of positions out
 * of thousands. The answer is exactly what a full sort would give, since references are unique.
 */
import { byRef } from '../inspection/caseOrder';

type HasRef = { readonly ref: string };

/** Below this size a range is simply sorted. */
const SMALL_RANGE = 16;
/** Far beyond what median-of-three pivots reach; past it, sort the range instead. */
const MAX_DEPTH = 64;

function swap<T>(items: T[], a: number, b: number): void {
  const held = items[a]!;
  items[a] = items[b]!;
  items[b] = held;
}

function sortRange<T extends HasRef>(items: T[], lo: number, hi: number): void {
  const sorted = items.slice(lo, hi + 1).sort(byRef);
  for (let i = 0; i < sorted.length; i++) items[lo + i] = sorted[i]!;
}

/** Lomuto partition around the median of the first, middle and last refs; returns its place. */
function partition<T extends HasRef>(items: T[], lo: number, hi: number): number {
  const mid = (lo + hi) >>> 1;
  if (items[mid]!.ref < items[lo]!.ref) swap(items, lo, mid);
  if (items[hi]!.ref < items[lo]!.ref) swap(items, lo, hi);
  if (items[mid]!.ref < items[hi]!.ref) swap(items, mid, hi);
  const pivot = items[hi]!.ref;
  let store = lo;
  for (let i = lo; i < hi; i++) {
    if (items[i]!.ref < pivot) {
      swap(items, i, store);
      store++;
    }
  }
  swap(items, store, hi);
  return store;
}

/**
 * For each rank (0 = first by reference), the item at that rank in reference order (UTF-16
 * code units, as `<` compares strings). Reorders `items`; refs must be unique.
 */
export function elementsAtRanks<T extends HasRef>(items: T[], ranks: readonly number[]): T[] {
  const wanted = [...new Set(ranks)].sort((a, b) => a - b);
  const found = new Map<number, T>();
  // Each task: the range items[lo..hi] holds the ranks wanted[from..to).
  const tasks: [lo: number, hi: number, from: number, to: number, depth: number][] = [
    [0, items.length - 1, 0, wanted.length, 0],
  ];
  for (let task = tasks.pop(); task; task = tasks.pop()) {
    const [lo, hi, from, to, depth] = task;
    if (from >= to) continue;
    if (hi - lo < SMALL_RANGE || depth > MAX_DEPTH) {
      sortRange(items, lo, hi);
      for (let w = from; w < to; w++) found.set(wanted[w]!, items[wanted[w]!]!);
      continue;
    }
    const place = partition(items, lo, hi);
    let split = from;
    while (split < to && wanted[split]! < place) split++;
    let after = split;
    if (after < to && wanted[after] === place) {
      found.set(place, items[place]!);
      after++;
    }
    tasks.push([lo, place - 1, from, split, depth + 1], [place + 1, hi, after, to, depth + 1]);
  }
  return ranks.map((rank) => {
    const item = found.get(rank);
    if (item === undefined) throw new RangeError(`rank ${rank} is outside 0–${items.length - 1}`);
    return item;
  });
}
