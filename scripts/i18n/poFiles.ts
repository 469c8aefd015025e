/**
 * The Welsh PO files: read into entries, and written from the messages the source uses with
 * the translations already made. One file per area of the app (the context up to its first
 * full stop), so each area's translator works on a file of their own.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GetTextTranslation, po } from 'gettext-parser';
import type { CatalogueEntry } from '../../src/core/i18n/catalogue';
import { poEntries } from '../../src/i18n/poEntries';
import type { ExtractedMessage } from './extractMessages';

export const WELSH_DIR = join(import.meta.dirname, '../../src/i18n/locales/cy');

export function areaOf(context: string): string {
  return context.split('.')[0]!;
}

/** Every entry of every Welsh PO file, with the file it is in. */
export function readWelshEntries(dir = WELSH_DIR): (CatalogueEntry & { file: string })[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.po'))
    .flatMap((name) =>
      poEntries(readFileSync(join(dir, name), 'utf8')).map((entry) => ({ ...entry, file: name })),
    );
}

const HEADERS = {
  'Project-Id-Version': 'Case Audit',
  Language: 'cy',
  'MIME-Version': '1.0',
  'Content-Type': 'text/plain; charset=UTF-8',
  'Content-Transfer-Encoding': '8bit',
  // Plurals are ICU MessageFormat inside each message, by CLDR's Welsh categories.
  'Plural-Forms': 'nplurals=1; plural=0;',
};

/** Writes each area's PO file: the messages used, their translations kept. */
export function writeWelshFiles(messages: readonly ExtractedMessage[], dir = WELSH_DIR): string[] {
  const existing = new Map(
    readWelshEntries(dir).map((entry) => [`${entry.context}\u0004${entry.message}`, entry]),
  );
  const areas = new Map<string, ExtractedMessage[]>();
  for (const message of messages) {
    const area = areaOf(message.context);
    areas.set(area, [...(areas.get(area) ?? []), message]);
  }
  const written: string[] = [];
  for (const [area, list] of [...areas].sort(([a], [b]) => a.localeCompare(b))) {
    const translations: Record<string, Record<string, GetTextTranslation>> = {};
    const sorted = [...list].sort(
      (a, b) =>
        (a.files[0] ?? '').localeCompare(b.files[0] ?? '') ||
        a.context.localeCompare(b.context) ||
        a.message.localeCompare(b.message),
    );
    for (const message of sorted) {
      const known = existing.get(`${message.context}\u0004${message.message}`);
      translations[message.context] ??= {};
      translations[message.context]![message.message] = {
        msgctxt: message.context,
        msgid: message.message,
        msgstr: [known?.translation ?? ''],
        comments: {
          reference: message.files.join('\n'),
          ...(known?.fuzzy ? { flag: 'fuzzy' } : {}),
        },
      };
    }
    const file = join(dir, `${area}.po`);
    writeFileSync(
      file,
      po.compile(
        { charset: 'utf-8', headers: HEADERS, translations },
        { foldLength: 0, sort: false },
      ),
    );
    written.push(file);
  }
  return written;
}
