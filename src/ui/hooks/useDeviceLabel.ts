import { useEffect, useState } from 'preact/hooks';
import { type DeviceNames, deviceLabel } from '../../core';
import { deviceId, knownDeviceNames } from '../../db/device/identityStore';
import { useLive } from './useLive';

/**
 * How a screen names a device: "This device", the name it was given (known here, or carried by
 * the files being looked at, `brought`), else "Device" and the start of its id.
 */
export function useDeviceLabel(
  brought: readonly (DeviceNames | null | undefined)[] = [],
): (device: string) => string {
  const [here, setHere] = useState<string | null>(null);
  useEffect(() => {
    // Unread, no device is "This device" yet: each is shown by its name or code meanwhile.
    deviceId()
      .then(setHere)
      .catch(() => undefined);
  }, []);
  const known = useLive(knownDeviceNames, []);
  // The files being looked at are the newest word on their devices' names.
  const names: DeviceNames = Object.assign(
    {},
    known.status === 'ready' ? known.value : {},
    ...brought.map((b) => b ?? {}),
  );
  return (device) => deviceLabel(device, here, names);
}
