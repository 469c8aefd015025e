/** A stored register this version cannot read: said plainly, never overwritten. */
import type { ValidationError } from '../../../core';

export function StoredRegisterProblem({ errors }: { errors: readonly ValidationError[] }) {
  return (
    <>
      <p class="govuk-body">
        The register stored on this device could not be read, so it is not shown and nothing will be
        written over it.
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
