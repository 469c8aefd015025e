/**
 * Reading a PO file (gettext's format, the one translators' tools open) into catalogue entries.
 * Run at build time and by the command line, never in the browser: the build turns each PO
 * file into a module of its translations (scripts/vite/poCatalogue.ts).
 */
import { po } from 'gettext-parser';
import type { CatalogueEntry } from '../core/index';

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
