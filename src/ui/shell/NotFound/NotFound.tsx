import type { ComponentChildren } from 'preact';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t, tx } from '../../i18n/translate';

export default function NotFound() {
  usePageTitle(t('shell', 'Page not found'));
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l">{t('shell', 'Page not found')}</h1>
        <p class="govuk-body">{t('shell', 'If you typed the web address, check it is correct.')}</p>
        <p class="govuk-body">
          {t('shell', 'If you pasted the web address, check you copied the entire address.')}
        </p>
        <p class="govuk-body">
          {tx(
            'shell',
            'Go to <inspections>your inspections</inspections> or the <frameworks>framework library</frameworks>.',
            {
              inspections: (chunks: ComponentChildren) => (
                <a href="/inspections" class="govuk-link">
                  {chunks}
                </a>
              ),
              frameworks: (chunks: ComponentChildren) => (
                <a href="/frameworks" class="govuk-link">
                  {chunks}
                </a>
              ),
            },
          )}
        </p>
      </div>
    </div>
  );
}
