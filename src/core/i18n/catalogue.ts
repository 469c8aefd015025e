/**
 * A message catalogue: each message's translation, found by its context and its English text,
 * as gettext finds a PO file's entry by msgctxt and msgid. Messages are ICU MessageFormat
 * (plurals, selects, placeholders in braces); the Welsh ones use CLDR's six plural categories.
 */
export type Catalogue = Readonly<Record<string, string>>;

/** One entry of a PO file, as the catalogue reads it. */
export type CatalogueEntry = {
  readonly context: string;
  readonly message: string;
  readonly translation: string;
  /** Marked fuzzy by a translator or by an update: not yet to be used. */
  readonly fuzzy: boolean;
};

/** gettext's own separator between msgctxt and msgid. */
const CONTEXT_SEPARATOR = '\u0004';

export function catalogueKey(context: string, message: string): string {
  return `${context}${CONTEXT_SEPARATOR}${message}`;
}

/** The usable translations of the entries: neither empty nor fuzzy. */
export function catalogueFromEntries(entries: Iterable<CatalogueEntry>): Catalogue {
  const catalogue: Record<string, string> = {};
  for (const entry of entries) {
    if (entry.fuzzy || entry.translation === '' || entry.message === '') continue;
    catalogue[catalogueKey(entry.context, entry.message)] = entry.translation;
  }
  return catalogue;
}
