/**
 * Which person's space the workers may open: set by the session when a person unlocks, sent
 * with every call to a worker (workerBridge.ts), and opened there by `enterWorkerSpace` before
 * the call runs. Where the work runs on the page instead, the page's own space is already open.
 */
import { openSpace } from '../db/connection';
import type { WorkerSpace } from './workerProtocol';

let pageSpace: WorkerSpace | null = null;

/** The page's side: the space now open (null once locked). */
export function setWorkerSpace(space: WorkerSpace | null): void {
  pageSpace = space;
}

export function workerSpace(): WorkerSpace | null {
  return pageSpace;
}

let openHere: string | null = null;

/**
 * The worker's side: opens the space a call names, unless it is open already. A page holds one
 * person's space until it locks, and locking reloads the page, which ends its workers.
 */
export function enterWorkerSpace(space: WorkerSpace | null | undefined): void {
  if (!space || space.personId === openHere) return;
  openSpace(space.personId, space.dataKey);
  openHere = space.personId;
}
