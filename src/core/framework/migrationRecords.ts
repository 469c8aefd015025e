/**
 * Moving an inspection to another version of its framework (migrationPlan.ts) also carries the
 * records that name its questions and standards, so nothing is left under an id the inspection
 * no longer has:
 * - second readings (their answers, the first reading's copy kept at the lead's first decision,
 *   and the lead's decisions) go through the same mapping as the case answers; a reading or a
 *   decision on a question no longer asked keeps its old id (never deleted) and simply stops
 *   counting, as answers do;
 * - open conflicts between devices name the question's new id, their answers and history entries
 *   renamed too; one on a question no longer asked stays open under its old id;
 * - a rating override follows its standard when the standard was renamed (see
 *   `renamedStandards`); one of a standard the new version does not have stays in the
 *   inspection's record and no longer applies (findings ignore it).
 * `mapItem` is the move's mapping of one answer (migrationPlan.ts's `mapAnswer`).
 */
import type { HistoryEntry } from '../exchange/inspectionFile';
import type { AnswerValue } from '../inspection/answerValue';
import { sameValue } from '../inspection/answerValue';
import type { Answer, RatingOverride } from '../inspection/inspectionSchema';
import type { ConflictRecord } from '../merge/conflictRecord';
import type {
  ModerationCase,
  ModerationData,
  ReadingAnswers,
} from '../moderation/moderationRecord';
import { canonicalJson } from '../validation/canonicalJson';
import { indexFramework } from './frameworkItems';
import type { Framework } from './frameworkSchema';

/** Where an answer to an item of the old version goes, and its value there; null: no longer asked. */
export type MapItem = (
  itemId: string,
  value: AnswerValue,
) => { readonly itemId: string; readonly value: AnswerValue } | null;

/** The records of an inspection a move carries. */
export type MoveRecords = {
  readonly moderation: readonly ModerationCase[];
  /** Open conflicts (resolved ones are history and stay as they were). */
  readonly conflicts: readonly ConflictRecord[];
  readonly ratingOverrides: readonly RatingOverride[];
};

/** How many of each record the move maps, and how many name something no longer asked. */
export type RecordCounts = { readonly mapped: number; readonly noLongerAsked: number };

/** What a move does to the records beside the answers, for the lead to see before confirming. */
export type RecordsPlan = {
  /** Answers of second readings. */
  readonly secondReadings: RecordCounts;
  /** The lead's moderation decisions. */
  readonly decisions: RecordCounts;
  /** Open conflicts between devices. */
  readonly conflicts: RecordCounts;
  /** Overrides whose standard was renamed: they follow it. */
  readonly overridesFollowing: readonly { readonly from: string; readonly to: string }[];
  /** Standards with an override that the new version does not have: it no longer applies. */
  readonly overridesNoLongerApplying: readonly string[];
};

type Counter = { mapped: number; noLongerAsked: number };

/** Ids that are not questions (the case's status, its framework moves) never move. */
function isQuestionId(itemId: string): boolean {
  return !itemId.startsWith('#');
}

/** One item's answer through the mapping, counted; unchanged (old id) when no longer asked. */
function moved(
  mapItem: MapItem,
  itemId: string,
  value: AnswerValue,
  counter: Counter,
): { readonly itemId: string; readonly value: AnswerValue } {
  const to = isQuestionId(itemId) ? mapItem(itemId, value) : { itemId, value };
  if (!to) {
    counter.noLongerAsked++;
    return { itemId, value };
  }
  if (to.itemId !== itemId || !sameValue(to.value, value)) counter.mapped++;
  return to;
}

function movedReading(mapItem: MapItem, reading: ReadingAnswers, counter: Counter): ReadingAnswers {
  const out: ReadingAnswers = {};
  for (const [itemId, answer] of Object.entries(reading)) {
    const to = moved(mapItem, itemId, answer.value, counter);
    out[to.itemId] = { ...answer, value: to.value };
  }
  return out;
}

/** A value of the item `itemId` through the mapping (as it was when no longer asked). */
function mappedValue(mapItem: MapItem, itemId: string, value: AnswerValue): AnswerValue {
  return mapItem(itemId, value)?.value ?? value;
}

function movedData(mapItem: MapItem, data: ModerationData, plan: Counts): ModerationData {
  const uncounted: Counter = { mapped: 0, noLongerAsked: 0 };
  const decisions: ModerationData['decisions'] = {};
  for (const [itemId, decision] of Object.entries(data.decisions)) {
    const to = moved(mapItem, itemId, decision.value, plan.decisions);
    decisions[to.itemId] = {
      ...decision,
      value: to.value,
      first: mappedValue(mapItem, itemId, decision.first),
      second: mappedValue(mapItem, itemId, decision.second),
    };
  }
  return {
    ...data,
    secondReading: movedReading(mapItem, data.secondReading, plan.secondReadings),
    firstReading:
      data.firstReading === null ? null : movedReading(mapItem, data.firstReading, uncounted),
    decisions,
  };
}

function movedAnswer(mapItem: MapItem, itemId: string, answer: Answer): Answer {
  return { ...answer, value: mappedValue(mapItem, itemId, answer.value) };
}

function movedEntry(mapItem: MapItem, entry: HistoryEntry): HistoryEntry {
  const to = isQuestionId(entry.itemId) ? mapItem(entry.itemId, entry.value) : null;
  if (!to) return entry;
  const before = entry.before
    ? { before: { ...entry.before, value: mappedValue(mapItem, entry.itemId, entry.before.value) } }
    : {};
  return { ...entry, itemId: to.itemId, value: to.value, ...before };
}

function movedConflict(
  mapItem: MapItem,
  conflict: ConflictRecord,
  counter: Counter,
): ConflictRecord {
  const { itemId } = conflict;
  const to = moved(mapItem, itemId, conflict.theirs.value, counter);
  return {
    ...conflict,
    itemId: to.itemId,
    mine: conflict.mine && movedAnswer(mapItem, itemId, conflict.mine),
    theirs: { ...conflict.theirs, value: to.value },
    theirsEntries: conflict.theirsEntries.map((e) => movedEntry(mapItem, e)),
  };
}

/**
 * Standards renamed between the versions, old id → new id: a standard the new version does not
 * have whose questions still asked (under their mapped ids) all sit in one standard the old
 * version did not have, and no other such standard goes there too.
 */
export function renamedStandards(
  from: Framework,
  to: Framework,
  targetOf: (itemId: string) => string,
): Record<string, string> {
  const a = indexFramework(from);
  const b = indexFramework(to);
  const found = new Map<string, string[]>();
  for (const section of from.sections) {
    for (const standard of section.standards) {
      if (b.standardById.has(standard.id)) continue;
      const places = new Set<string>();
      for (const question of standard.questions) {
        const entry = b.itemById.get(targetOf(question.id));
        if (entry?.type === 'question') places.add(entry.standard.id);
      }
      const [only] = places;
      if (places.size !== 1 || only === undefined || a.standardById.has(only)) continue;
      found.set(only, [...(found.get(only) ?? []), standard.id]);
    }
  }
  const renamed: Record<string, string> = {};
  for (const [next, olds] of found) if (olds.length === 1) renamed[olds[0]!] = next;
  return renamed;
}

type Counts = { secondReadings: Counter; decisions: Counter; conflicts: Counter };

/** The overrides after the move, and which follow their standard or no longer apply. */
function movedOverrides(
  from: Framework,
  to: Framework,
  targetOf: (itemId: string) => string,
  overrides: readonly RatingOverride[],
) {
  const renamed = renamedStandards(from, to, targetOf);
  const inFrom = indexFramework(from).standardById;
  const inTo = indexFramework(to).standardById;
  const following = new Map<string, string>();
  const lapsed = new Set<string>();
  const ratingOverrides = overrides.map((o) => {
    // Only overrides that apply now: one already ignored before the move says nothing new.
    if (!inFrom.has(o.standardId) || inTo.has(o.standardId)) return o;
    const next = renamed[o.standardId];
    if (next === undefined) {
      lapsed.add(o.standardId);
      return o;
    }
    following.set(o.standardId, next);
    return { ...o, standardId: next };
  });
  return {
    ratingOverrides,
    following: [...following].map(([old, next]) => ({ from: old, to: next })),
    lapsed: [...lapsed],
  };
}

/**
 * The records the move changes, carried through it (records it leaves as they were are left
 * out), and what the lead is shown before confirming. `targetOf`: an item's id in the new
 * version (its own id when not renamed).
 */
export function moveRecords(
  from: Framework,
  to: Framework,
  mapItem: MapItem,
  targetOf: (itemId: string) => string,
  records: MoveRecords,
): { readonly changed: MoveRecords; readonly plan: RecordsPlan } {
  const counts: Counts = {
    secondReadings: { mapped: 0, noLongerAsked: 0 },
    decisions: { mapped: 0, noLongerAsked: 0 },
    conflicts: { mapped: 0, noLongerAsked: 0 },
  };
  const moderation = records.moderation
    .map((r) => ({ ...r, data: movedData(mapItem, r.data, counts) }))
    .filter((r, i) => canonicalJson(r) !== canonicalJson(records.moderation[i]));
  const conflicts = records.conflicts
    .map((c) => movedConflict(mapItem, c, counts.conflicts))
    .filter((c, i) => canonicalJson(c) !== canonicalJson(records.conflicts[i]));
  const overrides = movedOverrides(from, to, targetOf, records.ratingOverrides);
  return {
    changed: { moderation, conflicts, ratingOverrides: overrides.ratingOverrides },
    plan: {
      ...counts,
      overridesFollowing: overrides.following,
      overridesNoLongerApplying: overrides.lapsed,
    },
  };
}
