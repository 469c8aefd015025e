/**
 * The findings of several inspections analysed as one, from this device: each inspection read
 * as its own findings read it (`loadFindingsSource`), the cases combined (core's
 * `combineInspectionCases`: each case with its inspection) and counted with a breakdown by
 * inspection. The combined findings screen counts them on the page (a few thousand cases take
 * milliseconds); the report worker counts them again for the printable summary.
 */
import {
  combinedGroupNames,
  combineInspectionCases,
  combineProblem,
  computeFindings,
  type FindingsResult,
  type Framework,
  findingsCasesOf,
  findingsOptionsFor,
  frameworkKey,
  type InspectionToCombine,
} from '../core';
import { type FindingsSource, loadFindingsSource } from '../db/cases/findingsSource';

export type CombinedFindings =
  /** Something stops these inspections being analysed together; `problem` says what. */
  | { readonly status: 'refused'; readonly problem: string }
  | {
      readonly status: 'ready';
      readonly framework: Framework;
      readonly sources: readonly FindingsSource[];
      readonly result: FindingsResult;
    };

/** Each inspection's findings source, in the order of `ids`; null for one not on this device. */
export function loadFindingsSources(ids: readonly string[]): Promise<(FindingsSource | null)[]> {
  return Promise.all(ids.map((id) => loadFindingsSource(id)));
}

/** The inspections as combining names them: by their titles. */
function aboutOf(source: FindingsSource): InspectionToCombine {
  return { ...source.inspection, name: source.inspection.title };
}

/** The combined findings of the sources loaded for `ids`, or why there are none. */
export function combineSources(
  ids: readonly string[],
  loaded: readonly (FindingsSource | null)[],
  completeOnly: boolean,
): CombinedFindings {
  const missing = ids.filter((_, i) => loaded[i] === null);
  if (missing.length > 0) {
    return {
      status: 'refused',
      problem: `Not on this device: ${missing.join(', ')}. It may have been deleted; choose again.`,
    };
  }
  const sources = loaded as FindingsSource[];
  const about = sources.map(aboutOf);
  const problem = combineProblem(about);
  if (problem !== null) {
    return { status: 'refused', problem: `${problem[0]!.toUpperCase()}${problem.slice(1)}.` };
  }
  const framework = sources[0]!.framework;
  if (framework === null) {
    const key = frameworkKey(sources[0]!.inspection.framework);
    return {
      status: 'refused',
      problem: `The framework these inspections use (${key}) is not on this device. Import that framework version to see their findings.`,
    };
  }
  const cases = combineInspectionCases(
    sources.map((source, i) => ({ inspection: about[i]!, cases: findingsCasesOf(source.cases) })),
  );
  const result = computeFindings(framework, cases, {
    ...findingsOptionsFor(null, { completeOnly, breakdownBy: 'inspection' }),
    names: combinedGroupNames(about),
  });
  return { status: 'ready', framework, sources, result };
}
