/**
 * Moving an inspection to another version of its framework: what becomes of every answer of
 * every case, before anything changes. Each answer is
 * - kept: its item is in the new version under the same id, and its value needs no change;
 * - mapped: the author renamed the item's id or an answer code (`FrameworkMapping`), so the
 *   answer moves to the new id and/or value;
 * - no longer asked: the new version has no such item. The answer stays in the case's history
 *   (and on the device), never deleted; it simply stops counting.
 * A kept or mapped answer that the new item would not accept is flagged (`fits: false`), so the
 * lead sees it before confirming. Second readings, open conflicts and rating overrides, which
 * name questions and standards too, go through the same mapping (migrationRecords.ts).
 *
 * `suggestMapping` proposes a starting point: an item removed and another added at the same
 * place of the same standard (or of the profile), and option codes renamed in place.
 */
import type { AnswerValue } from '../inspection/answerValue';
import { isSpecialAnswer, sameValue } from '../inspection/answerValue';
import { validateAnswer } from '../scoring/validateAnswer';
import { renamedCodes } from './diffScales';
import { type FrameworkItem, frameworkKey, indexFramework } from './frameworkItems';
import { type Framework, SCALED_KINDS } from './frameworkSchema';
import { type MoveRecords, moveRecords, type RecordsPlan } from './migrationRecords';

/** The author's renames: old item id → new item id, and per item old code → new code. */
export type FrameworkMapping = {
  readonly items: Readonly<Record<string, string>>;
  /** Keyed by the item's id in the old version (its new id is also read). */
  readonly codes: Readonly<Record<string, Readonly<Record<string, string>>>>;
};

export const NO_MAPPING: FrameworkMapping = { items: {}, codes: {} };

export type MigrationOutcome = 'kept' | 'mapped' | 'no-longer-asked';

export type PlannedAnswer = {
  readonly caseId: string;
  readonly caseReference: string;
  /** The item's id in the old version. */
  readonly itemId: string;
  readonly outcome: MigrationOutcome;
  /** Mapped: the item's id in the new version. */
  readonly toItemId?: string;
  readonly fromValue: AnswerValue;
  /** Mapped: the value in the new version. */
  readonly toValue?: AnswerValue;
  /** Whether the new version accepts the answer (always true when no longer asked). */
  readonly fits: boolean;
};

export type MigrationPlan = {
  readonly from: string;
  readonly to: string;
  readonly answers: readonly PlannedAnswer[];
  readonly counts: {
    readonly kept: number;
    readonly mapped: number;
    readonly noLongerAsked: number;
    /** Kept or mapped answers the new version would not accept. */
    readonly unfit: number;
  };
  /** Second readings, decisions, open conflicts and rating overrides (migrationRecords.ts). */
  readonly records: RecordsPlan;
};

const NO_RECORDS: MoveRecords = { moderation: [], conflicts: [], ratingOverrides: [] };

/** A case as the plan reads it: its answers by item id. */
export type MigrationCase = {
  readonly id: string;
  readonly ref: string;
  readonly answers: Readonly<Record<string, { readonly value: AnswerValue }>>;
};

function isScaled(entry: FrameworkItem | undefined): boolean {
  return entry !== undefined && (SCALED_KINDS as readonly string[]).includes(entry.item.kind);
}

/** One code through the mapping; an "other" choice (`other:<text>`) keeps its text. */
function mapCode(code: string, codes: Readonly<Record<string, string>>): string {
  const colon = code.indexOf(':');
  if (colon > 0) {
    const to = codes[code.slice(0, colon)];
    return to === undefined ? code : `${to}${code.slice(colon)}`;
  }
  return codes[code] ?? code;
}

/** A value of a scaled item with its codes renamed (text, numbers and dates are never changed). */
export function mapAnswerValue(
  value: AnswerValue,
  codes: Readonly<Record<string, string>> | undefined,
): AnswerValue {
  if (!codes) return value;
  if (typeof value === 'string') return mapCode(value, codes);
  if (Array.isArray(value)) return value.map((code) => mapCode(code, codes));
  return value;
}

/** Where an answer to `itemId` of the old version goes, and its value there. */
export function mapAnswer(
  to: Framework,
  mapping: FrameworkMapping,
  itemId: string,
  value: AnswerValue,
): { readonly itemId: string; readonly value: AnswerValue } | null {
  const index = indexFramework(to);
  const target = mapping.items[itemId] ?? itemId;
  const entry = index.itemById.get(target);
  if (!entry) return null;
  if (!isScaled(entry)) return { itemId: target, value };
  const mapped = mapAnswerValue(value, mapping.codes[itemId] ?? mapping.codes[target]);
  return { itemId: target, value: reshaped(mapped, entry.item.kind === 'multichoice') };
}

/**
 * A choice made a list when its question became multichoice, and a one-item list made a choice
 * when it stopped being one; N/A and not known stay plain codes.
 */
function reshaped(value: AnswerValue, multichoice: boolean): AnswerValue {
  if (multichoice && typeof value === 'string' && !isSpecialAnswer(value)) return [value];
  if (!multichoice && Array.isArray(value) && value.length === 1) return value[0]!;
  return value;
}

/**
 * Why a mapping cannot be used between these versions, in words (empty when it can): every
 * renamed item must be in the old version and go to an item of the new one, two items may not go
 * to one, and an item may not take the place of another that keeps its own answers.
 */
export function mappingProblems(
  from: Framework,
  to: Framework,
  mapping: FrameworkMapping,
): string[] {
  const a = indexFramework(from);
  const b = indexFramework(to);
  const problems: string[] = [];
  const targets = new Map<string, string>();
  for (const [old, target] of Object.entries(mapping.items)) {
    if (!a.itemById.has(old)) problems.push(`“${old}” is not a question of ${frameworkKey(from)}`);
    if (!b.itemById.has(target))
      problems.push(`“${target}” is not a question of ${frameworkKey(to)}`);
    const other = targets.get(target);
    if (other !== undefined) problems.push(`“${old}” and “${other}” both go to “${target}”`);
    targets.set(target, old);
    if (target !== old && a.itemById.has(target) && mapping.items[target] === undefined) {
      problems.push(`“${old}” goes to “${target}”, which keeps its own answers`);
    }
  }
  return problems;
}

/**
 * The inspection's second readings, open conflicts and rating overrides carried through the move
 * (only those it changes; the overrides whole), and what the lead is shown of them.
 */
export function recordsAfterMove(
  from: Framework,
  to: Framework,
  mapping: FrameworkMapping,
  records: MoveRecords,
) {
  return moveRecords(
    from,
    to,
    (itemId, value) => mapAnswer(to, mapping, itemId, value),
    (itemId) => mapping.items[itemId] ?? itemId,
    records,
  );
}

/** The plan for every answer of every case (and the records beside them); changes nothing. */
export function planMigration(
  from: Framework,
  to: Framework,
  mapping: FrameworkMapping,
  cases: readonly MigrationCase[],
  records: MoveRecords = NO_RECORDS,
): MigrationPlan {
  const index = indexFramework(to);
  const answers: PlannedAnswer[] = [];
  const counts = { kept: 0, mapped: 0, noLongerAsked: 0, unfit: 0 };
  for (const kase of cases) {
    for (const [itemId, answer] of Object.entries(kase.answers)) {
      const base = { caseId: kase.id, caseReference: kase.ref, itemId, fromValue: answer.value };
      const mapped = mapAnswer(to, mapping, itemId, answer.value);
      if (!mapped) {
        answers.push({ ...base, outcome: 'no-longer-asked', fits: true });
        counts.noLongerAsked++;
        continue;
      }
      const fits = validateAnswer(index, mapped.itemId, mapped.value).status === 'ok';
      if (!fits) counts.unfit++;
      if (mapped.itemId === itemId && sameValue(mapped.value, answer.value)) {
        answers.push({ ...base, outcome: 'kept', fits });
        counts.kept++;
      } else {
        answers.push({
          ...base,
          outcome: 'mapped',
          toItemId: mapped.itemId,
          toValue: mapped.value,
          fits,
        });
        counts.mapped++;
      }
    }
  }
  return {
    from: frameworkKey(from),
    to: frameworkKey(to),
    answers,
    counts,
    records: recordsAfterMove(from, to, mapping, records).plan,
  };
}

/** Items of one parent (a standard, or the profile) in order, by id. */
function itemsByParent(framework: Framework): Map<string, FrameworkItem[]> {
  const groups = new Map<string, FrameworkItem[]>();
  for (const entry of indexFramework(framework).items) {
    const parent = entry.type === 'profile' ? '#profile' : entry.standard.id;
    const list = groups.get(parent);
    if (list) list.push(entry);
    else groups.set(parent, [entry]);
  }
  return groups;
}

/**
 * A starting point for the author's mapping: within each standard (and the profile), the n-th
 * item removed goes to the n-th item added when they are of the same kind; and for every item
 * kept or mapped, option codes renamed in place on its scale.
 */
export function suggestMapping(from: Framework, to: Framework): FrameworkMapping {
  const a = indexFramework(from);
  const b = indexFramework(to);
  const items: Record<string, string> = {};
  const before = itemsByParent(from);
  for (const [parent, after] of itemsByParent(to)) {
    const removed = (before.get(parent) ?? []).filter((e) => !b.itemById.has(e.item.id));
    const added = after.filter((e) => !a.itemById.has(e.item.id));
    removed.forEach((old, i) => {
      const next = added[i];
      if (next && next.item.kind === old.item.kind) items[old.item.id] = next.item.id;
    });
  }
  const codes: Record<string, Record<string, string>> = {};
  for (const old of a.items) {
    const next = b.itemById.get(items[old.item.id] ?? old.item.id);
    if (!next || old.item.scale === undefined || next.item.scale === undefined) continue;
    const sa = a.scaleById.get(old.item.scale);
    const sb = b.scaleById.get(next.item.scale);
    if (!sa || !sb) continue;
    const renamed = renamedCodes(sa, sb);
    if (Object.keys(renamed).length > 0) codes[old.item.id] = renamed;
  }
  return { items, codes };
}
