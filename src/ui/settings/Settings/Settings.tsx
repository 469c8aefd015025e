import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  readStorageStatus,
  requestPersistence,
  type StorageStatus,
} from '../../../db/device/storageStatus';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { WarningText } from '../../components/WarningText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t } from '../../i18n/translate';
import { ProtectionSettings } from '../../protection/ProtectionSettings';
import { DeviceName } from './DeviceName';
import { formatBytes } from './formatBytes';

/**
 * Settings and about: where data lives, whether it is safe from eviction, this device's name,
 * and the app itself.
 */
export default function Settings() {
  const [nameError, setNameError] = useState<string | null>(null);
  const [protectionErrors, setProtectionErrors] = useState<readonly SummaryError[]>([]);
  usePageTitle(
    t('settings', 'Settings and about'),
    nameError !== null || protectionErrors.length > 0,
  );
  // Made anew only when a form is sent: the summary takes focus each time it changes.
  const summary = useMemo(
    () => [...protectionErrors, ...(nameError ? [{ text: nameError, href: '#device-name' }] : [])],
    [nameError, protectionErrors],
  );
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [asked, setAsked] = useState<'no' | 'asking' | 'refused'>('no');

  useEffect(() => {
    void readStorageStatus().then(setStatus);
  }, []);

  const ask = async () => {
    setAsked('asking');
    const granted = await requestPersistence();
    setStatus(await readStorageStatus());
    setAsked(granted ? 'no' : 'refused');
  };

  return (
    <>
      <ErrorSummary errors={summary} />
      <h1 class="govuk-heading-l">{t('settings', 'Settings and about')}</h1>

      <ProtectionSettings onError={setProtectionErrors} />

      <h2 class="govuk-heading-m">{t('settings', 'Storage on this device')}</h2>
      <p class="govuk-body">
        {t(
          'settings',
          "Everything you enter — inspections, cases, answers and notes — is kept in this browser's storage (IndexedDB) on this device only. Nothing is sent anywhere unless you export it or sync with your team server.",
        )}
      </p>
      {status === null ? (
        <Loading what={t('settings', 'Checking storage')} />
      ) : (
        <>
          {status.persisted === false && (
            <WarningText>
              {t(
                'settings',
                'Storage is not persistent: the browser may delete your data if the device runs short of space. Install Case Audit as an app, or allow persistent storage below, and export a backup of your work regularly.',
              )}
            </WarningText>
          )}
          <dl class="govuk-summary-list">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{t('settings', 'Persistent storage')}</dt>
              <dd class="govuk-summary-list__value" data-testid="storage-persisted">
                {status.persisted === null
                  ? t('settings', 'This browser does not say')
                  : status.persisted
                    ? t('settings', 'Yes — the browser will not clear this data to free space')
                    : t('settings', 'No — the browser may clear this data to free space')}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{t('settings', 'Space used')}</dt>
              <dd class="govuk-summary-list__value" data-testid="storage-used">
                {status.usedBytes === null
                  ? t('settings', 'Not known')
                  : formatBytes(status.usedBytes)}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{t('settings', 'Space available')}</dt>
              <dd class="govuk-summary-list__value" data-testid="storage-available">
                {status.quotaBytes === null || status.usedBytes === null
                  ? t('settings', 'Not known')
                  : formatBytes(Math.max(0, status.quotaBytes - status.usedBytes))}
              </dd>
            </div>
          </dl>
          {status.persisted === false && (
            <>
              <button
                type="button"
                class="govuk-button govuk-button--secondary"
                onClick={ask}
                disabled={asked === 'asking'}
              >
                {t('settings', 'Ask the browser to keep this data')}
              </button>
              {asked === 'refused' && (
                <p class="govuk-body" role="status">
                  {t(
                    'settings',
                    'The browser did not grant persistent storage. Browsers grant it more readily to installed apps and sites used often. Keep exporting backups.',
                  )}
                </p>
              )}
            </>
          )}
        </>
      )}

      <DeviceName onError={setNameError} />

      <h2 class="govuk-heading-m">{t('settings', 'Team server')}</h2>
      <p class="govuk-body">
        {t(
          'settings',
          'If your organisation runs a Case Audit team server, sign in to it to see the inspections you have a role in: here, if this app was opened from it, or by connecting this copy to it by its address.',
        )}{' '}
        <a class="govuk-link" href="/team">
          {t('settings', 'Team server')}
        </a>
      </p>

      <h2 class="govuk-heading-m">{t('settings', 'Install as an app')}</h2>
      <p class="govuk-body">
        {t(
          'settings',
          'Installed, Case Audit opens in its own window and works with no network at all. In Chrome or Edge, choose “Install Case Audit” in the address bar or the browser menu. In Safari on iPad or iPhone, choose Share, then “Add to Home Screen” — do this before fieldwork, as Safari may clear the data of sites that are not installed.',
        )}
      </p>

      <h2 class="govuk-heading-m">{t('settings', 'About')}</h2>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t('settings', 'Version')}</dt>
          <dd class="govuk-summary-list__value">
            {import.meta.env.VITE_APP_VERSION ?? 'development'}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t('settings', 'Privacy')}</dt>
          <dd class="govuk-summary-list__value">
            {t(
              'settings',
              "No analytics, no tracking, no requests to other websites. Case references are pseudonymous: never enter a child's name.",
            )}
          </dd>
        </div>
      </dl>
    </>
  );
}
