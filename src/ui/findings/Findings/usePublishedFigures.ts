/**
 * The published figures in use for the inspection's framework version (imported on this device,
 * else shipped with the app), read against this audit's figures once both are here. The figures
 * are loaded only when they are shown, and again when figures are imported or removed; the
 * comparison (a few dozen questions) runs here, on the page, as it is cheap.
 */
import { useMemo } from 'preact/hooks';
import {
  type BenchmarkResult,
  type BenchmarkSet,
  compareWithBenchmarks,
  type FindingsResult,
  type Framework,
  frameworkKey,
  type Inspection,
} from '../../../core';
import { benchmarksFor, hasBenchmarks } from '../../../db/frameworks/benchmarkStore';
import { useLive } from '../../hooks/useLive';

export type PublishedFigures = {
  /** Published figures are imported or ship for this framework version. */
  readonly available: boolean;
  /** Shown beside this audit's: as the address says, or by default for a self-audit. */
  readonly shown: boolean;
  readonly set: BenchmarkSet | null;
  /** Each question with a published figure, compared; null until shown and loaded. */
  readonly comparisons: ReadonlyMap<string, BenchmarkResult> | null;
};

/** Shown when the address says so; otherwise on for a self-audit and off for an inspection. */
export function publishedShown(chosen: boolean | null, inspection: Pick<Inspection, 'kind'>) {
  return chosen ?? inspection.kind === 'self-audit';
}

export function usePublishedFigures(
  framework: Framework,
  inspection: Pick<Inspection, 'kind'>,
  chosen: boolean | null,
  result: FindingsResult | null,
): PublishedFigures {
  const key = frameworkKey(framework);
  // Keyed by the version, not the object: the frame hands a fresh framework object on each read.
  const stored = useLive(() => hasBenchmarks(framework), [key]);
  const available = stored.status === 'ready' && stored.value;
  const shown = available && publishedShown(chosen, inspection);
  const loaded = useLive(
    () => (shown ? benchmarksFor(framework) : Promise.resolve(null)),
    [shown, key],
  );
  const set = loaded.status === 'ready' ? loaded.value : null;
  const comparisons = useMemo(
    () => (shown && set && result ? compareWithBenchmarks(result.questions, set) : null),
    [shown, set, result],
  );
  return { available, shown, set, comparisons };
}
