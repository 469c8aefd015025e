/**
 * An empty register: start it from the recommendations that ship with the framework (when some
 * do; their count is read from the file, loaded only here), or add one.
 */
import { useEffect, useState } from 'preact/hooks';
import { type Framework, frameworkKey } from '../../../core';
import { builtInRecommendationsFor } from '../../../db/frameworks/builtInRecommendations';
import { addFrameworkRecommendations } from '../../../db/register/registerStore';
import { t } from '../../i18n/translate';
import { NEW_RECOMMENDATION, recommendationHref } from '../common/registerLinks';
import { mergedMessage } from './RegisterFiles';

/** The button that starts the register from the framework's recommendations. */
export function addShippedLabel(count: number): string {
  return t('register', 'Add the framework’s recommendations ({count})', { count });
}

function useShippedCount(framework: Framework, shipped: boolean): number | null {
  const [count, setCount] = useState<number | null>(null);
  const key = frameworkKey(framework);
  useEffect(() => {
    if (!shipped) return;
    let live = true;
    void builtInRecommendationsFor(framework).then((file) => {
      if (live) setCount(file?.recommendations.length ?? null);
    });
    return () => {
      live = false;
    };
    // Keyed by the version, not the object: the frame hands a fresh framework object on each read.
  }, [shipped, key]);
  return count;
}

export function EmptyRegister({
  inspectionId,
  framework,
  shipped,
  by,
  onAdded,
}: {
  inspectionId: string;
  framework: Framework;
  shipped: boolean;
  by: string;
  onAdded: (message: string) => void;
}) {
  const count = useShippedCount(framework, shipped);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function addShipped() {
    setBusy(true);
    const outcome = await addFrameworkRecommendations(inspectionId, by);
    setBusy(false);
    if (outcome.status === 'merged') {
      onAdded(
        t('register', '{result} From the framework’s report.', {
          result: mergedMessage(outcome.added, outcome.alreadyThere),
        }),
      );
    } else if (outcome.status === 'missing') setFailure(outcome.message);
    else
      setFailure(
        t(
          'register',
          'The recommendations could not be added: this device’s storage did not answer.',
        ),
      );
  }

  return (
    <>
      <p class="govuk-body">{t('register', 'No recommendations are recorded yet.')}</p>
      {count !== null && count > 0 && (
        <p class="govuk-body">
          {t(
            'register',
            '{count, plural, one {# recommendation} other {# recommendations}} of the report this framework was written from ship with it: start the register from them and record the local position against each.',
            { count },
          )}
        </p>
      )}
      {failure && <p class="govuk-body govuk-error-message">{failure}</p>}
      <div class="govuk-button-group">
        {count !== null && count > 0 && (
          <button
            type="button"
            class="govuk-button"
            disabled={busy}
            onClick={() => void addShipped()}
          >
            {addShippedLabel(count)}
          </button>
        )}
        <a
          class="govuk-button govuk-button--secondary"
          href={recommendationHref(inspectionId, NEW_RECOMMENDATION)}
        >
          {t('register', 'Add a recommendation')}
        </a>
      </div>
    </>
  );
}
