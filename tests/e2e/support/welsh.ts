/**
 * Journeys in Welsh: the switch in the header, and a check that no English interface text is
 * left on screen. "Interface text" is what the app says through its catalogue: every message
 * whose Welsh differs from its English. Each line of the page's text (and every label read out
 * but not shown) is matched against those messages, their placeholders standing for anything.
 * Case data and a framework's own words are content, not interface, and are not checked.
 */
import type { Page } from 'playwright-core';
import { extractMessages } from '../../../scripts/i18n/extractMessages';
import { readWelshEntries } from '../../../scripts/i18n/poFiles';

type Matcher = { readonly message: string; readonly pattern: RegExp; readonly words: number };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An English message as a pattern of the text it shows: tags keep their words, a placeholder
 * stands for any text. Messages with plural or select forms are matched by each of their forms.
 */
function patternsOf(message: string): string[] {
  const plain = message.replace(/<\/?[a-zA-Z]+>/g, '');
  const branching = /\{(\w+), (plural|select),/;
  if (!branching.test(plain)) {
    return [
      plain
        .split(/(\{\w+\})/)
        .map((part) => (/^\{\w+\}$/.test(part) ? '.+?' : escapeRegExp(part)))
        .join(''),
    ];
  }
  // One form of each branching argument at a time is enough to catch English on screen.
  const forms = [...plain.matchAll(/\b(?:one|other|zero|two|few|many|=\d+|\w+) \{([^{}]*)\}/g)];
  const words = forms
    .map((form) => form[1]!.replace(/#/g, '').trim())
    .filter((form) => form.split(/\s+/).length >= 2);
  return words.map(escapeRegExp);
}

let matchers: Matcher[] | null = null;

function englishMessages(): Matcher[] {
  if (matchers) return matchers;
  const welsh = new Map(
    readWelshEntries().map((e) => [`${e.context}\u0004${e.message}`, e.translation]),
  );
  matchers = extractMessages()
    .messages.filter((m) => {
      const cymraeg = welsh.get(`${m.context}\u0004${m.message}`);
      return cymraeg !== undefined && cymraeg !== m.message && /[A-Za-z]{2}/.test(m.message);
    })
    .flatMap((m) =>
      patternsOf(m.message)
        // A message that is mostly placeholders ("{start} to {end}") says too little to tell.
        .filter((pattern) => {
          const letters = (pattern.replace(/\.\+\?/g, '').match(/[A-Za-z]/g) ?? []).length;
          return letters >= (pattern.includes('.+?') ? 6 : 2);
        })
        .map((pattern) => ({
          message: m.message,
          pattern: new RegExp(`^${pattern}$`),
          words: m.message.split(/\s+/).filter(Boolean).length,
        })),
    );
  return matchers;
}

/**
 * Every line of text on screen, and every accessible label and hidden text, trimmed. Text
 * marked as English on purpose (the switch's "Change the language to English", `lang="en"`) is
 * left out: it is said in the language it offers.
 */
async function shownText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const english = [...document.body.querySelectorAll<HTMLElement>('[lang^="en"]')];
    const displays = english.map((element) => element.style.display);
    for (const element of english) element.style.display = 'none';
    // biome-ignore lint/performance/useDomNodeTextContent: only what is rendered, line by line.
    const lines = document.body.innerText.split('\n');
    english.forEach((element, i) => {
      element.style.display = displays[i]!;
    });
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (element.closest('[lang^="en"]')) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) lines.push(value);
      }
    }
    lines.push(document.title);
    return lines.map((line) => line.trim()).filter((line) => line !== '');
  });
}

/**
 * The English interface text on screen: each line that is an English message, or holds one of
 * three words or more. `content` lists texts that are data (a framework's own words in English).
 */
export async function englishOnScreen(
  page: Page,
  content: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const all = englishMessages();
  const found = new Set<string>();
  for (const line of await shownText(page)) {
    if (content.has(line)) continue;
    for (const matcher of all) {
      const inLine =
        matcher.pattern.test(line) ||
        (matcher.words >= 3 && !/[{<]/.test(matcher.message) && line.includes(matcher.message));
      if (inLine) {
        found.add(`${line}  ← "${matcher.message}"`);
        break;
      }
    }
  }
  return [...found];
}

/** Chooses Cymraeg in the header; the page speaks Welsh once its `lang` is set. */
export async function switchToWelsh(page: Page): Promise<void> {
  await page.locator('.ca-language-select button[lang="cy"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'cy');
}
