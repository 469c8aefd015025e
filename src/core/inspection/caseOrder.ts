/**
 * The two orders cases are listed in by reference. Draws and files use UTF-16 code-unit order,
 * the same on every device and in every locale, so a redraw or a file made twice compares
 * exactly. Screens and findings list cases as people read references: LAC-2 before LAC-10, in
 * any letter case.
 */

/** Text by UTF-16 code units: references (and ids) in the order of draws and files. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Cases by reference, by UTF-16 code units. */
export function byRef(a: { readonly ref: string }, b: { readonly ref: string }): number {
  return compareCodeUnits(a.ref, b.ref);
}

const asRead = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** References as people read them: numbers by value, letters in any case. */
export function compareRefsAsRead(a: string, b: string): number {
  return asRead.compare(a, b);
}
