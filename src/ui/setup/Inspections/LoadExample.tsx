import { useState } from 'preact/hooks';
import type { Inspection } from '../../../core';
import { t } from '../../i18n/translate';

export type ExampleLoaded =
  | { readonly status: 'loaded' | 'exists'; readonly inspection: Inspection }
  | { readonly status: 'failed'; readonly message: string };

/** The "Load an example inspection" button; what happened goes to `onDone`. */
export function LoadExample({ onDone }: { onDone: (result: ExampleLoaded) => void }) {
  const [loading, setLoading] = useState(false);
  const load = async () => {
    setLoading(true);
    // Loaded on demand: the example's cases and framework stay off the first screen.
    const outcome = await import('../../../db/inspections/exampleInspection').then(
      (example) => example.loadExampleInspection(),
      () => ({
        status: 'missing' as const,
        message: t('setup', 'The example could not be loaded: reload the page and try again.'),
      }),
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
            : t('setup', 'The browser’s storage refused ({detail}). Try again.', {
                detail: outcome.detail,
              }),
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
      {loading ? t('setup', 'Loading the example…') : t('setup', 'Load an example inspection')}
    </button>
  );
}
