/**
 * Text for the PDF's standard fonts (Helvetica): they hold the WinAnsi characters only —
 * Latin-1 plus typographic quotes, dashes, the ellipsis, the bullet, the euro sign and a few
 * more. jsPDF switches a whole line to a broken encoding when one character falls outside, so
 * every string is mapped first: common symbols to their plain equivalents (≥ → >=, − → -),
 * accented letters outside Latin-1 to their base letter, anything else to "?".
 */

/** Characters of Windows-1252 between 0x80 and 0x9F, which the standard fonts can show. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const REPLACEMENTS: Record<string, string> = {
  // The chi-square statistic, "χ²", as "chi²" (² is in Latin-1).
  χ: 'chi',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '–',
  '―': '—',
  '→': '->',
  '←': '<-',
  '✓': 'yes',
  '✔': 'yes',
  '✗': 'no',
  '✘': 'no',
  '′': "'",
  '″': '"',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u200b': '',
  '\u2060': '',
  '\ufeff': '',
  '\t': ' ',
  // Letters with no decomposition to a base letter.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  Ħ: 'H',
  ħ: 'h',
};

function isWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch);
}

/** A string the PDF's standard fonts can draw, as close to the original as they allow. */
export function pdfText(text: string): string {
  let out = '';
  for (const ch of text) {
    if (isWinAnsi(ch) || ch === '\n') {
      out += ch;
      continue;
    }
    const replacement = REPLACEMENTS[ch];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    out += base !== '' && [...base].every(isWinAnsi) ? base : '?';
  }
  return out;
}

/** Space and invisible characters that draw nothing useful in any font. */
const INVISIBLE = /[\u200b\u2060\ufeff]/g;

/** Text for an embedded Unicode font (Noto Sans): only tabs and invisible characters changed. */
export function unicodeText(text: string): string {
  return text.replace(/\t/g, ' ').replace(INVISIBLE, '');
}

/**
 * Whether the text has letters the standard fonts cannot draw and have no fair stand-in for
 * (Welsh ŵ and ŷ, which would lose their circumflex): then the PDF embeds Noto Sans. Symbols
 * with a plain equivalent (≥, χ as "chi") keep the standard font.
 */
export function needsUnicodeFont(text: string): boolean {
  for (const ch of text) {
    if (!isWinAnsi(ch) && REPLACEMENTS[ch] === undefined && /\p{L}/u.test(ch)) return true;
  }
  return false;
}

/** Whether a document (every string in it) needs the embedded Unicode font in its PDF. */
export function documentNeedsUnicodeFont(document: unknown): boolean {
  return needsUnicodeFont(JSON.stringify(document));
}
