/**
 * A number with the unit a framework names for it, agreeing with the number: "1 placement",
 * "3 placements", "2.5 years". Frameworks name units in the plural, as a form's label shows
 * them ("placements", "moves", "miles"); the form for one is made by dropping the English
 * plural ending, and a unit that does not end like a plural is left as it is ("kg").
 */
import { formatCount, pluralForm } from './plural';

/** "placements" → "placement", "entries" → "entry", "matches" → "match", "kg" → "kg". */
export function unitForOne(unit: string): string {
  if (/[^aeiou]ies$/i.test(unit)) return `${unit.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes)$/i.test(unit)) return unit.slice(0, -2);
  if (/[^su]s$/i.test(unit)) return unit.slice(0, -1);
  return unit;
}

export function numberWithUnit(value: number, unit: string): string {
  return `${formatCount(value)} ${pluralForm(value, { one: unitForOne(unit), other: unit })}`;
}
