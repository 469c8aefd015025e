/**
 * What the screens say when "Unlock with this device" cannot be set up or cannot unlock: what
 * happened, in plain words, and what to do instead (the passphrase always works).
 */
import type { CeremonyProblem } from '../../session/deviceUnlock';
import { t } from '../i18n/translate';
import { secondsUntil, waitText } from './Unlock/useCountdown';

/** Why setting up unlock with this device did not work. */
export function setUpProblem(problem: CeremonyProblem): string {
  switch (problem) {
    case 'cancelled':
      return t(
        'protection',
        'Setting up unlock with this device was cancelled or took too long. Try again when you are ready to confirm it is you.',
      );
    case 'not-supported':
      return t(
        'protection',
        'This browser or device cannot unlock Case Audit by itself. It needs Windows Hello, Touch ID or a security key. Keep using your passphrase.',
      );
    case 'prf-not-supported':
      return t(
        'protection',
        'This device’s Windows Hello, Touch ID or a security key cannot keep a key for Case Audit in this browser. Keep using your passphrase.',
      );
    case 'failed':
      return t('protection', 'Unlock with this device could not be set up. Try again.');
  }
}

/** Why unlocking with this device did not work. */
export function unlockProblem(problem: CeremonyProblem): string {
  switch (problem) {
    case 'cancelled':
      return t(
        'protection',
        'Unlocking with this device was cancelled or took too long. Try again, or enter your passphrase.',
      );
    case 'not-supported':
      return t(
        'protection',
        'This browser cannot unlock Case Audit with this device. Enter your passphrase.',
      );
    case 'prf-not-supported':
      return t(
        'protection',
        'This device could not give Case Audit its key in this browser. Enter your passphrase.',
      );
    case 'failed':
      return t(
        'protection',
        'Case Audit could not unlock with this device. Try again, or enter your passphrase.',
      );
  }
}

/**
 * Settings, when Case Audit is opened at an IP address: the device's check needs a name, and
 * the data at one address is not seen at another (the browser keeps each apart).
 */
export function ipAddressMessage(host: string): string {
  return t(
    'protection',
    'Case Audit is open at an IP address ({host}). Unlock with this device works only when Case Audit is opened at a name, such as localhost or your organisation’s domain. Keep using your passphrase here. Inspections kept at one address are not seen at another: the browser keeps each address’s data apart.',
    { host },
  );
}

/** As the unlock screen says it. */
export function wrongPassphrase(): string {
  return t('protection', 'The passphrase is not right');
}

export function notEnrolled(): string {
  return t(
    'protection',
    'Unlock with this device is no longer set up for you. Enter your passphrase.',
  );
}

export function deviceRefused(): string {
  return t('protection', 'This device could not open your case data. Enter your passphrase.');
}

/** "Wait N seconds before trying again", or null once the wait is over. */
export function waitMessage(nextAttemptAt: string | null): string | null {
  const seconds = secondsUntil(nextAttemptAt);
  return seconds > 0 ? waitText(seconds) : null;
}
