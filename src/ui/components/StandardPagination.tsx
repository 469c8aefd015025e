import type { ComponentChildren } from 'preact';
import { t, tx } from '../i18n/translate';

/**
 * The GOV.UK pagination block at the foot of an answering screen: the previous and next
 * standard (or the screens before and after them), with the "Continue" link above it.
 */

type Link = { readonly href: string; readonly label: string };

function Arrow({ direction }: { direction: 'prev' | 'next' }) {
  return (
    <svg
      class={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      {direction === 'prev' ? (
        <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
      ) : (
        <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
      )}
    </svg>
  );
}

const hidden = (chunks: ComponentChildren) => <span class="govuk-visually-hidden">{chunks}</span>;

function PageLink({ link, direction }: { link: Link; direction: 'prev' | 'next' }) {
  return (
    <div class={`govuk-pagination__${direction}`}>
      <a class="govuk-link govuk-pagination__link" href={link.href} rel={direction}>
        <Arrow direction={direction} />
        <span class="govuk-pagination__link-title">
          {direction === 'prev'
            ? tx('common', 'Previous<hidden> standard</hidden>', { hidden })
            : tx('common', 'Next<hidden> standard</hidden>', { hidden })}
        </span>
        <span class="govuk-visually-hidden">:</span>
        <span class="govuk-pagination__link-label">{link.label}</span>
      </a>
    </div>
  );
}

/**
 * "Continue to …" (the link Alt+↓ reaches after the last question), then previous / next.
 * `previous` is null where there is nothing before.
 */
export function StandardPagination({
  previous,
  next,
  continueText,
}: {
  previous: Link | null;
  next: Link;
  continueText: string;
}) {
  return (
    <>
      <p class="govuk-body">
        <a class="govuk-link govuk-!-font-weight-bold ca-continue" href={next.href} data-continue>
          {continueText}
        </a>
      </p>
      <nav class="govuk-pagination govuk-pagination--block" aria-label={t('common', 'Standards')}>
        {previous && <PageLink link={previous} direction="prev" />}
        <PageLink link={next} direction="next" />
      </nav>
    </>
  );
}
