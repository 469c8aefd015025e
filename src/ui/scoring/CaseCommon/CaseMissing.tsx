import type { JSX } from 'preact';
import { Loading } from '../../components/Loading';
import { t } from '../../i18n/translate';
import { readingPath } from '../../moderation/ModerationCommon/moderationLinks';
import { inspectionPath } from './caseLinks';
import type { CaseScreenState } from './useCaseScreen';

/** Shown when the address names a case that is not on this device. */
export function CaseMissing({ inspectionId }: { inspectionId: string }) {
  return (
    <>
      <h1 class="govuk-heading-l">{t('scoring', 'Case not found')}</h1>
      <p class="govuk-body">
        {t(
          'scoring',
          'This case is not on this device. It may belong to an inspection set up on another device, or the address may be mistyped.',
        )}
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href={inspectionPath(inspectionId)}>
          {t('scoring', 'Go to the cases of this inspection')}
        </a>
      </p>
    </>
  );
}

export function CaseLoadFailed() {
  return (
    <>
      <h1 class="govuk-heading-l">{t('scoring', 'Sorry, the case could not be read')}</h1>
      <p class="govuk-body">
        {t(
          'scoring',
          "The case could not be read from this device's storage. Your saved answers are not affected. Reload the page to try again.",
        )}
      </p>
    </>
  );
}

/**
 * A case this device holds only for its blind second reading (from an inspection pack): the
 * first reading is not here, and scoring the case itself would mix the two, so its own pages
 * point to the second reading instead.
 */
export function CaseHeldForSecondReading({
  inspectionId,
  caseId,
  caseRef,
}: {
  inspectionId: string;
  caseId: string;
  caseRef: string;
}) {
  return (
    <>
      <h1 class="govuk-heading-l">{t('scoring', 'Case {ref}', { ref: caseRef })}</h1>
      <p class="govuk-body">
        {t(
          'scoring',
          'You are reading this case a second time, without sight of the first reading. The first reading is on the lead inspector’s device, so the case’s own pages are not available on this device.',
        )}
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href={readingPath(inspectionId, caseId)}>
          {t('scoring', 'Go to the second reading of case {ref}', { ref: caseRef })}
        </a>
      </p>
    </>
  );
}

/**
 * What a case screen shows until its case is ready to use: loading, a read failure, a case held
 * for its blind second reading, or no such case. Null once the case is ready.
 */
export function caseNotReady(
  screen: CaseScreenState,
  ids: { inspectionId: string; caseId: string },
  loading: string,
): JSX.Element | null {
  switch (screen.status) {
    case 'loading':
      return <Loading what={loading} />;
    case 'failed':
      return <CaseLoadFailed />;
    case 'held':
      return <CaseHeldForSecondReading {...ids} caseRef={screen.caseRef} />;
    case 'missing':
      return <CaseMissing inspectionId={ids.inspectionId} />;
    case 'ready':
      return null;
  }
}
