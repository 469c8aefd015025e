/**
 * Live queries: a query re-runs whenever the tables it read change, in this tab or another.
 * Screens subscribe through src/ui/hooks/useLive, which calls this.
 */
import { liveQuery } from 'dexie';

export type Subscription = { unsubscribe(): void };

export function observe<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): Subscription {
  return liveQuery(query).subscribe({ next: onValue, error: onError });
}
