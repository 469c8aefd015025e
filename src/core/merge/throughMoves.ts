/**
 * A team file made for an earlier version of the inspection's framework, read through the moves
 * the inspection recorded (`frameworkMoves`, core/framework/migrationPlan.ts): each answer and
 * history entry goes to its item's id in the current version, with its codes renamed, as the
 * move carried this device's own answers.
 *
 * The move wrote each carried answer again here (a `migration` entry), so the file's entries
 * that this device already holds under the old id are left out, and when the file holds all
 * this device had of that answer at the move, it is taken to hold the move's entry too: an
 * answer nobody changed since is unchanged, and one the inspector changed afterwards on the old
 * version goes forward over the move, as it would have on the new one. A change on both sides
 * is a conflict for the lead, as always. Answers to items no longer asked keep their old id.
 *
 * A work file's second readings go through the same paths, each answer keeping its rev and time
 * as the move kept them in the lead's moderation records (migrationRecords.ts): a reading nobody
 * changed since the move merges as unchanged, and one changed after it is newer and goes forward.
 */
import type { HistoryEntry } from '../exchange/inspectionFile';
import { frameworkKey, indexFramework } from '../framework/frameworkItems';
import { type Framework, SCALED_KINDS } from '../framework/frameworkSchema';
import { mapAnswerValue } from '../framework/migrationPlan';
import type { AnswerValue } from '../inspection/answerValue';
import { movesFrom } from '../inspection/frameworkMoves';
import type { Answer, FrameworkMove } from '../inspection/inspectionSchema';
import type { ReadingAnswers, SecondReading } from '../moderation/moderationRecord';
import type { IncomingFile } from './mergeTypes';
import type { IncomingCase, Working } from './mergeWorking';
import { revisionKey } from './revisions';

type ItemPath = { readonly to: string; readonly value: (v: AnswerValue) => AnswerValue };
/** An item's path through the moves (null: it stays as it is), worked out once per item. */
type PathOf = (itemId: string) => ItemPath | null;

/** Where an item of the old version ends up through the moves, and how its values change. */
function itemPath(
  itemId: string,
  moves: readonly FrameworkMove[],
  current: Framework,
): ItemPath | null {
  let id = itemId;
  const codes: Readonly<Record<string, string>>[] = [];
  for (const move of moves) {
    const next = move.mapping.items[id] ?? id;
    const map = move.mapping.codes[id] ?? move.mapping.codes[next];
    if (map) codes.push(map);
    id = next;
  }
  if (id === itemId && codes.length === 0) return null;
  const entry = indexFramework(current).itemById.get(id);
  if (!entry) return null;
  const scaled = (SCALED_KINDS as readonly string[]).includes(entry.item.kind);
  return {
    to: id,
    value: (v) => (scaled ? codes.reduce((value, map) => mapAnswerValue(value, map), v) : v),
  };
}

function pathsThrough(moves: readonly FrameworkMove[], current: Framework): PathOf {
  const paths = new Map<string, ItemPath | null>();
  return (itemId) => {
    if (!paths.has(itemId)) paths.set(itemId, itemPath(itemId, moves, current));
    return paths.get(itemId) ?? null;
  };
}

function mappedEntry(e: HistoryEntry, path: ItemPath): HistoryEntry {
  return {
    ...e,
    itemId: path.to,
    value: path.value(e.value),
    ...(e.before ? { before: { ...e.before, value: path.value(e.before.value) } } : {}),
  };
}

/** One case of the file, its answers and history read through the moves. */
function throughMoves(w: Working, kase: IncomingCase, pathOf: PathOf): IncomingCase {
  const local = w.cases.get(kase.id);
  const answers: Record<string, Answer> = {};
  const history: HistoryEntry[] = [];
  const carried = new Map<string, { path: ItemPath; entries: HistoryEntry[] }>();
  for (const e of kase.history) {
    const path = pathOf(e.itemId);
    if (!path) history.push(e);
    else {
      const group = carried.get(e.itemId) ?? { path, entries: [] };
      group.entries.push(mappedEntry(e, path));
      carried.set(e.itemId, group);
    }
  }
  for (const [itemId, answer] of Object.entries(kase.answers)) {
    const path = pathOf(itemId);
    if (!path) answers[itemId] = answer;
    else if (!carried.has(itemId)) carried.set(itemId, { path, entries: [] });
  }
  for (const [oldId, { path, entries }] of carried) {
    const mine = (local?.history ?? []).filter((e) => e.itemId === oldId && e.via !== 'migration');
    const mineKeys = new Set(mine.map(revisionKey));
    const oldAnswer = local?.answers[oldId];
    if (oldAnswer && path.to !== oldId) mineKeys.add(revisionKey(oldAnswer));
    const theirs = kase.answers[oldId];
    const theirKeys = new Set(entries.map(revisionKey));
    if (theirs) theirKeys.add(revisionKey(theirs));
    const heldAll = mineKeys.size > 0 && [...mineKeys].every((k) => theirKeys.has(k));
    const moveEntries = heldAll
      ? (local?.history ?? []).filter((e) => e.itemId === path.to && e.via === 'migration')
      : [];
    const newer = entries.filter((e) => !mineKeys.has(revisionKey(e)));
    history.push(...moveEntries, ...newer);
    if (theirs && !mineKeys.has(revisionKey(theirs))) {
      answers[path.to] = { ...theirs, value: path.value(theirs.value) };
    }
  }
  return { ...kase, answers, history };
}

/** A second reading of the file, its answers under the items' current ids and codes. */
function readingThroughMoves(reading: SecondReading, pathOf: PathOf): SecondReading {
  const answers: ReadingAnswers = {};
  for (const [itemId, answer] of Object.entries(reading.answers)) {
    const path = pathOf(itemId);
    if (!path) answers[itemId] = answer;
    else answers[path.to] = { ...answer, value: path.value(answer.value) };
  }
  return { ...reading, answers };
}

/**
 * The file read through the inspection's moves when it was made for an earlier version (its
 * cases, and a work file's second readings, mapped; its framework key the current one); as it
 * is otherwise.
 */
export function readThroughMoves(w: Working, incoming: IncomingFile): IncomingFile {
  const { file } = incoming;
  if (!w.inspection) return incoming;
  const made = frameworkKey(file.inspection.framework);
  if (made === frameworkKey(w.inspection.framework)) return incoming;
  const moves = movesFrom(w.inspection, made);
  if (!moves) return incoming;
  const pathOf = pathsThrough(moves, w.state.framework);
  const cases = file.cases.map((kase) => throughMoves(w, kase, pathOf));
  const { framework, frameworkMoves } = w.inspection;
  if (file.kind === 'work') {
    const moderation = file.moderation.map((reading) => readingThroughMoves(reading, pathOf));
    const inspection = { ...file.inspection, framework };
    return { ...incoming, file: { ...file, cases, moderation, inspection } };
  }
  // A pack's details never take the inspection back to the version it has left.
  const inspection = { ...file.inspection, framework, frameworkMoves };
  return { ...incoming, file: { ...file, cases, inspection } };
}
