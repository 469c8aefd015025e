/**
 * What one tab tells the others about the session, over the BroadcastChannel
 * `case-audit-session`: lock now (every tab flushes and locks), this device is being erased
 * (every tab closes its space, so the deletion is not held up or undone by a tab still reading)
 * and then was erased (every tab reloads), and input happened (so every tab's idle timer counts
 * again). A browser without BroadcastChannel has one tab's worth of session.
 */
export type TabMessage =
  | { readonly type: 'lock' }
  | { readonly type: 'erasing' }
  | { readonly type: 'erased' }
  | { readonly type: 'activity' }
  /** Someone was set up or added: a locked tab lists them. */
  | { readonly type: 'people' };

export const SESSION_CHANNEL = 'case-audit-session';

let channel: BroadcastChannel | null = null;
const listeners = new Set<(message: TabMessage) => void>();

function isTabMessage(data: unknown): data is TabMessage {
  const type = (data as { type?: unknown } | null)?.type;
  return (
    type === 'lock' ||
    type === 'erasing' ||
    type === 'erased' ||
    type === 'activity' ||
    type === 'people'
  );
}

function open(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(SESSION_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!isTabMessage(event.data)) return;
    for (const listener of [...listeners]) listener(event.data);
  };
  return channel;
}

/** Tells every other tab of this app (never this one). */
export function tellOtherTabs(message: TabMessage): void {
  open()?.postMessage(message);
}

export function onTabMessage(listener: (message: TabMessage) => void): () => void {
  open();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Closes the channel (tests, between cases). */
export function closeTabChannel(): void {
  channel?.close();
  channel = null;
  listeners.clear();
}
