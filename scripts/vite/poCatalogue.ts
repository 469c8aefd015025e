/**
 * Message catalogues are PO files (src/i18n/locales/<language>/<area>.po), the format
 * translators' tools open, with each message's context as msgctxt. This reads one into the
 * catalogue the app looks messages up in; the build turns each imported PO file into a module
 * of that catalogue, so no PO reader ships to the browser.
 */
import { po } from 'gettext-parser';
import type { Plugin } from 'vite';
import { type CatalogueEntry, catalogueFromEntries } from '../../src/core/i18n/catalogue';

/** The entries of a PO file's text, with their context, English and translation. */
export function poEntries(text: string): CatalogueEntry[] {
  const parsed = po.parse(text);
  const entries: CatalogueEntry[] = [];
  for (const [context, messages] of Object.entries(parsed.translations)) {
    for (const [message, entry] of Object.entries(messages)) {
      if (message === '') continue; // the header
      entries.push({
        context,
        message,
        translation: entry.msgstr[0] ?? '',
        fuzzy: /\bfuzzy\b/.test(entry.comments?.flag ?? ''),
      });
    }
  }
  return entries;
}

export function poCatalogue(): Plugin {
  return {
    name: 'case-audit:po-catalogue',
    transform(code, id) {
      if (!id.endsWith('.po')) return null;
      const catalogue = catalogueFromEntries(poEntries(code));
      return { code: `export default ${JSON.stringify(catalogue)};`, map: null };
    },
  };
}
