/**
 * What changed between two versions of a framework: questions, profile fields, standards,
 * sections, scales and the rating rules added, removed or changed, and for each change what
 * kind it is — moved, reworded (text, guidance, prompts, finding wording), answers (options
 * added, removed, renamed, meaning changed; N/A and not known; a number's range), rule (when it
 * is asked, whether it is required), key, kind, ratings, Welsh text — with its weight: patch for wording,
 * minor for additions and moves, major for removals and changes of meaning. The weight is what
 * suggests the next version's number (frameworkVersions.ts).
 *
 * Items are matched by id: a renamed id is a removal and an addition (migrationPlan.ts maps it).
 * Moves are the fewest that explain the new order (a longest run kept in order stays put), so
 * one question moved to the end is one move, not every question after it. Linear in the size of
 * the two frameworks but for the sort of that run: 300-question versions take milliseconds.
 */
import { canonicalJson } from '../validation/canonicalJson';
import { differingKeys } from './diffKeys';
import { diffScales, NO_SCALE_CHANGES, type ScaleChanges } from './diffScales';
import { frameworkKey } from './frameworkItems';
import type { Framework, ProfileField, Question, Scale } from './frameworkSchema';

export type DiffKind =
  | 'question'
  | 'profileField'
  | 'standard'
  | 'section'
  | 'scale'
  | 'ratings'
  | 'translations';
export type DiffChange = 'moved' | 'reworded' | 'answers' | 'rule' | 'key' | 'kind' | 'ratings';
/** patch: wording only; minor: something added or moved; major: removed or changed in meaning. */
export type DiffImpact = 'patch' | 'minor' | 'major';

export type DiffEntry = {
  readonly id: string;
  readonly kind: DiffKind;
  readonly changes: readonly DiffChange[];
  /** Each change in words, e.g. "answer ‘Partly’ added". */
  readonly details: readonly string[];
  readonly impact: DiffImpact;
  /** Questions and profile fields: an answer given before may no longer be accepted. */
  readonly unfit: boolean;
};

export type FrameworkDiff = {
  /** `id@version` of each side. */
  readonly from: string;
  readonly to: string;
  readonly added: readonly DiffEntry[];
  readonly removed: readonly DiffEntry[];
  readonly changed: readonly DiffEntry[];
};

type Placed<T> = { readonly node: T; readonly order: number; readonly parent: string };

type Places = {
  readonly sections: Map<string, Placed<Framework['sections'][number]>>;
  readonly standards: Map<string, Placed<Framework['sections'][number]['standards'][number]>>;
  readonly questions: Map<string, Placed<Question>>;
  readonly profile: Map<string, Placed<ProfileField>>;
  readonly scales: Map<string, Scale>;
};

function placesOf(framework: Framework): Places {
  const places: Places = {
    sections: new Map(),
    standards: new Map(),
    questions: new Map(),
    profile: new Map(),
    scales: new Map(framework.scales.map((s) => [s.id, s])),
  };
  framework.profile.forEach((node, order) => {
    places.profile.set(node.id, { node, order, parent: '' });
  });
  framework.sections.forEach((section, i) => {
    places.sections.set(section.id, { node: section, order: i, parent: '' });
    for (const standard of section.standards) {
      places.standards.set(standard.id, {
        node: standard,
        order: places.standards.size,
        parent: section.id,
      });
      for (const question of standard.questions) {
        places.questions.set(question.id, {
          node: question,
          order: places.questions.size,
          parent: standard.id,
        });
      }
    }
  });
  return places;
}

/**
 * Ids kept in both whose place in the order changed: those outside a longest run of kept ids
 * that are in the same order on both sides (patience sorting, n log n).
 */
export function movedIds<T>(a: Map<string, Placed<T>>, b: Map<string, Placed<T>>): Set<string> {
  const kept = [...a.keys()].filter((id) => b.has(id));
  const seq = kept.map((id) => b.get(id)!.order);
  const tails: number[] = [];
  const tailAt: number[] = [];
  const previous: number[] = new Array(seq.length).fill(-1);
  seq.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
    tailAt[lo] = i;
    previous[i] = lo > 0 ? tailAt[lo - 1]! : -1;
  });
  const inRun = new Set<number>();
  for (let i = tails.length > 0 ? tailAt[tails.length - 1]! : -1; i >= 0; i = previous[i]!) {
    inRun.add(i);
  }
  return new Set(kept.filter((_, i) => !inRun.has(i)));
}

const WEIGHT: Record<DiffImpact, number> = { patch: 0, minor: 1, major: 2 };

/** Collects the changes of one entry. */
class EntryChanges {
  readonly changes = new Set<DiffChange>();
  readonly details: string[] = [];
  impact: DiffImpact = 'patch';
  unfit = false;

  add(change: DiffChange, detail: string, impact: DiffImpact, unfit = false) {
    this.changes.add(change);
    this.details.push(detail);
    if (WEIGHT[impact] > WEIGHT[this.impact]) this.impact = impact;
    if (unfit) this.unfit = true;
  }

  entry(id: string, kind: DiffKind): DiffEntry | null {
    if (this.changes.size === 0) return null;
    return {
      id,
      kind,
      changes: [...this.changes],
      details: this.details,
      impact: this.impact,
      unfit: this.unfit,
    };
  }
}

const ITEM_WORDING: Record<string, string> = {
  text: 'text reworded',
  guidance: 'guidance reworded',
  prompts: 'prompts reworded',
  finding: 'finding wording reworded',
  wording: 'wording status changed',
};

type Item = Question | ProfileField;

/** A number's answers: a range or whole-number rule that a given answer may no longer meet. */
function numberFieldChange(c: EntryChanges, key: string, a: Item, b: Item) {
  const narrower =
    (key === 'min' && b.min !== undefined && (a.min === undefined || b.min > a.min)) ||
    (key === 'max' && b.max !== undefined && (a.max === undefined || b.max < a.max)) ||
    (key === 'integer' && b.integer === true);
  c.add('answers', `${key === 'integer' ? 'whole numbers' : key} changed`, 'major', narrower);
}

/** N/A or not known offered on the item itself (number, date and text items). */
function offeredChange(c: EntryChanges, key: string, a: Item, b: Item) {
  const what = key === 'allowNotApplicable' ? 'N/A' : '“Not known”';
  const now = (b as Record<string, unknown>)[key] === true;
  const before = (a as Record<string, unknown>)[key] === true;
  if (now && !before) c.add('answers', `${what} now offered`, 'minor');
  else c.add('answers', `${what} no longer offered`, 'major', before);
}

type ScalePair = (a: string, b: string) => ScaleChanges;

function scaleChange(c: EntryChanges, a: Item, b: Item, pair: ScalePair) {
  if (a.scale === undefined || b.scale === undefined) return;
  if (a.scale !== b.scale)
    c.add('answers', `answers now from scale ‘${b.scale}’, not ‘${a.scale}’`, 'patch');
  const s = pair(a.scale, b.scale);
  for (const d of s.reworded) c.add('reworded', d, 'patch');
  for (const d of s.added) c.add('answers', d, 'minor');
  for (const d of s.meaning) c.add('answers', d, 'major', s.unfit);
}

function itemEntry(a: Item, b: Item, pair: ScalePair): EntryChanges {
  const c = new EntryChanges();
  for (const key of differingKeys(a, b, ['id', 'scale'])) {
    const wording = ITEM_WORDING[key];
    if (wording) c.add('reworded', wording, 'patch');
    else if (key === 'showWhen') c.add('rule', 'when it is asked changed', 'major');
    else if (key === 'required')
      c.add('rule', b.required === false ? 'now optional' : 'now required', 'major');
    else if (key === 'key') {
      const nowKey = (b as Question).key === true;
      c.add('key', nowKey ? 'now a key question' : 'no longer a key question', 'major');
    } else if (key === 'kind')
      c.add('kind', `kind changed from ${a.kind} to ${b.kind}`, 'major', true);
    else if (key === 'min' || key === 'max' || key === 'integer') numberFieldChange(c, key, a, b);
    else if (key === 'allowNotApplicable' || key === 'allowNotKnown') offeredChange(c, key, a, b);
    else c.add('answers', `${key} changed`, 'major');
  }
  if (a.kind === b.kind) scaleChange(c, a, b, pair);
  return c;
}

/** Sections and standards: wording, rules, and (standards) how they are rated. */
function groupEntry(a: object, b: object, skip: string): EntryChanges {
  const c = new EntryChanges();
  for (const key of differingKeys(a, b, ['id', skip])) {
    if (key === 'title' || key === 'description') c.add('reworded', `${key} reworded`, 'patch');
    else if (key === 'ratedBy') c.add('ratings', 'how it is rated changed', 'major');
    else if (key === 'showWhen') c.add('rule', 'when it is asked changed', 'major');
    else c.add('rule', `${key} changed`, 'major');
  }
  return c;
}

function scaleEntry(s: ScaleChanges): EntryChanges {
  const c = new EntryChanges();
  for (const d of s.reworded) c.add('reworded', d, 'patch');
  for (const d of s.added) c.add('answers', d, 'minor');
  for (const d of s.meaning) c.add('answers', d, 'major', s.unfit);
  return c;
}

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

function plain(id: string, kind: DiffKind, detail: string, impact: DiffImpact, unfit: boolean) {
  return { id, kind, changes: [], details: [detail], impact, unfit } satisfies DiffEntry;
}

type Lists = { added: DiffEntry[]; removed: DiffEntry[]; changed: DiffEntry[] };

/** One kind of node: added, removed, moved and changed, in the new version's order. */
function compareKind<T>(
  lists: Lists,
  kind: DiffKind,
  a: Map<string, Placed<T>>,
  b: Map<string, Placed<T>>,
  describe: {
    readonly label: (node: T) => string;
    readonly parentName: (parent: string, side: 'a' | 'b') => string;
    readonly compare: (id: string, x: T, y: T) => EntryChanges;
  },
) {
  const moved = movedIds(a, b);
  for (const [id, placed] of b) {
    const before = a.get(id);
    if (!before) {
      lists.added.push(
        plain(id, kind, `added: ${short(describe.label(placed.node))}`, 'minor', false),
      );
      continue;
    }
    const c = describe.compare(id, before.node, placed.node);
    if (before.parent !== placed.parent) {
      c.add(
        'moved',
        `moved from ${describe.parentName(before.parent, 'a')} to ${describe.parentName(placed.parent, 'b')}`,
        'minor',
      );
    } else if (moved.has(id)) c.add('moved', 'moved to another place in the order', 'minor');
    const entry = c.entry(id, kind);
    if (entry) lists.changed.push(entry);
  }
  const items = kind === 'question' || kind === 'profileField';
  for (const [id, placed] of a) {
    if (!b.has(id)) {
      lists.removed.push(
        plain(id, kind, `removed: ${short(describe.label(placed.node))}`, 'major', items),
      );
    }
  }
}

function compareScales(lists: Lists, a: Places, b: Places, pair: ScalePair) {
  for (const [id, scale] of b.scales) {
    if (!a.scales.has(id))
      lists.added.push(plain(id, 'scale', `added: scale ‘${scale.label ?? id}’`, 'minor', false));
    else {
      const entry = scaleEntry(pair(id, id)).entry(id, 'scale');
      if (entry) lists.changed.push(entry);
    }
  }
  for (const [id, scale] of a.scales) {
    if (!b.scales.has(id))
      lists.removed.push(
        plain(id, 'scale', `removed: scale ‘${scale.label ?? id}’`, 'major', false),
      );
  }
}

const RATING_WORDS: Readonly<Record<string, string>> = {
  bands: 'percentage bands changed',
  rounding: 'rounding of percentages changed',
  standardRule: 'how standards are rated changed',
  overall: 'overall rating rule changed',
};

function compareRatings(lists: Lists, a: Framework, b: Framework) {
  if (canonicalJson(a.rating ?? null) === canonicalJson(b.rating ?? null)) return;
  if (!a.rating) lists.added.push(plain('rating', 'ratings', 'rating rules added', 'major', false));
  else if (!b.rating)
    lists.removed.push(plain('rating', 'ratings', 'rating rules removed', 'major', false));
  else {
    const c = new EntryChanges();
    for (const key of differingKeys(a.rating, b.rating, [])) {
      c.add('ratings', RATING_WORDS[key] ?? `rating ${key} changed`, 'major');
    }
    lists.changed.push(c.entry('rating', 'ratings')!);
  }
}

const texts = (n: number) => (n === 1 ? '1 text' : `${n} texts`);

/** Welsh added (minor: the framework says more), changed or removed (patch: wording). */
function compareTranslations(lists: Lists, a: Framework, b: Framework) {
  const before = a.translations?.cy ?? {};
  const after = b.translations?.cy ?? {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  let added = 0;
  let changed = 0;
  let removed = 0;
  for (const key of keys) {
    if (before[key] === undefined) added++;
    else if (after[key] === undefined) removed++;
    else if (before[key] !== after[key]) changed++;
  }
  if (added + changed + removed === 0) return;
  const details = [
    ...(added > 0 ? [`Welsh added for ${texts(added)}`] : []),
    ...(changed > 0 ? [`Welsh changed for ${texts(changed)}`] : []),
    ...(removed > 0 ? [`Welsh removed for ${texts(removed)}`] : []),
  ];
  const impact: DiffImpact = added > 0 ? 'minor' : 'patch';
  const changes: DiffChange[] = ['reworded'];
  lists.changed.push({ id: 'cy', kind: 'translations', changes, details, impact, unfit: false });
}

/** The differences from version `a` to version `b` of a framework (any two frameworks work). */
export function diffFrameworks(a: Framework, b: Framework): FrameworkDiff {
  const pa = placesOf(a);
  const pb = placesOf(b);
  const scaleCache = new Map<string, ScaleChanges>();
  const pair: ScalePair = (x, y) => {
    const key = `${x}\u0000${y}`;
    let found = scaleCache.get(key);
    if (!found) {
      const sa = pa.scales.get(x);
      const sb = pb.scales.get(y);
      // A draft may name a scale it does not have yet: nothing to compare.
      found = sa && sb ? diffScales(sa, sb) : NO_SCALE_CHANGES;
      scaleCache.set(key, found);
    }
    return found;
  };
  const lists: Lists = { added: [], removed: [], changed: [] };
  const titleOf = (places: Places) => (id: string) =>
    places.sections.get(id)?.node.title ?? places.standards.get(id)?.node.title ?? id;
  const parentName = (parent: string, side: 'a' | 'b') =>
    `‘${short(titleOf(side === 'a' ? pa : pb)(parent))}’`;
  compareKind(lists, 'section', pa.sections, pb.sections, {
    label: (s) => s.title,
    parentName,
    compare: (_id, x, y) => groupEntry(x, y, 'standards'),
  });
  compareKind(lists, 'standard', pa.standards, pb.standards, {
    label: (s) => s.title,
    parentName,
    compare: (_id, x, y) => groupEntry(x, y, 'questions'),
  });
  compareKind(lists, 'profileField', pa.profile, pb.profile, {
    label: (q) => q.text,
    parentName,
    compare: (_id, x, y) => itemEntry(x, y, pair),
  });
  compareKind(lists, 'question', pa.questions, pb.questions, {
    label: (q) => q.text,
    parentName,
    compare: (_id, x, y) => itemEntry(x, y, pair),
  });
  compareScales(lists, pa, pb, pair);
  compareRatings(lists, a, b);
  compareTranslations(lists, a, b);
  return { from: frameworkKey(a), to: frameworkKey(b), ...lists };
}
