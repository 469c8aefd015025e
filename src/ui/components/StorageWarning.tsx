/**
 * The warning that the browser may delete this device's work: shown on the inspection and case
 * screens while the browser refuses to keep the data (it was asked after work was saved), until
 * it agrees or the user hides the warning on this device. It offers the backup: the
 * inspection's exports. Settings and about says the same, with the details.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { hideStorageWarning, storageWarningShown } from '../../db/device/storageStatus';
import { useLive } from '../hooks/useLive';
import { t, tx } from '../i18n/translate';
import { inspectionHref } from './InspectionFrame/inspectionSections';
import { NotificationBanner } from './NotificationBanner';

export function StorageWarning({ inspectionId }: { inspectionId: string }) {
  const shown = useLive(storageWarningShown, []);
  const [failed, setFailed] = useState(false);
  if (shown.status !== 'ready' || !shown.value) return null;

  const hide = async () => {
    try {
      await hideStorageWarning();
    } catch {
      setFailed(true);
    }
  };

  return (
    <NotificationBanner heading={t('common', 'This browser may delete the work on this device')}>
      <p class="govuk-body" data-storage-warning>
        {t(
          'common',
          'The browser has not agreed to keep Case Audit’s data. If this device runs low on space, it may clear it — inspections, answers and evidence notes — without asking. Keep a backup of the inspection somewhere safe, and export it again after each day’s work.',
        )}
      </p>
      <p class="govuk-body">
        {tx(
          'common',
          '<export>Export a backup of this inspection</export> or read more in <settings>Settings and about</settings>.',
          {
            export: (chunks: ComponentChildren) => (
              <a
                class="govuk-notification-banner__link"
                href={inspectionHref(inspectionId, '/export')}
              >
                {chunks}
              </a>
            ),
            settings: (chunks: ComponentChildren) => (
              <a class="govuk-notification-banner__link" href="/settings">
                {chunks}
              </a>
            ),
          },
        )}
      </p>
      <button
        type="button"
        class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        data-module="govuk-button"
        onClick={() => void hide()}
      >
        {t('common', 'Hide this warning on this device')}
      </button>
      {failed && (
        <p class="govuk-error-message">
          <span class="govuk-visually-hidden">{t('common', 'Error:')}</span>{' '}
          {t('common', 'The warning could not be hidden. Try again.')}
        </p>
      )}
    </NotificationBanner>
  );
}
