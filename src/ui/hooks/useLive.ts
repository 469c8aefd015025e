import { useEffect, useState } from 'preact/hooks';
import { observe } from '../../db/live';

export type Live<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly error: unknown };

/**
 * The current result of a database query, kept up to date as the data changes (also when
 * another tab changes it). `deps` are the values the query depends on, as for useEffect.
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = observe(
      query,
      (value) => setState({ status: 'ready', value }),
      (error) => setState({ status: 'failed', error }),
    );
    return () => subscription.unsubscribe();
    // The caller lists the query's inputs in `deps`, as for useEffect.
  }, deps);
  return state;
}
