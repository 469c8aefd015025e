/**
 * Which person's space the workers may open: set by the session when a person unlocks, sent
 * with every call to a worker (workerBridge.ts), and opened there by `enterWorkerSpace` before
 * the call runs. Where the work runs on the page instead, the page's own space is already open.
 */
import { closeSpace, openSpace } from '../db/connection';
import type { WorkerSpace } from './workerProtocol';

let pageSpace: WorkerSpace | null = null;

/** What stops each running worker (workerBridge.ts), for when the space closes. */
const workerStops = new Set<() => void>();

/**
 * Called with no space (locked, or the device being erased): every worker is stopped there and
 * then, so none keeps the space's connection and key open — an erase waits for no worker.
 * Returns the unsubscribe.
 */
export function whenSpaceCloses(stop: () => void): () => void {
  workerStops.add(stop);
  return () => {
    workerStops.delete(stop);
  };
}

/** The page's side: the space now open (null once locked). */
export function setWorkerSpace(space: WorkerSpace | null): void {
  pageSpace = space;
  if (space === null) for (const stop of workerStops) stop();
}

export function workerSpace(): WorkerSpace | null {
  return pageSpace;
}

let openHere: string | null = null;

/**
 * The worker's side: opens the space a call names, unless it is open already (a space opened
 * starts with no damaged records). A page holds one person's space until it locks, and locking
 * reloads the page, which ends its workers; a worker still called once locked lets go of the
 * space and its key too.
 */
export function enterWorkerSpace(space: WorkerSpace | null | undefined): void {
  if (!space) {
    if (openHere !== null) closeSpace();
    openHere = null;
    return;
  }
  if (space.personId === openHere) return;
  openSpace(space.personId, space.dataKey);
  openHere = space.personId;
}
