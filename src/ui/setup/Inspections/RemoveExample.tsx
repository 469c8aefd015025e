import { useRef, useState } from 'preact/hooks';
import type { Inspection } from '../../../core';
import { t } from '../../i18n/translate';

/**
 * "Remove the example inspection", then a short confirmation; removing is one transaction.
 * `onRemoved` says where to go next (the list shows a banner; the example's own page leaves).
 */
export function RemoveExample({
  inspection,
  onRemoved,
}: {
  inspection: Inspection;
  onRemoved: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const start = useRef<HTMLButtonElement>(null);

  const ask = () => {
    setConfirming(true);
    setProblem(null);
    // The question appears where the button was: move there, so it is read out.
    setTimeout(() => question.current?.focus(), 0);
  };
  const cancel = () => {
    setConfirming(false);
    setTimeout(() => start.current?.focus(), 0);
  };
  const remove = async () => {
    setRemoving(true);
    // Loaded on demand, like the example itself: it stays off the first screen.
    const outcome = await import('../../../db/inspections/exampleInspection').then(
      (example) => example.removeExampleInspection(inspection.id),
      () => ({
        status: 'not-example' as const,
        message: t('setup', 'Nothing was removed: reload the page and try again.'),
      }),
    );
    setRemoving(false);
    if (outcome.status === 'removed' || outcome.status === 'missing') {
      onRemoved();
      return;
    }
    setProblem(
      outcome.status === 'not-example'
        ? outcome.message
        : t('setup', 'Nothing was removed: the browser’s storage refused ({detail}). Try again.', {
            detail: outcome.detail,
          }),
    );
  };

  if (!confirming) {
    return (
      <button type="button" class="govuk-button govuk-button--secondary" ref={start} onClick={ask}>
        {t('setup', 'Remove the example inspection')}
      </button>
    );
  }
  return (
    <div>
      <p class="govuk-body govuk-!-font-weight-bold" tabIndex={-1} ref={question}>
        {t(
          'setup',
          'Remove the example inspection and all its cases and answers from this device? Your own inspections are not affected.',
        )}
      </p>
      {problem && (
        <p class="govuk-error-message" role="alert">
          <span class="govuk-visually-hidden">{t('setup', 'Error:')}</span> {problem}
        </p>
      )}
      <div class="govuk-button-group">
        <button
          type="button"
          class="govuk-button govuk-button--warning"
          disabled={removing}
          aria-disabled={removing}
          onClick={remove}
        >
          {t('setup', 'Yes, remove the example')}
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" onClick={cancel}>
          {t('setup', 'Cancel')}
        </button>
      </div>
    </div>
  );
}
