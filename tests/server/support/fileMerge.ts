/**
 * What a lead's device makes of the same files, merged one after another as work files: core's
 * planMerge over a state held in memory, from an empty device (which the pack sets up), each
 * plan's writes laid over the state before the next. The team server must end where this ends.
 */
import {
  type ConflictRecord,
  type FileCounts,
  frameworkForMerge,
  type IncomingFile,
  type MergeState,
  mergeStateOf,
  packAmong,
  planMerge,
} from '../../../src/core';
import { applyWrites } from '../../fixtures/teamFixture';

export type FileMergeResult = {
  readonly state: MergeState;
  /** Every conflict record written, as it was last written. */
  readonly conflicts: ConflictRecord[];
  /** What each file's merge found, by file id. */
  readonly counts: ReadonlyMap<string, FileCounts>;
};

const AS_THE_SERVER = { now: '2026-03-02T18:00:00.000Z', by: 'lead', device: 'team-server' };

export function mergeFilesInOrder(
  inspectionId: string,
  files: readonly IncomingFile[],
): FileMergeResult {
  const pack = packAmong(files.slice(0, 1));
  const chosen = frameworkForMerge(null, pack, null);
  if (chosen.status !== 'ok' || !pack) throw new Error('the first file must be the pack');
  let state = mergeStateOf({
    inspectionId,
    inspection: null,
    framework: chosen.framework,
    frameworkOnDevice: chosen.frameworkOnDevice,
    cases: [],
    answers: [],
    history: [],
    arriving: [],
    openConflicts: [],
    mergedFiles: [],
    earlierFrameworks: [],
  });
  const conflicts = new Map<string, ConflictRecord>();
  const counts = new Map<string, FileCounts>();
  for (const file of files) {
    const plan = planMerge(state, [file], new Map(), {
      ...AS_THE_SERVER,
      newCaseId: () => {
        throw new Error('no new cases in this work');
      },
    });
    const [planned] = plan.files;
    if (planned?.status === 'refused') {
      throw new Error(`${file.name} refused: ${JSON.stringify(planned.errors)}`);
    }
    if (planned?.status === 'ok') counts.set(file.id, planned.counts);
    for (const c of plan.writes.conflicts) conflicts.set(c.id, c);
    // Once merged, the framework is held here, as the server holds it.
    state = { ...applyWrites(state, plan.writes), frameworkOnDevice: true };
  }
  return { state, conflicts: [...conflicts.values()], counts };
}
