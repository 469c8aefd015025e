/**
 * Core's second door, for the first screen only: languages, catalogues and the translator,
 * without the rest of core. Core's main door (../index.ts) builds every file format's schema
 * when it loads, which the set-up and unlock screens must not wait for; these modules build
 * nothing when loaded. Everything here is also exported from the main door.
 */
export { type Catalogue, type CatalogueEntry, catalogueFromEntries } from './catalogue';
export {
  isLanguage,
  LANGUAGE_NAMES,
  LANGUAGE_TAGS,
  LANGUAGES,
  type Language,
} from './language';
export { createTranslator, ENGLISH, type MessageValues, type Translator } from './translator';
