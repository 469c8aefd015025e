import type { InspectionWriteOutcome } from '../../../db/inspections/inspectionStore';
import { t } from '../../i18n/translate';
import { type FieldError, fieldErrors } from './inspectionFormState';

/** A store's refusal or failure as the form's problems. */
export function outcomeErrors(
  outcome: Exclude<InspectionWriteOutcome, { status: 'saved' }>,
): FieldError[] {
  switch (outcome.status) {
    case 'invalid':
      return fieldErrors(outcome.errors);
    case 'missing':
      return [{ field: 'title', message: outcome.message }];
    case 'failed':
      return [
        {
          field: 'title',
          message:
            outcome.reason === 'quota'
              ? t(
                  'setup',
                  'The inspection could not be saved: this device has run out of storage space. Free some space, then try again.',
                )
              : outcome.reason === 'closed'
                ? t(
                    'setup',
                    'The inspection could not be saved: the browser closed its storage. Reload the page, then try again.',
                  )
                : t(
                    'setup',
                    'The inspection could not be saved: the browser’s storage refused it ({detail}).',
                    { detail: outcome.detail },
                  ),
        },
      ];
  }
}
