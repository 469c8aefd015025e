/**
 * Why something typed was not saved, in the words the save statuses use: "Not saved —
 * retrying: …" under an answer, "Not saved — …" in the report editor.
 */
import type { WriteFailure } from '../../db/connection';

/** What storage said, whatever was being saved; `what` is what the browser refused to store. */
function storageFailure(reason: WriteFailure, what: string): string {
  switch (reason) {
    case 'quota':
      return 'the device is out of storage space';
    case 'closed':
      return 'the browser closed the connection to storage';
    case 'other':
      return `the browser refused to store ${what}`;
  }
}

/** Why an answer was not saved. */
export function describeWriteFailure(reason: WriteFailure | 'missing'): string {
  return reason === 'missing'
    ? 'this case is no longer on this device'
    : storageFailure(reason, 'the answer');
}

/** Why a report draft was not saved. */
export function describeDraftFailure(reason: WriteFailure | 'missing' | 'invalid'): string {
  switch (reason) {
    case 'missing':
      return 'this inspection is no longer on this device';
    case 'invalid':
      return 'some text is too long to store';
    default:
      return storageFailure(reason, 'the text');
  }
}
