/**
 * "Some records on this device could not be read": records that failed to decrypt (changed
 * outside Case Audit, or damaged on disk) are never shown as data; this says how many are left
 * out, so a screen missing something is not mistaken for the whole picture.
 */
import { useEffect, useState } from 'preact/hooks';
import { damagedRecords, onDamagedRecord } from '../../db/protection/damagedRecords';
import { WarningText } from '../components/WarningText';
import { t } from '../i18n/translate';

export function DamagedRecordsBanner() {
  const [count, setCount] = useState(() => damagedRecords().length);
  useEffect(() => {
    setCount(damagedRecords().length);
    return onDamagedRecord((records) => setCount(records.length));
  }, []);
  if (count === 0) return null;
  return (
    <div role="alert" class="ca-damaged-records">
      <WarningText>
        {t(
          'protection',
          'Some records on this device could not be read. Not shown anywhere: {count, plural, one {# record} other {# records}} that Case Audit could not decrypt. Records like these have been changed outside Case Audit, or damaged on the device’s disk.',
          { count },
        )}
      </WarningText>
    </div>
  );
}
