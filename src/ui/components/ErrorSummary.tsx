import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/translate';

export type SummaryError = {
  /** Id of the field to focus when the link is followed; omit for errors with no field. */
  href?: string;
  text: string;
};

/**
 * GOV.UK error summary: focused when it appears, each error a link to its field. Text is
 * rendered as text, never markup, so file contents can never inject HTML.
 */
export function ErrorSummary({
  title = t('common', 'There is a problem'),
  errors,
  description,
}: {
  title?: string;
  errors: readonly SummaryError[];
  description?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 class="govuk-error-summary__title">{title}</h2>
        <div class="govuk-error-summary__body">
          {description && <p class="govuk-body">{description}</p>}
          <ul class="govuk-list govuk-error-summary__list">
            {errors.map((error, i) => (
              <li key={i}>
                {error.href ? (
                  <a href={error.href} onClick={(e) => focusField(e, error.href!)}>
                    {error.text}
                  </a>
                ) : (
                  error.text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

function focusField(event: MouseEvent, href: string) {
  if (!href.startsWith('#')) return;
  const field = document.getElementById(href.slice(1));
  if (!field) return;
  event.preventDefault();
  // GOV.UK pattern: bring the field's legend or label into view, then focus the field.
  const legend = field.closest('fieldset')?.querySelector('legend');
  (legend ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}
