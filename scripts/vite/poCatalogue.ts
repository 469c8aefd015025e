/**
 * Message catalogues are PO files (src/i18n/locales/<language>/<area>.po), the format
 * translators' tools open, with each message's context as msgctxt. This reads one into the
 * catalogue the app looks messages up in; the build turns each imported PO file into a module
 * of that catalogue, so no PO reader ships to the browser.
 */
import type { Plugin } from 'vite';
import { catalogueFromEntries } from '../../src/core/i18n/catalogue';
import { poEntries } from '../../src/i18n/poEntries';

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
