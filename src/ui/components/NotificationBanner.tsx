import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** GOV.UK notification banner: `success` for something the user just did, else information. */
export function NotificationBanner({
  type = 'information',
  title,
  heading,
  children,
  className = '',
}: {
  type?: 'information' | 'success';
  title?: string;
  heading?: string;
  children?: ComponentChildren;
  className?: string;
}) {
  const titleId = useId();
  const content = (
    <>
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id={titleId}>
          {title ?? (type === 'success' ? 'Success' : 'Important')}
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        {heading && <p class="govuk-notification-banner__heading">{heading}</p>}
        {children}
      </div>
    </>
  );
  // A success banner announces itself; an information banner is a labelled region.
  return type === 'success' ? (
    <div
      class={`govuk-notification-banner govuk-notification-banner--success ${className}`}
      role="alert"
    >
      {content}
    </div>
  ) : (
    <section class={`govuk-notification-banner ${className}`} aria-labelledby={titleId}>
      {content}
    </section>
  );
}
