/**
 * Over 400 lines: one pass over both versions, each change said in words where it is found.
 *
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
import { ENGLISH, type Translator } from '../i18n/translator';
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
  /** Each change is said in the reader's language as it is found. */
  constructor(readonly tr: Translator) {}

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

/** A change to an item's wording, in words; undefined for a key that is not wording. */
function itemWording(key: string, tr: Translator): string | undefined {
  switch (key) {
    case 'text':
      return tr.t('frameworks', 'text reworded');
    case 'guidance':
      return tr.t('frameworks', 'guidance reworded');
    case 'prompts':
      return tr.t('frameworks', 'prompts reworded');
    case 'finding':
      return tr.t('frameworks', 'finding wording reworded');
    case 'wording':
      return tr.t('frameworks', 'wording status changed');
    default:
      return undefined;
  }
}

type Item = Question | ProfileField;

/** A number's answers: a range or whole-number rule that a given answer may no longer meet. */
function numberFieldChange(c: EntryChanges, key: string, a: Item, b: Item) {
  const narrower =
    (key === 'min' && b.min !== undefined && (a.min === undefined || b.min > a.min)) ||
    (key === 'max' && b.max !== undefined && (a.max === undefined || b.max < a.max)) ||
    (key === 'integer' && b.integer === true);
  const detail = c.tr.t(
    'frameworks',
    '{key, select, integer {whole numbers} other {{key}}} changed',
    {
      key,
    },
  );
  c.add('answers', detail, 'major', narrower);
}

/** N/A or not known offered on the item itself (number, date and text items). */
function offeredChange(c: EntryChanges, key: string, a: Item, b: Item) {
  const what =
    key === 'allowNotApplicable'
      ? c.tr.t('frameworks', 'N/A')
      : c.tr.t('frameworks', '“Not known”');
  const now = (b as Record<string, unknown>)[key] === true;
  const before = (a as Record<string, unknown>)[key] === true;
  if (now && !before)
    c.add('answers', c.tr.t('frameworks', '{what} now offered', { what }), 'minor');
  else
    c.add('answers', c.tr.t('frameworks', '{what} no longer offered', { what }), 'major', before);
}

type ScalePair = (a: string, b: string) => ScaleChanges;

function scaleChange(c: EntryChanges, a: Item, b: Item, pair: ScalePair) {
  if (a.scale === undefined || b.scale === undefined) return;
  if (a.scale !== b.scale) {
    const detail = c.tr.t('frameworks', 'answers now from scale ‘{to}’, not ‘{from}’', {
      to: b.scale,
      from: a.scale,
    });
    c.add('answers', detail, 'patch');
  }
  const s = pair(a.scale, b.scale);
  for (const d of s.reworded) c.add('reworded', d, 'patch');
  for (const d of s.added) c.add('answers', d, 'minor');
  for (const d of s.meaning) c.add('answers', d, 'major', s.unfit);
}

function itemEntry(a: Item, b: Item, pair: ScalePair, tr: Translator): EntryChanges {
  const c = new EntryChanges(tr);
  for (const key of differingKeys(a, b, ['id', 'scale'])) {
    const wording = itemWording(key, tr);
    if (wording) c.add('reworded', wording, 'patch');
    else if (key === 'showWhen')
      c.add('rule', tr.t('frameworks', 'when it is asked changed'), 'major');
    else if (key === 'required') {
      const now =
        b.required === false
          ? tr.t('frameworks', 'now optional')
          : tr.t('frameworks', 'now required');
      c.add('rule', now, 'major');
    } else if (key === 'key') {
      const nowKey = (b as Question).key === true;
      const now = nowKey
        ? tr.t('frameworks', 'now a key question')
        : tr.t('frameworks', 'no longer a key question');
      c.add('key', now, 'major');
    } else if (key === 'kind') {
      const detail = tr.t('frameworks', 'kind changed from {from} to {to}', {
        from: a.kind,
        to: b.kind,
      });
      c.add('kind', detail, 'major', true);
    } else if (key === 'min' || key === 'max' || key === 'integer') numberFieldChange(c, key, a, b);
    else if (key === 'allowNotApplicable' || key === 'allowNotKnown') offeredChange(c, key, a, b);
    else c.add('answers', tr.t('frameworks', '{key} changed', { key }), 'major');
  }
  if (a.kind === b.kind) scaleChange(c, a, b, pair);
  return c;
}

/** Sections and standards: wording, rules, and (standards) how they are rated. */
function groupEntry(a: object, b: object, skip: string, tr: Translator): EntryChanges {
  const c = new EntryChanges(tr);
  for (const key of differingKeys(a, b, ['id', skip])) {
    if (key === 'title' || key === 'description') {
      const detail = tr.t(
        'frameworks',
        '{key, select, title {title} other {description}} reworded',
        {
          key,
        },
      );
      c.add('reworded', detail, 'patch');
    } else if (key === 'ratedBy')
      c.add('ratings', tr.t('frameworks', 'how it is rated changed'), 'major');
    else if (key === 'showWhen')
      c.add('rule', tr.t('frameworks', 'when it is asked changed'), 'major');
    else c.add('rule', tr.t('frameworks', '{key} changed', { key }), 'major');
  }
  return c;
}

function scaleEntry(s: ScaleChanges, tr: Translator): EntryChanges {
  const c = new EntryChanges(tr);
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
  tr: Translator,
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
        plain(
          id,
          kind,
          tr.t('frameworks', 'added: {label}', { label: short(describe.label(placed.node)) }),
          'minor',
          false,
        ),
      );
      continue;
    }
    const c = describe.compare(id, before.node, placed.node);
    if (before.parent !== placed.parent) {
      const detail = tr.t('frameworks', 'moved from {from} to {to}', {
        from: describe.parentName(before.parent, 'a'),
        to: describe.parentName(placed.parent, 'b'),
      });
      c.add('moved', detail, 'minor');
    } else if (moved.has(id)) {
      c.add('moved', tr.t('frameworks', 'moved to another place in the order'), 'minor');
    }
    const entry = c.entry(id, kind);
    if (entry) lists.changed.push(entry);
  }
  const items = kind === 'question' || kind === 'profileField';
  for (const [id, placed] of a) {
    if (!b.has(id)) {
      lists.removed.push(
        plain(
          id,
          kind,
          tr.t('frameworks', 'removed: {label}', { label: short(describe.label(placed.node)) }),
          'major',
          items,
        ),
      );
    }
  }
}

function compareScales(lists: Lists, tr: Translator, a: Places, b: Places, pair: ScalePair) {
  for (const [id, scale] of b.scales) {
    if (!a.scales.has(id)) {
      const detail = tr.t('frameworks', 'added: scale ‘{label}’', { label: scale.label ?? id });
      lists.added.push(plain(id, 'scale', detail, 'minor', false));
    } else {
      const entry = scaleEntry(pair(id, id), tr).entry(id, 'scale');
      if (entry) lists.changed.push(entry);
    }
  }
  for (const [id, scale] of a.scales) {
    if (!b.scales.has(id)) {
      const detail = tr.t('frameworks', 'removed: scale ‘{label}’', { label: scale.label ?? id });
      lists.removed.push(plain(id, 'scale', detail, 'major', false));
    }
  }
}

/** A change to the rating rules, in words. */
function ratingWords(key: string, tr: Translator): string {
  switch (key) {
    case 'bands':
      return tr.t('frameworks', 'percentage bands changed');
    case 'rounding':
      return tr.t('frameworks', 'rounding of percentages changed');
    case 'standardRule':
      return tr.t('frameworks', 'how standards are rated changed');
    case 'overall':
      return tr.t('frameworks', 'overall rating rule changed');
    default:
      return tr.t('frameworks', 'rating {key} changed', { key });
  }
}

function compareRatings(lists: Lists, tr: Translator, a: Framework, b: Framework) {
  if (canonicalJson(a.rating ?? null) === canonicalJson(b.rating ?? null)) return;
  if (!a.rating) {
    const detail = tr.t('frameworks', 'rating rules added');
    lists.added.push(plain('rating', 'ratings', detail, 'major', false));
  } else if (!b.rating) {
    const detail = tr.t('frameworks', 'rating rules removed');
    lists.removed.push(plain('rating', 'ratings', detail, 'major', false));
  } else {
    const c = new EntryChanges(tr);
    for (const key of differingKeys(a.rating, b.rating, [])) {
      c.add('ratings', ratingWords(key, tr), 'major');
    }
    lists.changed.push(c.entry('rating', 'ratings')!);
  }
}

/** Welsh added (minor: the framework says more), changed or removed (patch: wording). */
function compareTranslations(lists: Lists, tr: Translator, a: Framework, b: Framework) {
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
    ...(added > 0
      ? [
          tr.t('frameworks', 'Welsh added for {count, plural, one {# text} other {# texts}}', {
            count: added,
          }),
        ]
      : []),
    ...(changed > 0
      ? [
          tr.t('frameworks', 'Welsh changed for {count, plural, one {# text} other {# texts}}', {
            count: changed,
          }),
        ]
      : []),
    ...(removed > 0
      ? [
          tr.t('frameworks', 'Welsh removed for {count, plural, one {# text} other {# texts}}', {
            count: removed,
          }),
        ]
      : []),
  ];
  const impact: DiffImpact = added > 0 ? 'minor' : 'patch';
  const changes: DiffChange[] = ['reworded'];
  lists.changed.push({ id: 'cy', kind: 'translations', changes, details, impact, unfit: false });
}

/** The differences from version `a` to version `b` of a framework (any two frameworks work). */
export function diffFrameworks(
  a: Framework,
  b: Framework,
  tr: Translator = ENGLISH,
): FrameworkDiff {
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
      found = sa && sb ? diffScales(sa, sb, tr) : NO_SCALE_CHANGES;
      scaleCache.set(key, found);
    }
    return found;
  };
  const lists: Lists = { added: [], removed: [], changed: [] };
  const titleOf = (places: Places) => (id: string) =>
    places.sections.get(id)?.node.title ?? places.standards.get(id)?.node.title ?? id;
  const parentName = (parent: string, side: 'a' | 'b') =>
    `‘${short(titleOf(side === 'a' ? pa : pb)(parent))}’`;
  compareKind(lists, tr, 'section', pa.sections, pb.sections, {
    label: (s) => s.title,
    parentName,
    compare: (_id, x, y) => groupEntry(x, y, 'standards', tr),
  });
  compareKind(lists, tr, 'standard', pa.standards, pb.standards, {
    label: (s) => s.title,
    parentName,
    compare: (_id, x, y) => groupEntry(x, y, 'questions', tr),
  });
  compareKind(lists, tr, 'profileField', pa.profile, pb.profile, {
    label: (q) => q.text,
    parentName,
    compare: (_id, x, y) => itemEntry(x, y, pair, tr),
  });
  compareKind(lists, tr, 'question', pa.questions, pb.questions, {
    label: (q) => q.text,
    parentName,
    compare: (_id, x, y) => itemEntry(x, y, pair, tr),
  });
  compareScales(lists, tr, pa, pb, pair);
  compareRatings(lists, tr, a, b);
  compareTranslations(lists, tr, a, b);
  return { from: frameworkKey(a), to: frameworkKey(b), ...lists };
}
