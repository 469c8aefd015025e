/**
 * Disconnecting from the team server this copy of the app connected to by its address: signed
 * out there, and the address and session forgotten on this device. The work on the device stays.
 */
import { useState } from 'preact/hooks';
import { disconnect } from '../../../sync/teamConnection';
import { t } from '../../i18n/translate';

export function Disconnect({ address, onDone }: { address: string; onDone: () => void }) {
  const [busy, setBusy] = useState(false);
  const leave = async () => {
    setBusy(true);
    await disconnect();
    setBusy(false);
    onDone();
  };
  return (
    <button
      type="button"
      class="govuk-button govuk-button--secondary"
      disabled={busy}
      onClick={() => void leave()}
    >
      {t('teamServer', 'Disconnect from {address}', { address })}
    </button>
  );
}
