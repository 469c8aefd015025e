/**
 * Editing a draft's Welsh: a text's Welsh set or cleared by its translation path, and the Welsh
 * kept with its text when an edit renames what the path names (a question's new id) or removes
 * the text (the Welsh goes with it rather than stay behind naming nothing).
 */
import { frameworkTexts } from '../frameworkLanguages';
import type { Framework } from '../frameworkSchema';

/** The framework with the Welsh at `key` set to `welsh`, or cleared when `welsh` is empty. */
export function withWelsh(framework: Framework, key: string, welsh: string): Framework {
  const { [key]: _old, ...others } = framework.translations?.cy ?? {};
  const cy = welsh === '' ? others : { ...others, [key]: welsh };
  const { translations: _translations, ...rest } = framework;
  return Object.keys(cy).length === 0 ? rest : { ...rest, translations: { cy } };
}

const keysByPath = new WeakMap<Framework, ReadonlyMap<string, string>>();

/** Each text's translation path by its JSON path (kept per draft, as every field asks). */
export function translationKeys(framework: Framework): ReadonlyMap<string, string> {
  let keys = keysByPath.get(framework);
  if (!keys) {
    keys = new Map(frameworkTexts(framework).map((entry) => [entry.path, entry.key]));
    keysByPath.set(framework, keys);
  }
  return keys;
}

/**
 * `after`, an edit of `before`, with its Welsh following the edit: a text renamed (a question's
 * id changed: the same place now has a path that did not exist before) keeps its Welsh under the
 * new path; a text that is gone takes its Welsh with it. Welsh that named nothing before the
 * edit stays, for the checks to show.
 */
export function followTranslations(before: Framework, after: Framework): Framework {
  const welsh = after.translations?.cy;
  if (!welsh || Object.keys(welsh).length === 0) return after;
  const old = translationKeys(before);
  const now = translationKeys(after);
  const named = new Set(now.values());
  const wasNamed = new Set(old.values());
  const cy: Record<string, string> = {};
  let changed = false;
  for (const [key, text] of Object.entries(welsh)) {
    if (named.has(key) || !wasNamed.has(key)) cy[key] = text;
    else changed = true;
  }
  if (!changed) return after;
  for (const [path, key] of old) {
    const text = welsh[key];
    if (text === undefined || named.has(key)) continue;
    const renamed = now.get(path);
    if (renamed !== undefined && !wasNamed.has(renamed) && cy[renamed] === undefined) {
      cy[renamed] = text;
    }
  }
  const { translations: _translations, ...rest } = after;
  return Object.keys(cy).length === 0 ? rest : { ...rest, translations: { cy } };
}
