/**
 * The draft's problems by field id, for the fields to show: each field listens for its own
 * message only, so new check results redraw the fields whose message changed, not every field.
 */

import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { fieldIdOfPath } from '../../../core';

export class ProblemsStore {
  private messages: ReadonlyMap<string, string> = new Map();
  private readonly listeners = new Set<() => void>();

  get(fieldId: string): string | undefined {
    return this.messages.get(fieldId);
  }

  set(messages: ReadonlyMap<string, string>): void {
    this.messages = messages;
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const ProblemsContext = createContext<ProblemsStore>(new ProblemsStore());

/** The problem the checks found at this place of the framework, if any. */
export function useProblem(path: string): string | undefined {
  const store = useContext(ProblemsContext);
  const id = fieldIdOfPath(path);
  const [message, setMessage] = useState(() => store.get(id));
  useEffect(() => {
    const update = () => setMessage(store.get(id));
    update();
    return store.subscribe(update);
  }, [store, id]);
  return message;
}
