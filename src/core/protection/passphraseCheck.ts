/**
 * Whether a passphrase is good enough to protect the case data on a device, and advice when it
 * is not. The passphrase is the one secret between a copied browser profile and the cases: it is
 * checked for length and for the guesses an attacker tries first, and the advice is the NCSC's
 * (three random words).
 */
import { ENGLISH, type Translator } from '../i18n/translator';
import { COMMON_PASSPHRASES } from './commonPassphrases';

/** Longer than a file's passphrase minimum: this one guards every case on the device for years. */
export const DEVICE_PASSPHRASE_MIN_LENGTH = 12;

export type PassphraseCheck = { ok: boolean; problems: string[]; advice: string[] };

/** Letters and digits only, lower case: "Pass-Word 1" and "password1" are the same guess. */
function squashed(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** One character over and over ("aaaaaaaaaaaa"), or a short piece repeated ("abcabcabcabc"). */
function isRepetition(text: string): boolean {
  for (let size = 1; size <= Math.floor(text.length / 3); size++) {
    const piece = text.slice(0, size);
    if (piece.repeat(Math.ceil(text.length / size)).slice(0, text.length) === text) return true;
  }
  return false;
}

/** Runs up or down the alphabet or the digits ("abcdefghijkl", "987654321098"). */
function isRun(text: string): boolean {
  if (text.length < 3) return false;
  const codes = Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  if (Math.abs(step) !== 1) return false;
  // Digits wrap round (…8 9 0 1…), as people type them along the keyboard.
  return codes.every((code, i) => {
    if (i === 0) return true;
    const before = codes[i - 1] ?? 0;
    if (code - before === step) return true;
    const digits = before >= 48 && before <= 57 && code >= 48 && code <= 57;
    return digits && (code - before + 10) % 10 === (step + 10) % 10;
  });
}

/** The person's name, or any part of it of three letters or more, makes up most of it. */
function isMostlyName(text: string, name: string | undefined): boolean {
  if (!name) return false;
  const parts = [name, ...name.split(/\s+/)].map(squashed).filter((part) => part.length >= 3);
  return parts.some((part) => {
    if (!text.includes(part)) return false;
    const rest = text.split(part).join('');
    return rest.length < part.length || /^\d*$/.test(rest);
  });
}

/** The problems and advice are said in the reader's language (the server's replies: English). */
export function checkPassphrase(
  passphrase: string,
  context: { name?: string } = {},
  tr: Translator = ENGLISH,
): PassphraseCheck {
  const problems: string[] = [];
  const length = Array.from(passphrase).length;
  const plain = squashed(passphrase);
  // Symbols count for repetition ("!!!!!!!!!!!!"), not spaces ("a a a a a a a").
  const compact = passphrase.toLowerCase().replace(/\s+/g, '');
  if (length === 0) {
    problems.push(tr.t('protection', 'Enter a passphrase'));
  } else if (length < DEVICE_PASSPHRASE_MIN_LENGTH) {
    problems.push(
      tr.t('protection', 'Enter a passphrase of at least {count} characters', {
        count: DEVICE_PASSPHRASE_MIN_LENGTH,
      }),
    );
  }
  if (length > 0) {
    if (COMMON_PASSPHRASES.has(plain) || COMMON_PASSPHRASES.has(plain.replace(/\d+$/, ''))) {
      problems.push(
        tr.t('protection', 'This passphrase is one of the first that people guess: choose another'),
      );
    } else if ([plain, compact].some((text) => isRepetition(text) || isRun(text))) {
      problems.push(
        tr.t('protection', 'Do not use a repeated character or a run like ‘abcdef’ or ‘123456’'),
      );
    } else if (isMostlyName(plain, context.name)) {
      problems.push(tr.t('protection', 'Do not use your name in your passphrase'));
    }
  }
  return {
    ok: problems.length === 0,
    problems,
    advice:
      problems.length === 0
        ? []
        : [
            tr.t(
              'protection',
              'Use three or more random words, for example ‘kettle harbour violet’',
            ),
          ],
  };
}
