/**
 * "Add a person to this device", from the unlock screen: a new person with their own
 * passphrase and their own space, empty. The inspections of the others stay closed to them.
 */
import { useLocation } from 'preact-iso';
import { t } from '../../i18n/translate';
import { addPerson } from '../session';
import { useShownSession } from '../useSession';
import { SetUpForm } from './SetUpForm';

export default function AddPerson() {
  const state = useShownSession();
  const { route } = useLocation();
  const people = state.kind === 'locked' ? state.people : [];
  return (
    <>
      <a href="/" class="govuk-back-link">
        {t('protection', 'Back')}
      </a>
      <SetUpForm
        heading={t('protection', 'Add a person to this device')}
        people={people}
        create={addPerson}
        // Their space is new: start at its inspections, not at an address asked by someone else.
        onDone={() => route('/', true)}
        intro={
          <p class="govuk-body">
            {t(
              'protection',
              'Each person on this device has their own passphrase and their own inspections. Nobody can open another person’s inspections with their own passphrase.',
            )}
          </p>
        }
      />
    </>
  );
}
