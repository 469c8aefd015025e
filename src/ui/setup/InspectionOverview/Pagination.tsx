import type { ComponentChildren } from 'preact';
import { t, tx } from '../../i18n/translate';

const hidden = (chunks: ComponentChildren) => <span class="govuk-visually-hidden">{chunks}</span>;

/** The pages of the case list, GOV.UK pagination with a link for every page. */
export function Pagination({
  page,
  pages,
  href,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  return (
    <nav class="govuk-pagination" aria-label={t('setup', 'Pages of cases')}>
      {page > 1 && (
        <div class="govuk-pagination__prev">
          <a class="govuk-link govuk-pagination__link" href={href(page - 1)} rel="prev">
            <span class="govuk-pagination__link-title">
              {tx('setup', 'Previous<hidden> page</hidden>', { hidden })}
            </span>
          </a>
        </div>
      )}
      <ul class="govuk-pagination__list">
        {Array.from({ length: pages }, (_, i) => i + 1).map((p) => (
          <li
            key={p}
            class={`govuk-pagination__item${p === page ? ' govuk-pagination__item--current' : ''}`}
          >
            <a
              class="govuk-link govuk-pagination__link"
              href={href(p)}
              aria-label={t('setup', 'Page {page}', { page: p })}
              aria-current={p === page ? 'page' : undefined}
            >
              {p}
            </a>
          </li>
        ))}
      </ul>
      {page < pages && (
        <div class="govuk-pagination__next">
          <a class="govuk-link govuk-pagination__link" href={href(page + 1)} rel="next">
            <span class="govuk-pagination__link-title">
              {tx('setup', 'Next<hidden> page</hidden>', { hidden })}
            </span>
          </a>
        </div>
      )}
    </nav>
  );
}
