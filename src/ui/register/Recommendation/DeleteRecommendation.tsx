/** Deleting a recommendation from the register, after asking once. */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { deleteRecommendation } from '../../../db/register/registerStore';
import { t } from '../../i18n/translate';
import { setRegisterFlash } from '../common/flash';
import { registerHref } from '../common/registerLinks';

export function DeleteRecommendation({
  inspectionId,
  recommendationId,
}: {
  inspectionId: string;
  recommendationId: string;
}) {
  const { route } = useLocation();
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function remove() {
    const outcome = await deleteRecommendation(inspectionId, recommendationId);
    if (outcome.status === 'deleted') {
      setRegisterFlash(t('register', 'Recommendation deleted'));
      route(registerHref(inspectionId));
    } else {
      setFailure(
        outcome.status === 'missing' || outcome.status === 'invalid'
          ? t(
              'register',
              'The recommendation could not be deleted: it is no longer in the register as it was.',
            )
          : t(
              'register',
              'The recommendation could not be deleted: this device’s storage did not answer.',
            ),
      );
    }
  }

  return (
    <>
      <h2 class="govuk-heading-m">{t('register', 'Delete this recommendation')}</h2>
      {failure && <p class="govuk-body govuk-error-message">{failure}</p>}
      {asking ? (
        <>
          <p class="govuk-body">
            {t(
              'register',
              'Its local position, actions, evidence and history are deleted with it.',
            )}
          </p>
          <div class="govuk-button-group">
            <button
              type="button"
              class="govuk-button govuk-button--warning"
              onClick={() => void remove()}
            >
              {t('register', 'Yes, delete it')}
            </button>
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={() => setAsking(false)}
            >
              {t('register', 'Keep it')}
            </button>
          </div>
        </>
      ) : (
        <button
          type="button"
          class="govuk-button govuk-button--warning"
          onClick={() => setAsking(true)}
        >
          {t('register', 'Delete this recommendation')}
        </button>
      )}
    </>
  );
}
