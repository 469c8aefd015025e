/**
 * Checking a new passphrase typed twice, as the set-up, recovery and change screens ask for
 * one: the problems core finds (too short, well known, a run, the person's name), with its
 * advice, and whether the second typing matches.
 */
import { checkPassphrase, DEVICE_PASSPHRASE_MIN_LENGTH } from '../../core';
import type { SummaryError } from '../components/ErrorSummary';
import { currentTranslator, t } from '../i18n/translate';

export type NewPassphraseErrors = {
  /** The field's message: every problem, in one sentence each. */
  passphrase?: string;
  confirm?: string;
  /** Each problem on its own, for the error summary. */
  problems: readonly string[];
  advice: readonly string[];
};

export function newPassphraseErrors(
  passphrase: string,
  confirm: string,
  name: string | undefined,
  confirmWhat: 'passphrase' | 'new passphrase' = 'passphrase',
): NewPassphraseErrors {
  const check = checkPassphrase(passphrase, name ? { name } : {}, currentTranslator());
  // One error per problem: while the first passphrase is refused, a new one must be chosen
  // before its confirmation means anything, so the confirmation box says nothing.
  const confirmProblem = !check.ok
    ? undefined
    : confirm === ''
      ? confirmWhat === 'passphrase'
        ? t('protection', 'Confirm your passphrase')
        : t('protection', 'Confirm your new passphrase')
      : confirm !== passphrase
        ? t('protection', 'The passphrases are not the same')
        : undefined;
  return {
    ...(check.ok ? {} : { passphrase: check.problems.join('. ') }),
    ...(confirmProblem ? { confirm: confirmProblem } : {}),
    problems: check.problems,
    advice: check.advice,
  };
}

/** The summary's lines for a new passphrase and its confirmation, each linked to its box. */
export function newPassphraseSummary(
  errors: NewPassphraseErrors,
  ids: { passphrase: string; confirm: string },
): SummaryError[] {
  return [
    ...errors.problems.map((text) => ({ text, href: `#${ids.passphrase}` })),
    ...(errors.confirm ? [{ text: errors.confirm, href: `#${ids.confirm}` }] : []),
  ];
}

export function hasNewPassphraseErrors(errors: NewPassphraseErrors): boolean {
  return errors.passphrase !== undefined || errors.confirm !== undefined;
}

/** The hint under every new passphrase's box. */
export function newPassphraseHint(): string {
  return t(
    'protection',
    'At least {count} characters. Three or more random words are easy to remember and hard to guess.',
    { count: DEVICE_PASSPHRASE_MIN_LENGTH },
  );
}
