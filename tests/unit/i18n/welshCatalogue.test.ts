/**
 * The Welsh catalogue is complete: every message the app says has a Welsh form, not marked
 * fuzzy, with the same placeholders, tags and plural or select arguments as the English; and
 * the PO files hold nothing the app no longer says. `npm run messages` adds what is missing.
 */
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { extractMessages } from '../../../scripts/i18n/extractMessages';
import { areaOf, readWelshEntries } from '../../../scripts/i18n/poFiles';

/** The arguments and tags a message uses, each with its kind: "count:plural", "<link>". */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument) found.add(`${element.value}`);
      if (element.type === TYPE.number || element.type === TYPE.date) {
        found.add(`${element.value}:${TYPE[element.type]}`);
      }
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        found.add(`${element.value}:${element.type === TYPE.plural ? 'plural' : 'select'}`);
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if (element.type === TYPE.tag) {
        found.add(`<${element.value}>`);
        walk(element.children);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

const extraction = extractMessages();
const welsh = readWelshEntries();
const welshByKey = new Map(welsh.map((entry) => [`${entry.context}\u0004${entry.message}`, entry]));

describe('the Welsh catalogue', () => {
  it('finds every message written out where it is used', () => {
    expect(extraction.problems).toEqual([]);
    expect(extraction.messages.length).toBeGreaterThan(10);
  });

  it('has a Welsh form of every message, in its area’s file', () => {
    const missing = extraction.messages
      .filter((m) => {
        const entry = welshByKey.get(`${m.context}\u0004${m.message}`);
        return !entry || entry.translation === '' || entry.fuzzy;
      })
      .map((m) => `${m.context}: ${m.message}`);
    expect(missing).toEqual([]);
    const misplaced = welsh
      .filter((entry) => entry.file !== `${areaOf(entry.context)}.po`)
      .map((entry) => `${entry.file}: ${entry.context}`);
    expect(misplaced).toEqual([]);
  });

  it('gives each Welsh form the same placeholders as its English', () => {
    const differ = extraction.messages.flatMap((m) => {
      const entry = welshByKey.get(`${m.context}\u0004${m.message}`);
      if (!entry || entry.translation === '') return [];
      const english = placeholders(m.message);
      const cymraeg = placeholders(entry.translation);
      return JSON.stringify(english) === JSON.stringify(cymraeg)
        ? []
        : [
            `${m.context}: "${m.message}" has ${english.join(', ')}; the Welsh has ${cymraeg.join(', ')}`,
          ];
    });
    expect(differ).toEqual([]);
  });

  it('holds no message the app no longer says', () => {
    const used = new Set(extraction.messages.map((m) => `${m.context}\u0004${m.message}`));
    const obsolete = welsh
      .filter((entry) => !used.has(`${entry.context}\u0004${entry.message}`))
      .map((entry) => `${entry.file}: ${entry.context}: ${entry.message}`);
    expect(obsolete).toEqual([]);
  });
});
