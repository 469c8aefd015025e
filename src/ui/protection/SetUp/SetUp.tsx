/**
 * The first screen on a device where no one is set up: protect the case data with a
 * passphrase. Any inspections kept from before protection go into this person's space.
 */
import { useEffect, useState } from 'preact/hooks';
import { NotificationBanner } from '../../components/NotificationBanner';
import { t } from '../../i18n/translate';
import { gateScreenShown, setUpPerson } from '../session';
import { forgetErased, justErased } from './erasedNotice';
import { SetUpForm } from './SetUpForm';

export default function SetUp({ legacyData }: { legacyData: boolean }) {
  const [erased] = useState(justErased);
  useEffect(() => {
    if (erased) forgetErased();
  }, [erased]);
  useEffect(gateScreenShown, []);
  return (
    <>
      {erased && (
        <NotificationBanner type="success" heading={t('protection', 'This device has been erased')}>
          <p class="govuk-body">
            {t(
              'protection',
              'Every person’s inspections, cases and notes have been removed from this device.',
            )}
          </p>
        </NotificationBanner>
      )}
      <SetUpForm
        heading={t('protection', 'Protect the case data on this device')}
        people={[]}
        create={setUpPerson}
        intro={
          <>
            <p class="govuk-body">
              {t(
                'protection',
                'Case Audit keeps details of children’s cases on this device. Set a passphrase so that they are stored encrypted, and only someone who knows it can open them.',
              )}
            </p>
            {legacyData && (
              <p class="govuk-body">
                {t(
                  'protection',
                  'The inspections already on this device will be protected with this passphrase.',
                )}
              </p>
            )}
            <p class="govuk-body">
              {t(
                'protection',
                'Case Audit locks itself when you leave it unused, and whenever you choose Lock.',
              )}
            </p>
          </>
        }
      />
    </>
  );
}
