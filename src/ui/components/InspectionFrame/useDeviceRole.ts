import { useEffect, useState } from 'preact/hooks';
import { type DeviceRole, LEADS_DEVICE } from '../../../core';
import { deviceRoleHere } from '../../../db/device/deviceRole';
import { deviceId } from '../../../db/device/identityStore';
import { useLive } from '../../hooks/useLive';

/** The last role read per inspection, so moving between its pages shows the right tabs at once. */
const known = new Map<string, DeviceRole>();

/**
 * What this device is for the inspection (kept up to date: a pack opened or a scorer chosen
 * shows at once); undefined only while it is first read. If storage does not answer, the
 * lead's device: nothing is hidden, and the page says what failed.
 */
export function useDeviceRole(inspectionId: string): DeviceRole | undefined {
  const [device, setDevice] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // The device id is made (written) on first use, so it is read before the live query.
    void deviceId().then(
      (id) => live && setDevice(id),
      () => live && setDevice(''),
    );
    return () => {
      live = false;
    };
  }, []);
  const role = useLive(
    () => (device === null ? Promise.resolve(null) : deviceRoleHere(inspectionId, device)),
    [inspectionId, device],
  );
  if (role.status === 'ready' && role.value !== null) {
    known.set(inspectionId, role.value);
    return role.value;
  }
  if (role.status === 'failed') return LEADS_DEVICE;
  return known.get(inspectionId);
}

/** Forgets the roles read (tests switch databases). */
export function forgetDeviceRoles(): void {
  known.clear();
}
