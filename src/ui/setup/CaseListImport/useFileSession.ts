/**
 * The parsed file lives in the case-list worker: keep the worker while a file is open, then let
 * it stop. On leaving the screen the file is closed in the worker, so the worker can stop.
 */
import { useEffect, useRef } from 'preact/hooks';
import { caseListWorker } from '../../../workers/caseListBridge';

export interface FileSession {
  /** Opens the worker's file session of this id, holding the worker meanwhile. */
  open: (id: string) => void;
  /** Closes the open file session, if any, and lets the worker stop. */
  close: () => void;
}

export function useFileSession(): FileSession {
  const session = useRef<string | null>(null);
  const release = useRef<(() => void) | null>(null);
  const actions = useRef<FileSession>({
    close: () => {
      if (session.current) {
        void caseListWorker.call('close', { session: session.current }).catch(() => undefined);
      }
      session.current = null;
      release.current?.();
      release.current = null;
    },
    open: (id) => {
      session.current = id;
      release.current ??= caseListWorker.hold();
    },
  });
  useEffect(() => actions.current.close, []);
  return actions.current;
}
