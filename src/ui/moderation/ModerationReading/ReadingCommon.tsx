/** Pieces shared by the second-reading screens: the reader check and the not-found message. */
import type { Inspection } from '../../../core';
import { t } from '../../i18n/translate';
import { ScorerPicker } from '../../scoring/CaseCommon/ScorerPicker';
import { moderationPath } from '../ModerationCommon/moderationLinks';

export function ReadingMissing({ inspectionId }: { inspectionId: string }) {
  return (
    <>
      <h1 class="govuk-heading-l">{t('moderation.reading', 'Second reading not found')}</h1>
      <p class="govuk-body">
        {t(
          'moderation.reading',
          'There is no second reading of this case on this device. It may have been withdrawn, or assigned on another device.',
        )}
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href={moderationPath(inspectionId)}>
          {t('moderation.reading', 'Back to moderation')}
        </a>
      </p>
    </>
  );
}

export function ReadingFailed() {
  return (
    <>
      <h1 class="govuk-heading-l">
        {t('moderation.reading', 'The second reading could not be read')}
      </h1>
      <p class="govuk-body">
        {t(
          'moderation.reading',
          'This device’s storage did not answer. Reload the page to try again.',
        )}
      </p>
    </>
  );
}

/** Shown when whoever is scoring on this device is not the assigned second reader. */
export function NotYourReading({
  inspection,
  secondReaderId,
  scorer,
  memberName,
}: {
  inspection: Inspection;
  secondReaderId: string;
  scorer: string | null;
  memberName: (id: string) => string;
}) {
  return (
    <>
      {scorer !== null && (
        <div class="govuk-inset-text" data-testid="not-your-reading">
          {t(
            'moderation.reading',
            'This second reading is assigned to {reader}. You are scoring as {scorer}. If you are {reader}, say so below.',
            { reader: memberName(secondReaderId), scorer: memberName(scorer) },
          )}
        </div>
      )}
      <ScorerPicker
        inspection={inspection}
        suggested={secondReaderId}
        current={null}
        headingLevel="h2"
      />
    </>
  );
}
