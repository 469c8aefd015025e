import { useEffect, useState } from 'preact/hooks';
import { deviceId, scorerFor } from '../../../db/device/identityStore';
import { useLive } from '../../hooks/useLive';

/**
 * Who is scoring this inspection on this device (null until chosen; undefined while loading),
 * and the device id, which every write records.
 */
export function useScorer(inspectionId: string): {
  readonly scorer: string | null | undefined;
  readonly device: string | null;
} {
  const scorer = useLive(() => scorerFor(inspectionId), [inspectionId]);
  const [device, setDevice] = useState<string | null>(null);
  useEffect(() => {
    void deviceId().then(setDevice);
  }, []);
  return { scorer: scorer.status === 'ready' ? scorer.value : undefined, device };
}
