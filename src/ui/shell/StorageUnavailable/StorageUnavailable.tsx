import { t } from '../../i18n/translate';
/** Shown instead of the app when the browser will not let it store anything. */
export function StorageUnavailable({ reason }: { reason: string }) {
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l">
          {t('shell', 'Case Audit cannot store your work in this browser')}
        </h1>
        <p class="govuk-body">{reason}</p>
        <p class="govuk-body">
          {t(
            'shell',
            "Case Audit keeps inspections and answers on this device, in the browser's IndexedDB storage. Without it, nothing you enter could be kept, so the app will not start.",
          )}
        </p>
        <h2 class="govuk-heading-m">{t('shell', 'What you can do')}</h2>
        <ul class="govuk-list govuk-list--bullet">
          <li>
            {t(
              'shell',
              'Leave private or incognito browsing and open Case Audit in a normal window.',
            )}
          </li>
          <li>{t('shell', "Check that the browser's settings allow sites to store data.")}</li>
          <li>{t('shell', 'Use an up-to-date version of Chrome, Edge, Firefox or Safari.')}</li>
        </ul>
      </div>
    </div>
  );
}
