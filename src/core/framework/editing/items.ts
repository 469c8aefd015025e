/**
 * Profile fields and the kind of an item: what changes with it (a scale for the scaled kinds,
 * a unit and limits for numbers only), so a kind chosen in the editor leaves no field the new
 * kind may not have.
 */
import {
  type Framework,
  type ItemKind,
  type ProfileField,
  type Question,
  SCALED_KINDS,
} from '../frameworkSchema';
import { moved, replaced, uniqueId, without } from './lists';
import { takenIds } from './structure';

const NUMBER_ONLY = ['unit', 'min', 'max', 'integer', 'thresholds'] as const;

/** The item as the given kind: keeps what that kind may have, drops what it may not. */
export function withKind<T extends Question | ProfileField>(
  item: T,
  kind: ItemKind,
  scales: Framework['scales'],
): T {
  const next: T = { ...item, kind };
  const scaled = (SCALED_KINDS as readonly string[]).includes(kind);
  if (scaled) next.scale = item.scale ?? scales[0]?.id ?? '';
  else delete next.scale;
  if (kind !== 'number') for (const key of NUMBER_ONLY) delete next[key];
  if (kind === 'multichoice' && 'key' in next) delete (next as Question).key;
  return next;
}

export function addProfileField(framework: Framework): Framework {
  const field: ProfileField = {
    id: uniqueId('field', takenIds(framework)),
    text: '',
    kind: 'text',
  };
  return { ...framework, profile: [...framework.profile, field] };
}

export function updateProfileField(
  framework: Framework,
  at: number,
  change: (field: ProfileField) => ProfileField,
): Framework {
  return { ...framework, profile: replaced(framework.profile, at, change) };
}

export function removeProfileField(framework: Framework, at: number): Framework {
  return { ...framework, profile: without(framework.profile, at) };
}

export function moveProfileField(framework: Framework, from: number, to: number): Framework {
  return { ...framework, profile: moved(framework.profile, from, to) };
}
