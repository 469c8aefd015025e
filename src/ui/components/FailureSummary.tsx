import type { ComponentChildren } from 'preact';

/**
 * An action that failed as a whole, said at once (role="alert") in the GOV.UK error summary's
 * style: a title saying what did not happen, and why. For problems with fields, ErrorSummary.
 */
export function FailureSummary({
  title,
  children,
}: {
  title: string;
  children: ComponentChildren;
}) {
  return (
    <div class="govuk-error-summary" role="alert">
      <h2 class="govuk-error-summary__title">{title}</h2>
      <div class="govuk-error-summary__body">
        <p class="govuk-body">{children}</p>
      </div>
    </div>
  );
}
