/**
 * Which column of a case list feeds what: the case reference, the area, the stratum, a profile
 * field, or nothing (the column is dropped). Keyed by the column's heading, which is unique.
 */
import type { Framework } from '../framework/frameworkSchema';

export type ColumnTarget =
  | { readonly kind: 'ref' }
  | { readonly kind: 'area' }
  | { readonly kind: 'stratum' }
  | { readonly kind: 'profile'; readonly fieldId: string }
  | { readonly kind: 'ignore' };

/** Heading → target. A heading left out is ignored. */
export type ColumnMapping = Readonly<Record<string, ColumnTarget>>;

/** A target as one string, for a select box's value: "ref", "area", "profile:age", … */
export function columnTargetKey(target: ColumnTarget): string {
  return target.kind === 'profile' ? `profile:${target.fieldId}` : target.kind;
}

export function columnTargetFromKey(key: string): ColumnTarget {
  if (key.startsWith('profile:')) return { kind: 'profile', fieldId: key.slice('profile:'.length) };
  if (key === 'ref' || key === 'area' || key === 'stratum') return { kind: key };
  return { kind: 'ignore' };
}

export type ColumnTargetChoice = {
  readonly key: string;
  readonly label: string;
  readonly target: ColumnTarget;
};

/** Everything a column can be mapped to, in the order a select box should list them. */
export function columnTargetChoices(framework: Pick<Framework, 'profile'>): ColumnTargetChoice[] {
  const targets: [ColumnTarget, string][] = [
    [{ kind: 'ref' }, 'Case reference'],
    [{ kind: 'area' }, 'Area'],
    [{ kind: 'stratum' }, 'Stratum'],
    ...framework.profile.map((field): [ColumnTarget, string] => [
      { kind: 'profile', fieldId: field.id },
      `Profile: ${field.text}`,
    ]),
    [{ kind: 'ignore' }, 'Do not import'],
  ];
  return targets.map(([target, label]) => ({ key: columnTargetKey(target), label, target }));
}

/** A target in words, for previews and messages. */
export function describeColumnTarget(
  target: ColumnTarget,
  framework: Pick<Framework, 'profile'>,
): string {
  switch (target.kind) {
    case 'ref':
      return 'Case reference';
    case 'area':
      return 'Area';
    case 'stratum':
      return 'Stratum';
    case 'ignore':
      return 'Do not import';
    case 'profile':
      return framework.profile.find((f) => f.id === target.fieldId)?.text ?? target.fieldId;
  }
}
