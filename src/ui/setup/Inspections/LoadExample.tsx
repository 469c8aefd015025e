import { useState } from 'preact/hooks';
import type { Inspection } from '../../../core';

export type ExampleLoaded =
  | { readonly status: 'loaded' | 'exists'; readonly inspection: Inspection }
  | { readonly status: 'failed'; readonly message: string };

const NOT_LOADED = 'The example could not be loaded: reload the page and try again.';

/** The "Load an example inspection" button; what happened goes to `onDone`. */
export function LoadExample({ onDone }: { onDone: (result: ExampleLoaded) => void }) {
  const [loading, setLoading] = useState(false);
  const load = async () => {
    setLoading(true);
    // Loaded on demand: the example's cases and framework stay off the first screen.
    const outcome = await import('../../../db/inspections/exampleInspection').then(
      (example) => example.loadExampleInspection(),
      () => ({ status: 'missing' as const, message: NOT_LOADED }),
    );
    setLoading(false);
    if (outcome.status === 'loaded' || outcome.status === 'exists') {
      onDone({ status: outcome.status, inspection: outcome.inspection });
    } else {
      onDone({
        status: 'failed',
        message:
          outcome.status === 'missing'
            ? outcome.message
            : `The browser’s storage refused (${outcome.detail}). Try again.`,
      });
    }
  };
  return (
    <button
      type="button"
      class="govuk-button govuk-button--secondary"
      disabled={loading}
      aria-disabled={loading}
      onClick={load}
    >
      {loading ? 'Loading the example…' : 'Load an example inspection'}
    </button>
  );
}
