import { useState } from 'preact/hooks';
import type { Inspection } from '../../core';
import { loadExampleInspection } from '../../db/exampleInspection';

export type ExampleLoaded =
  | { readonly status: 'loaded' | 'exists'; readonly inspection: Inspection }
  | { readonly status: 'failed'; readonly message: string };

/** The "Load an example inspection" button; what happened goes to `onDone`. */
export function LoadExample({ onDone }: { onDone: (result: ExampleLoaded) => void }) {
  const [loading, setLoading] = useState(false);
  const load = async () => {
    setLoading(true);
    const outcome = await loadExampleInspection();
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
