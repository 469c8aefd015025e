/**
 * The catalogue of each language, loaded only when that language is chosen: English needs none
 * (every message is written in English where it is used); Welsh comes in chunks, one per area
 * of the app, that the service worker precaches, so they load offline too. The first screens
 * (set-up, unlock, the team server's own) need only their areas', fetched before they show;
 * the rest follows while the passphrase is typed.
 */
import type { Catalogue, Language } from '../core/i18n';

// The team server's replies (server.po) are worded on the server: the app never needs them.
const WELSH = import.meta.glob<Catalogue>(['./locales/cy/*.po', '!./locales/cy/server.po'], {
  import: 'default',
});

/** The areas the screens shown before anyone unlocks say their words in. */
const FIRST_SCREEN_AREAS = new Set(['shell', 'common', 'protection', 'teamServer']);

function areaOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.po$/, '');
}

export type CatalogueScope = 'first-screen' | 'all';

export async function loadCatalogue(
  language: Language,
  scope: CatalogueScope = 'all',
): Promise<Catalogue> {
  if (language === 'en') return {};
  const parts = await Promise.all(
    Object.entries(WELSH)
      .filter(([path]) => scope === 'all' || FIRST_SCREEN_AREAS.has(areaOf(path)))
      .map(([, load]) => load()),
  );
  return Object.assign({}, ...parts);
}
