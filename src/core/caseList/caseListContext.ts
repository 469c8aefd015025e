/**
 * What a case list is checked against: the framework's profile fields and scales, and the
 * inspection's areas and strata. Areas and strata are recognised by id or by name.
 */
import type { Framework } from '../framework/frameworkSchema';
import type { Area, Stratum } from '../inspection/inspectionSchema';

export type CaseListContext = {
  readonly framework: Pick<Framework, 'profile' | 'scales'>;
  readonly areas: readonly Pick<Area, 'id' | 'name'>[];
  readonly strata: readonly Pick<Stratum, 'id' | 'name'>[];
};

/** Case and spacing do not matter when matching a cell to a name or code. */
export function matchKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** id-or-name (any case) → id. Ids win over names if the two ever clash. */
export function namedLookup(named: readonly Pick<Area, 'id' | 'name'>[]): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const item of named) lookup.set(matchKey(item.name), item.id);
  for (const item of named) lookup.set(matchKey(item.id), item.id);
  return lookup;
}

/** "Leeds, Sheffield and 4 more": the names a message offers as valid choices. */
export function listNames(named: readonly Pick<Area, 'name'>[], shown = 10): string {
  const names = named.slice(0, shown).map((item) => item.name);
  const more = named.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}
