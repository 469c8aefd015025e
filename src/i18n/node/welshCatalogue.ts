/**
 * The Welsh catalogue read from the PO files themselves, for code that runs the source in Node
 * (the command line, the team server) and so cannot import a .po file as the build does. Read
 * once, on first use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Catalogue,
  catalogueFromEntries,
  createTranslator,
  ENGLISH,
  type Language,
  type Translator,
} from '../../core';
import { poEntries } from '../poEntries';

const WELSH_DIR = fileURLToPath(new URL('../locales/cy/', import.meta.url));

let welsh: Catalogue | null = null;

/** Every Welsh PO file, as one catalogue. */
export function welshCatalogue(): Catalogue {
  welsh ??= catalogueFromEntries(
    readdirSync(WELSH_DIR)
      .filter((name) => name.endsWith('.po'))
      .flatMap((name) => poEntries(readFileSync(join(WELSH_DIR, name), 'utf8'))),
  );
  return welsh;
}

let welshTranslator: Translator | null = null;

/**
 * The translator for a language: English as written, Welsh from the catalogue. One Welsh
 * translator serves every call (the server asks on every refusal), so its formats are kept.
 */
export function nodeTranslator(language: Language): Translator {
  if (language === 'en') return ENGLISH;
  welshTranslator ??= createTranslator(language, welshCatalogue());
  return welshTranslator;
}
