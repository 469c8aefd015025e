/**
 * The published figures that ship for the inspection's framework version, read against this
 * audit's figures once both are here. The figures' file is loaded only when they are shown; the
 * comparison (a few dozen questions) runs here, on the page, as it is cheap.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  type BenchmarkResult,
  type BenchmarkSet,
  compareWithBenchmarks,
  type FindingsResult,
  type Framework,
  frameworkKey,
  type Inspection,
} from '../../../core';
import {
  builtInBenchmarksFor,
  hasBuiltInBenchmarks,
} from '../../../db/frameworks/builtInBenchmarks';

export type PublishedFigures = {
  /** Published figures ship for this framework version. */
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
  const available = hasBuiltInBenchmarks(framework.id, framework.version);
  const shown = available && publishedShown(chosen, inspection);
  const key = frameworkKey(framework);
  const [set, setSet] = useState<BenchmarkSet | null>(null);
  useEffect(() => {
    if (!shown) return;
    let current = true;
    void builtInBenchmarksFor(framework).then((loaded) => {
      if (current) setSet(loaded);
    });
    return () => {
      current = false;
    };
    // Keyed by the version, not the object: the frame hands a fresh framework object on each read.
  }, [shown, key]);
  const comparisons = useMemo(
    () => (shown && set && result ? compareWithBenchmarks(result.questions, set) : null),
    [shown, set, result],
  );
  return { available, shown, set, comparisons };
}
