/**
 * The catalogue of each language, loaded only when that language is chosen: English needs none
 * (every message is written in English where it is used), Welsh is one chunk of its own that
 * the service worker precaches, so it loads offline too.
 */
import type { Catalogue, Language } from '../core/index';

export async function loadCatalogue(language: Language): Promise<Catalogue> {
  if (language === 'en') return {};
  const { WELSH } = await import('./welshCatalogue');
  return WELSH;
}
