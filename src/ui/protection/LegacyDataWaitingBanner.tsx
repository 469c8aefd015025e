/**
 * "Data kept on this device before protection has not been taken in yet": the unlock could not
 * copy it into the person's space. It is kept as it was and every unlock tries again; this says
 * so on every screen, so an inspection missing from the list is not taken for one lost.
 */
import { useEffect, useState } from 'preact/hooks';
import { legacyDataWaiting, onLegacyDataWaiting } from '../../session/legacyWaiting';
import { WarningText } from '../components/WarningText';
import { t } from '../i18n/translate';

export function LegacyDataWaitingBanner() {
  const [waiting, setWaiting] = useState(legacyDataWaiting);
  useEffect(() => {
    setWaiting(legacyDataWaiting());
    return onLegacyDataWaiting(setWaiting);
  }, []);
  if (!waiting) return null;
  return (
    <div role="alert">
      <WarningText>
        {t(
          'protection',
          'The case data kept on this device from before protection was set up has not been taken in yet, so it is not shown. It is kept on this device, unchanged. Case Audit tries again each time you unlock: lock and unlock to try now. If this stays, the device may be out of storage space.',
        )}
      </WarningText>
    </div>
  );
}
