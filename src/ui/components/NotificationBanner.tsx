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
  const success = type === 'success';
  const titleId = useId();
  return (
    <div
      class={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''} ${className}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={success ? undefined : titleId}
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id={titleId}>
          {title ?? (success ? 'Success' : 'Important')}
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        {heading && <p class="govuk-notification-banner__heading">{heading}</p>}
        {children}
      </div>
    </div>
  );
}
