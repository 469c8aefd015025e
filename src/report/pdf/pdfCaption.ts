/** How numbered tables and figures are named, under them or above them and in their lists. */

/** "Table 3: Cases by year", or the caption alone where tables or figures are not numbered. */
export function numberedCaption(number: string | undefined, caption: string): string {
  return number === undefined ? caption : `${number}: ${caption}`;
}
