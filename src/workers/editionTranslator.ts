/**
 * The translator for one edition of a document made in the report worker (a report, a committee
 * paper): English needs no catalogue; Welsh loads its catalogue, once, when first asked for.
 */
import { createTranslator, ENGLISH, type Language, type Translator } from '../core';
import { loadCatalogue } from '../i18n/catalogues';

export async function translatorFor(language: Language): Promise<Translator> {
  return language === 'en' ? ENGLISH : createTranslator(language, await loadCatalogue(language));
}
