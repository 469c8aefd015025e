import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../i18n/translate';
import { focusElement } from './moveFocus';

/** GOV.UK notification banner: `success` for something the user just did, else information. */
export function NotificationBanner({
  type = 'information',
  title,
  heading,
  children,
  className = '',
  focus = false,
}: {
  type?: 'information' | 'success';
  title?: string;
  heading?: string;
  children?: ComponentChildren;
  className?: string;
  /**
   * Take focus when shown (which scrolls the banner into view), as govuk-frontend's success
   * banner does: for a banner that reports what a button far down the page just did.
   */
  focus?: boolean;
}) {
  const titleId = useId();
  const banner = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focus && banner.current) focusElement(banner.current);
  }, [focus]);
  const content = (
    <>
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id={titleId}>
          {title ?? (type === 'success' ? t('common', 'Success') : t('common', 'Important'))}
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
      ref={banner as RefObject<HTMLDivElement>}
    >
      {content}
    </div>
  ) : (
    <section
      class={`govuk-notification-banner ${className}`}
      aria-labelledby={titleId}
      ref={banner}
    >
      {content}
    </section>
  );
}
