/**
 * How complete the work is (the `completeness` of a findings result), tallied case by case as
 * the engine counts: required items answered out of those applicable, per case, per area and
 * per inspector, and the cases not yet done. Over every case given, whatever the basis.
 */
import { type GroupNames, groupWords, namedGroups } from './breakdownGroups';
import type { FindingsCase } from './findingsCase';
import { isCompleteStatus } from './findingsCase';
import type { Completeness, CompletenessGroup, IncompleteCase } from './findingTypes';

type Tally = { cases: number; fullyAnswered: number; answered: number; applicable: number };

function tally(map: Map<string, Tally>, key: string): Tally {
  let found = map.get(key);
  if (!found) {
    found = { cases: 0, fullyAnswered: 0, answered: 0, applicable: 0 };
    map.set(key, found);
  }
  return found;
}

function addTally(t: Tally, done: boolean, answered: number, applicable: number): void {
  t.cases++;
  if (done) t.fullyAnswered++;
  t.answered += answered;
  t.applicable += applicable;
}

function tallies(
  map: Map<string, Tally>,
  named: ReturnType<typeof namedGroups>,
): CompletenessGroup[] {
  return [...map.entries()]
    .map(([key, t], firstSeen) => ({ rank: named.rank(key, firstSeen), key, t }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ key, t }) => ({ key, label: named.label(key), ...t }));
}

export type ProgressTally = {
  /** Adds case number `c` (in the order given), with its required items answered and applicable. */
  readonly add: (kase: FindingsCase, c: number, answered: number, applicable: number) => void;
  /** The tallies so far; areas fall back to the framework's names. */
  readonly completeness: (
    names: GroupNames | undefined,
    frameworkAreas: GroupNames['areas'],
  ) => Completeness;
};

/** A tally for `n` cases. */
export function progressTally(n: number): ProgressTally {
  const byArea = new Map<string, Tally>();
  const byInspector = new Map<string, Tally>();
  const incomplete: IncompleteCase[] = [];
  const answeredPerCase = new Int32Array(n);
  const applicablePerCase = new Int32Array(n);
  let fullyAnswered = 0;
  let markedComplete = 0;
  let answeredTotal = 0;
  let applicableTotal = 0;
  const add = (kase: FindingsCase, c: number, answered: number, applicable: number) => {
    answeredPerCase[c] = answered;
    applicablePerCase[c] = applicable;
    const done = answered === applicable;
    const statusDone = isCompleteStatus(kase.status);
    if (done) fullyAnswered++;
    if (statusDone) markedComplete++;
    answeredTotal += answered;
    applicableTotal += applicable;
    addTally(tally(byArea, kase.areaId), done, answered, applicable);
    addTally(tally(byInspector, kase.inspectorId ?? ''), done, answered, applicable);
    if (!done || !statusDone) {
      incomplete.push({
        caseId: kase.id,
        ref: kase.ref,
        areaId: kase.areaId,
        inspectorId: kase.inspectorId,
        status: kase.status,
        answered,
        applicable,
      });
    }
  };
  const completeness = (
    names: GroupNames | undefined,
    frameworkAreas: GroupNames['areas'],
    words = names?.words ?? groupWords(),
  ): Completeness => ({
    cases: n,
    fullyAnswered,
    markedComplete,
    answered: answeredTotal,
    applicable: applicableTotal,
    byArea: tallies(byArea, namedGroups(names?.areas ?? frameworkAreas, words.noArea)),
    byInspector: tallies(byInspector, namedGroups(names?.inspectors, words.notAssigned)),
    perCase: { answered: answeredPerCase, applicable: applicablePerCase },
    incomplete,
  });
  return { add, completeness };
}
