/**
 * Why something typed was not saved, in the words the save statuses use: "Not saved —
 * retrying: …" under an answer, "Not saved — …" in the report editor.
 */
import type { WriteFailure } from '../../db/connection';
import { t } from '../i18n/translate';

/** What storage said, whatever was being saved; `refused` says what the browser refused. */
function storageFailure(reason: WriteFailure, refused: () => string): string {
  switch (reason) {
    case 'quota':
      return t('common', 'the device is out of storage space');
    case 'closed':
      return t('common', 'the browser closed the connection to storage');
    case 'other':
      return refused();
  }
}

/** Why an answer was not saved. */
export function describeWriteFailure(reason: WriteFailure | 'missing'): string {
  return reason === 'missing'
    ? t('common', 'this case is no longer on this device')
    : storageFailure(reason, () => t('common', 'the browser refused to store the answer'));
}

/** Why a report draft was not saved. */
export function describeDraftFailure(reason: WriteFailure | 'missing' | 'invalid'): string {
  switch (reason) {
    case 'missing':
      return t('common', 'this inspection is no longer on this device');
    case 'invalid':
      return t('common', 'some text is too long to store');
    default:
      return storageFailure(reason, () => t('common', 'the browser refused to store the text'));
  }
}
