/**
 * A push merged as the work file it is: the same merge (planMerge), so a team server and a lead
 * merging files by hand find the same conflicts. Its id comes from the push id, which the device
 * keeps for every retry, so a retried push is found among the merged files and writes nothing.
 * Its name is what conflicts and history say the change came from ("… synced from …").
 */
import { nameOfDevice } from '../exchange/deviceNames';
import type { IncomingFile } from '../merge/mergeTypes';
import type { PushRequest } from './syncSchemas';

/** The merged-file id of a push (fits a conflict record's `fileId`). */
export function pushFileId(pushId: string): string {
  return `sync:${pushId.toLowerCase()}`;
}

export function pushAsIncoming(push: PushRequest): IncomingFile {
  const { from, devices } = push.work;
  const device = (devices && nameOfDevice(devices, from.device)) ?? `device ${from.device}`;
  return {
    id: pushFileId(push.pushId),
    name: `${from.name}’s work synced from ${device}`.slice(0, 500),
    file: push.work,
  };
}
