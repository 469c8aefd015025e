/**
 * What a merge state is, from the rows a device (or a server) holds of one inspection: the
 * framework the merge plans against, each case with its answers and its history in the order it
 * happened, and the arriving cases that belong to another inspection. Storage reads the rows;
 * these functions put them together, so every holder of the rows builds the same state.
 */
import { historyEntryOf } from '../exchange/fileCases';
import type { PackFile } from '../exchange/teamFiles';
import { frameworkKey } from '../framework/frameworkItems';
import type { Framework } from '../framework/frameworkSchema';
import type { Case, Inspection } from '../inspection/inspectionSchema';
import { canonicalJson } from '../validation/canonicalJson';
import type { ConflictRecord } from './conflictRecord';
import type { AnswerRow, HistoryRow, IncomingFile, MergeCase, MergeState } from './mergeTypes';

/** A stored history row: `seq` is its place in the device's log (absent in rows from before). */
export type StoredHistoryRow = HistoryRow & { readonly seq?: number };

/** A framework version as stored, under its `id@version`. */
export type StoredFramework = { readonly key: string; readonly framework: Framework };

/** The framework a merge plans against, or why there is none to plan against. */
export type FrameworkForMerge =
  | { readonly status: 'ok'; readonly framework: Framework; readonly frameworkOnDevice: boolean }
  | { readonly status: 'refused'; readonly message: string };

/** The first pack among the files: it may bring the inspection and its framework. */
export function packAmong(files: readonly IncomingFile[]): PackFile | null {
  for (const f of files) if (f.file.kind === 'pack') return f.file;
  return null;
}

/**
 * The `id@version` whose stored framework `frameworkForMerge` needs: the one the inspection is
 * pinned to, else the pack's; null when neither is there.
 */
export function mergeFrameworkKey(
  inspection: Inspection | null,
  pack: PackFile | null,
): string | null {
  if (inspection) return frameworkKey(inspection.framework);
  return pack ? frameworkKey(pack.framework) : null;
}

/**
 * The framework a merge plans against. `stored` is the device's framework under
 * `mergeFrameworkKey` (null when it has none). An inspection here needs its pinned framework
 * here; an inspection a pack brings takes the pack's, unless this device holds a different one
 * under the same name and version.
 */
export function frameworkForMerge(
  inspection: Inspection | null,
  pack: PackFile | null,
  stored: Framework | null,
): FrameworkForMerge {
  if (inspection) {
    if (!stored) {
      return {
        status: 'refused',
        message: `The framework this inspection is pinned to (${frameworkKey(inspection.framework)}) is not on this device.`,
      };
    }
    return { status: 'ok', framework: stored, frameworkOnDevice: true };
  }
  if (pack) {
    if (stored && canonicalJson(stored) !== canonicalJson(pack.framework)) {
      return {
        status: 'refused',
        message: `This device has a different framework under the same name and version (${frameworkKey(pack.framework)}). A published version never changes, so one of the two has been altered: check which is right before importing.`,
      };
    }
    return {
      status: 'ok',
      framework: stored ?? pack.framework,
      frameworkOnDevice: stored !== null,
    };
  }
  return { status: 'refused', message: 'This inspection is not on this device.' };
}

/**
 * Ids of the files' cases that are not among the inspection's cases here: storage looks them up
 * to find those that belong to another inspection (`foreignCaseIds`).
 */
export function arrivingCaseIds(
  files: readonly IncomingFile[],
  cases: readonly Pick<Case, 'id'>[],
): string[] {
  const held = new Set(cases.map((c) => c.id));
  return [...new Set(files.flatMap((f) => f.file.cases.map((c) => c.id)))].filter(
    (id) => !held.has(id),
  );
}

/**
 * The versions the inspection moved from, by `id@version`: work made for one is checked against
 * it before it is read through the moves.
 */
export function earlierFrameworkKeys(inspection: Inspection | null): string[] {
  return (inspection?.frameworkMoves ?? []).map((m) => m.from);
}

/**
 * One case with its answers (by item; a later row for an item wins) and its history in the
 * order it happened (by `seq`; rows without one first, in the order given).
 */
export function mergeCaseOf(
  caseRow: Case,
  answers: readonly AnswerRow[],
  history: readonly StoredHistoryRow[],
): MergeCase {
  return {
    ...caseRow,
    answers: Object.fromEntries(
      answers.map(({ caseId: _c, inspectionId: _i, itemId, ...answer }) => [itemId, answer]),
    ),
    history: [...history].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)).map(historyEntryOf),
  };
}

/** The rows a merge state is made from, as storage reads them for one inspection. */
export type MergeStateRows = {
  readonly inspectionId: string;
  readonly inspection: Inspection | null;
  /** From `frameworkForMerge`. */
  readonly framework: Framework;
  readonly frameworkOnDevice: boolean;
  /** The inspection's cases, answers and history. Rows of cases not listed are left out. */
  readonly cases: readonly Case[];
  readonly answers: readonly AnswerRow[];
  readonly history: readonly StoredHistoryRow[];
  /** The cases stored under `arrivingCaseIds`, where there are any. */
  readonly arriving: readonly (Case | undefined)[];
  readonly openConflicts: readonly ConflictRecord[];
  /** Content hashes of the files already merged into the inspection. */
  readonly mergedFiles: readonly string[];
  /** The frameworks stored under `earlierFrameworkKeys`, where there are any. */
  readonly earlierFrameworks: readonly (StoredFramework | undefined)[];
};

export function mergeStateOf(rows: MergeStateRows): MergeState {
  const answers = groupByCase(rows.answers);
  const history = groupByCase(rows.history);
  const cases = new Map<string, MergeCase>();
  for (const row of rows.cases) {
    cases.set(row.id, mergeCaseOf(row, answers.get(row.id) ?? [], history.get(row.id) ?? []));
  }
  return {
    inspection: rows.inspection,
    framework: rows.framework,
    frameworkOnDevice: rows.frameworkOnDevice,
    cases,
    foreignCaseIds: new Set(
      rows.arriving.flatMap((c) =>
        c !== undefined && c.inspectionId !== rows.inspectionId ? [c.id] : [],
      ),
    ),
    openConflicts: rows.openConflicts,
    mergedFiles: new Set(rows.mergedFiles),
    earlierFrameworks: new Map(
      rows.earlierFrameworks.flatMap((r) => (r === undefined ? [] : [[r.key, r.framework]])),
    ),
  };
}

function groupByCase<T extends { readonly caseId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.caseId);
    if (list) list.push(row);
    else out.set(row.caseId, [row]);
  }
  return out;
}
