/** A stored register this version cannot read: said plainly, never overwritten. */
import type { ValidationError } from '../../../core';
import { t } from '../../i18n/translate';

export function StoredRegisterProblem({ errors }: { errors: readonly ValidationError[] }) {
  return (
    <>
      <p class="govuk-body">
        {t(
          'register',
          'The register stored on this device could not be read, so it is not shown and nothing will be written over it.',
        )}
      </p>

      {errors.length > 0 && (
        <ul class="govuk-list govuk-list--bullet">
          {errors.map((e, i) => (
            <li key={i}>
              {e.path}: {e.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
