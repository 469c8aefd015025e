/**
 * The findings engine's first step: an inspection's answers classified once into compact
 * columns, one typed array per item (SPEC §4). Counting then reads only these arrays
 * (findingsCounters.ts), so changing the basis, the breakdown or the confidence level never
 * reads a case again, and the counting loops touch a byte per answer.
 *
 * Per item, per case: the slot the answer counts in, relative to the item's offset — an option
 * index, or `optionCount +` ANSWERED | NA | NK | UNANSWERED | HIDDEN | INVALID (findingsPlan.ts),
 * applicability rules resolved here. Multichoice choices as bit sets, numbers as doubles, and
 * each breakdown dimension as key indexes per case.
 */

import type { Framework } from '../framework/frameworkSchema';
import type { AnswerValue } from '../inspection/answerValue';
import { type BreakdownBy, profileKey, profileKeys } from './breakdownGroups';
import { type FindingsCase, isCompleteStatus, valuesOf } from './findingsCase';
import type { DimensionKeys } from './findingsCells';
import { type ProgressTally, progressTally } from './findingsCompleteness';
import {
  ANSWERED,
  answerSlot,
  type FindingsPlan,
  HIDDEN,
  type PlannedItem,
  planFindings,
  selectedOptions,
  UNANSWERED,
} from './findingsPlan';

export type FindingsColumns = {
  readonly framework: Framework;
  readonly plan: FindingsPlan;
  /** Cases classified. */
  readonly cases: number;
  /** Per item (plan order): each case's slot relative to the item's offset. */
  readonly codes: readonly (Uint8Array | Uint16Array)[];
  /** Per item: for a multichoice item, each case's choices as `words` 32-bit words; else null. */
  readonly choices: readonly (Uint32Array | null)[];
  /** 32-bit words per case in `choices` for each item (0 for other items). */
  readonly words: readonly number[];
  /** Per number item (its `numberSlot`): each case's number, NaN unless answered. */
  readonly numbers: readonly Float64Array[];
  /** Per case: 1 when marked complete or moderated. */
  readonly complete: Uint8Array;
  /** Case fields and profile fields by breakdown id. */
  readonly dimensions: ReadonlyMap<BreakdownBy, DimensionKeys>;
  /** Required items answered and applicable, per case, area and inspector. */
  readonly progress: ProgressTally;
};

/** Builds one dimension's keys, case by case, in order. */
class KeysBuilder {
  private readonly keyIndex = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly index: Int32Array;
  /** Every key of every case, for a profile field (a list answer can give several). */
  private readonly offsets: Int32Array | null;
  private readonly list: number[] = [];
  private several = false;

  constructor(
    n: number,
    lists: boolean,
    private readonly multiple: boolean,
  ) {
    this.index = new Int32Array(n);
    this.offsets = lists ? new Int32Array(n + 1) : null;
  }

  private at(key: string): number {
    let at = this.keyIndex.get(key);
    if (at === undefined) {
      at = this.keys.length;
      this.keyIndex.set(key, at);
      this.keys.push(key);
    }
    return at;
  }

  addOne(c: number, key: string): void {
    const at = this.at(key);
    this.index[c] = at;
    if (this.offsets) {
      this.list.push(at);
      this.offsets[c + 1] = this.list.length;
    }
  }

  add(c: number, keys: readonly string[]): void {
    for (let k = 0; k < keys.length; k++) {
      const at = this.at(keys[k]!);
      if (k === 0) this.index[c] = at;
      this.list.push(at);
    }
    if (keys.length > 1) this.several = true;
    this.offsets![c + 1] = this.list.length;
  }

  build(): DimensionKeys {
    const { keys, index, offsets } = this;
    const lists = offsets !== null && (this.multiple || this.several);
    return { keys, index, multi: lists ? { offsets, list: Int32Array.from(this.list) } : null };
  }
}

function codesFor(item: PlannedItem, n: number): Uint8Array | Uint16Array {
  // Slots run from 0 to optionCount + 5 (findingsPlan.ts).
  return item.optionCount + 6 <= 256 ? new Uint8Array(n) : new Uint16Array(n);
}

/** Sets the bits of a valid multichoice answer's options for case c. */
function setChoices(
  bits: Uint32Array,
  words: number,
  c: number,
  item: PlannedItem,
  value: AnswerValue,
) {
  for (const option of selectedOptions(item, value as string | string[])) {
    bits[c * words + (option >>> 5)]! |= 1 << (option & 31);
  }
}

/** The columns being filled, with what classifying one case needs. */
type Build = {
  readonly plan: FindingsPlan;
  readonly codes: (Uint8Array | Uint16Array)[];
  readonly choices: (Uint32Array | null)[];
  readonly words: number[];
  readonly numbers: Float64Array[];
  /** Per item: the builder of its keys when it is a profile field; else null. */
  readonly profile: (KeysBuilder | null)[];
  /** Rules look back at earlier items' values and hidden flags. */
  readonly values: (AnswerValue | undefined)[];
  readonly hidden: Uint8Array;
};

/** Classifies every answer of case c; returns [required answered, required applicable]. */
function classifyCase(build: Build, kase: FindingsCase, c: number): [number, number] {
  const { plan, codes, values, hidden } = build;
  const { items } = plan;
  const tests = plan.rules?.tests ?? null;
  const answers = valuesOf(kase, plan);
  let answered = 0;
  let applicable = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const exclusions = item.optionCount;
    const test = tests === null ? null : tests[i]!;
    let code: number;
    let value: AnswerValue | undefined;
    if (test !== null && !test(values, hidden, kase)) {
      hidden[i] = 1;
      values[i] = undefined;
      code = exclusions + HIDDEN;
    } else {
      hidden[i] = 0;
      value = answers[item.id];
      values[i] = value;
      code = answerSlot(item, value);
      if (item.required) {
        applicable++;
        if (code !== exclusions + UNANSWERED) answered++;
      }
    }
    codes[i]![c] = code;
    if (code === exclusions + ANSWERED) {
      if (item.type === 'multichoice') {
        setChoices(build.choices[i]!, build.words[i]!, c, item, value!);
      } else if (item.type === 'number') build.numbers[item.numberSlot]![c] = value as number;
    }
    const keys = build.profile[i];
    if (keys) {
      if (Array.isArray(value)) keys.add(c, profileKeys(item, value, hidden[i] === 1));
      else keys.addOne(c, profileKey(value as string | number | null | undefined, hidden[i] === 1));
    }
  }
  return [answered, applicable];
}

/** Classifies every case's answers once; the framework must have passed `checkFramework`. */
export function findingsColumns(
  framework: Framework,
  cases: readonly FindingsCase[],
): FindingsColumns {
  const plan = planFindings(framework);
  const n = cases.length;
  const { items } = plan;
  const words = items.map((item) =>
    item.type === 'multichoice' ? Math.max(1, Math.ceil(item.optionCount / 32)) : 0,
  );
  const build: Build = {
    plan,
    codes: items.map((item) => codesFor(item, n)),
    choices: items.map((item, i) =>
      item.type === 'multichoice' ? new Uint32Array(n * words[i]!) : null,
    ),
    words,
    numbers: items
      .filter((item) => item.type === 'number')
      .map(() => new Float64Array(n).fill(Number.NaN)),
    profile: items.map((item) =>
      item.entry.type === 'profile' ? new KeysBuilder(n, true, item.type === 'multichoice') : null,
    ),
    values: new Array(items.length).fill(undefined),
    hidden: new Uint8Array(items.length),
  };
  const caseFields = ['area', 'stratum', 'inspector', 'inspection'] as const;
  const fields = caseFields.map(() => new KeysBuilder(n, false, false));
  const [area, stratum, inspector, inspection] = fields as [
    KeysBuilder,
    KeysBuilder,
    KeysBuilder,
    KeysBuilder,
  ];
  const complete = new Uint8Array(n);
  const progress = progressTally(n);
  for (let c = 0; c < n; c++) {
    const kase = cases[c]!;
    complete[c] = isCompleteStatus(kase.status) ? 1 : 0;
    area.addOne(c, kase.areaId);
    stratum.addOne(c, kase.stratumId ?? '');
    inspector.addOne(c, kase.inspectorId ?? '');
    inspection.addOne(c, kase.inspectionId ?? '');
    const [answered, applicable] = classifyCase(build, kase, c);
    progress.add(kase, c, answered, applicable);
  }
  const dimensions = new Map<BreakdownBy, DimensionKeys>();
  caseFields.forEach((by, k) => {
    dimensions.set(by, fields[k]!.build());
  });
  items.forEach((item, i) => {
    const keys = build.profile[i];
    // A profile field called like a case field ("area") is never a breakdown of its own.
    if (keys && !dimensions.has(item.id)) dimensions.set(item.id, keys.build());
  });
  const { codes, choices, numbers } = build;
  return {
    framework,
    plan,
    cases: n,
    codes,
    choices,
    words,
    numbers,
    complete,
    dimensions,
    progress,
  };
}
