/**
 * One recommendation of the register: its text and where it came from; its owner, local position
 * and RAG status; its actions (overdue ones flagged) and evidence (a question's figures shown
 * beside the published ones); saved whole with who recorded it; and its history, newest first.
 * `new` as the id adds one, with its text and the body addressed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Framework, Inspection, RegisterRecommendation } from '../../../core';
import { loadRegister } from '../../../db/register/registerStore';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { useLive } from '../../hooks/useLive';
import { t } from '../../i18n/translate';
import { takeRegisterFlash } from '../common/flash';
import { NEW_RECOMMENDATION, registerHref } from '../common/registerLinks';
import { StoredRegisterProblem } from '../common/StoredRegisterProblem';
import { RecommendationForm } from './RecommendationForm';
import '../Register/Register.css';

export default function Recommendation({
  inspectionId,
  recommendationId,
}: {
  inspectionId: string;
  recommendationId: string;
}) {
  const [hasErrors, setHasErrors] = useState(false);
  const adding = recommendationId === NEW_RECOMMENDATION;
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={adding ? t('register', 'Add a recommendation') : t('register', 'Recommendation')}
      hasErrors={hasErrors}
    >
      {({ inspection, framework }) =>
        framework ? (
          <RecommendationPage
            key={recommendationId}
            inspection={inspection}
            framework={framework.framework}
            recommendationId={adding ? null : recommendationId}
            onErrors={setHasErrors}
          />
        ) : (
          <p class="govuk-body">
            {t(
              'register',
              'The framework version this inspection uses is not on this device, so the recommendation cannot be shown.',
            )}
          </p>
        )
      }
    </InspectionFrame>
  );
}

function RecommendationPage({
  inspection,
  framework,
  recommendationId,
  onErrors,
}: {
  inspection: Inspection;
  framework: Framework;
  recommendationId: string | null;
  onErrors: (has: boolean) => void;
}) {
  const register = useLive(() => loadRegister(inspection.id), [inspection.id]);
  const [flash, setFlash] = useState<string | null>(null);
  useEffect(() => setFlash(takeRegisterFlash()), []);
  const back = (
    <a class="govuk-back-link" href={registerHref(inspection.id)}>
      {t('register', 'Back to the register')}
    </a>
  );
  if (register.status === 'loading')
    return <Loading what={t('register', 'Loading the recommendation')} />;
  if (register.status === 'failed' || register.value.status === 'invalid') {
    return (
      <>
        {back}
        <StoredRegisterProblem
          errors={
            register.status === 'ready' && register.value.status === 'invalid'
              ? register.value.errors
              : []
          }
        />
      </>
    );
  }
  const stored: RegisterRecommendation | null =
    recommendationId === null
      ? null
      : (register.value.recommendations.find((r) => r.id === recommendationId) ?? null);
  if (recommendationId !== null && stored === null) {
    return (
      <>
        {back}
        <p class="govuk-body">
          {t('register', 'This recommendation is not in the register on this device.')}
        </p>
      </>
    );
  }
  return (
    <>
      {back}
      {flash && <NotificationBanner type="success" heading={flash} />}
      <RecommendationForm
        inspection={inspection}
        framework={framework}
        stored={stored}
        onErrors={onErrors}
      />
    </>
  );
}
