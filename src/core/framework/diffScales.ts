/**
 * What changed between two answer scales, for the diff of two framework versions
 * (diffFrameworks.ts): options added (a minor change), options removed, codes renamed and
 * meanings changed (major: existing answers may no longer fit or count the same), labels and
 * descriptions reworded (patch). A renamed code is an option at the same place whose code is
 * new while its old code is gone.
 */
import { ENGLISH, type Translator } from '../i18n/translator';
import { canonicalJson } from '../validation/canonicalJson';
import { differingKeys } from './diffKeys';
import type { Scale, ScaleOption } from './frameworkSchema';

export type ScaleChanges = {
  /** Labels and descriptions reworded. */
  readonly reworded: readonly string[];
  /** Options added. */
  readonly added: readonly string[];
  /** Options removed or renamed, meanings and other settings changed. */
  readonly meaning: readonly string[];
  /** Whether an answer given on the old scale may no longer be one of the new scale's. */
  readonly unfit: boolean;
  /** Old code → new code, for options renamed in place. */
  readonly renamed: Readonly<Record<string, string>>;
};

export const NO_SCALE_CHANGES: ScaleChanges = {
  reworded: [],
  added: [],
  meaning: [],
  unfit: false,
  renamed: {},
};

/** Whether the scales' own settings differ besides options and wording (N/A, not known, order, …). */
function settingsDiffer(a: Scale, b: Scale): boolean {
  return differingKeys(a, b, ['id', 'label', 'options']).length > 0;
}

/** Whether two options are chosen differently (alone, with a text, …). */
function optionSettingsDiffer(a: ScaleOption, b: ScaleOption): boolean {
  return differingKeys(a, b, ['value', 'label', 'description', 'meaning']).length > 0;
}

/** Old code → new code for options at the same place whose old code is gone and new code is new. */
export function renamedCodes(a: Scale, b: Scale): Record<string, string> {
  const aValues = new Set(a.options.map((o) => o.value));
  const bValues = new Set(b.options.map((o) => o.value));
  const renamed: Record<string, string> = {};
  a.options.forEach((option, i) => {
    const other = b.options[i];
    if (other && !bValues.has(option.value) && !aValues.has(other.value)) {
      renamed[option.value] = other.value;
    }
  });
  return renamed;
}

export function diffScales(a: Scale, b: Scale, tr: Translator = ENGLISH): ScaleChanges {
  if (canonicalJson(a) === canonicalJson(b)) return NO_SCALE_CHANGES;
  const renamed = renamedCodes(a, b);
  const renamedTo = new Set(Object.values(renamed));
  const bByValue = new Map(b.options.map((o) => [o.value, o]));
  const aValues = new Set(a.options.map((o) => o.value));
  const reworded: string[] = [];
  const added: string[] = [];
  const meaning: string[] = [];
  let unfit = false;
  if ((a.label ?? '') !== (b.label ?? '')) reworded.push(tr.t('frameworks', 'scale name reworded'));
  for (const option of a.options) {
    const to = renamed[option.value];
    const other = to === undefined ? bByValue.get(option.value) : bByValue.get(to);
    if (!other) {
      meaning.push(tr.t('frameworks', 'answer ‘{label}’ removed', { label: option.label }));
      unfit = true;
      continue;
    }
    if (to !== undefined) {
      meaning.push(
        tr.t('frameworks', 'answer code ‘{from}’ renamed ‘{to}’', { from: option.value, to }),
      );
      unfit = true;
    }
    if (option.label !== other.label) {
      reworded.push(
        tr.t('frameworks', 'answer ‘{from}’ reworded ‘{to}’', {
          from: option.label,
          to: other.label,
        }),
      );
    }
    if ((option.description ?? '') !== (other.description ?? '')) {
      reworded.push(
        tr.t('frameworks', 'description of answer ‘{label}’ reworded', { label: other.label }),
      );
    }
    if (option.meaning !== other.meaning) {
      meaning.push(
        tr.t(
          'frameworks',
          'answer ‘{label}’ now counts as {now, select, positive {positive} negative {negative} other {neutral}}, not {before, select, positive {positive} negative {negative} other {neutral}}',
          { label: other.label, now: other.meaning, before: option.meaning },
        ),
      );
    }
    if (optionSettingsDiffer(option, other)) {
      meaning.push(
        tr.t('frameworks', 'how answer ‘{label}’ is chosen changed', { label: other.label }),
      );
    }
  }
  for (const option of b.options) {
    if (!aValues.has(option.value) && !renamedTo.has(option.value)) {
      added.push(tr.t('frameworks', 'answer ‘{label}’ added', { label: option.label }));
    }
  }
  const order = (s: Scale, values: Set<string>, map: (v: string) => string) =>
    s.options.map((o) => map(o.value)).filter((v) => values.has(v));
  // Options on both sides (renamed ones under their new code), each side in its own order.
  const kept = new Set(
    a.options.map((o) => renamed[o.value] ?? o.value).filter((v) => bByValue.has(v)),
  );
  if (
    canonicalJson(order(a, kept, (v) => renamed[v] ?? v)) !==
    canonicalJson(order(b, kept, (v) => v))
  ) {
    // The order of a rating scale is part of its meaning; elsewhere it is only how it reads.
    (b.ordered ? meaning : reworded).push(tr.t('frameworks', 'answers put in another order'));
  }
  if (settingsDiffer(a, b)) {
    meaning.push(tr.t('frameworks', 'settings of the answers changed (N/A, not known, order)'));
    if ((a.allowNotApplicable && !b.allowNotApplicable) || (a.allowNotKnown && !b.allowNotKnown)) {
      unfit = true;
    }
  }
  return { reworded, added, meaning, unfit, renamed };
}
