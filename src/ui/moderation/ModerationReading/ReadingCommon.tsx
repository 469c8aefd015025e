/** Pieces shared by the second-reading screens: the reader check and the not-found message. */
import type { Inspection } from '../../../core';
import { ScorerPicker } from '../../scoring/CaseCommon/ScorerPicker';
import { moderationPath } from '../ModerationCommon/moderationLinks';

export function ReadingMissing({ inspectionId }: { inspectionId: string }) {
  return (
    <>
      <h1 class="govuk-heading-l">Second reading not found</h1>
      <p class="govuk-body">
        There is no second reading of this case on this device. It may have been withdrawn, or
        assigned on another device.
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href={moderationPath(inspectionId)}>
          Back to moderation
        </a>
      </p>
    </>
  );
}

export function ReadingFailed() {
  return (
    <>
      <h1 class="govuk-heading-l">The second reading could not be read</h1>
      <p class="govuk-body">This device’s storage did not answer. Reload the page to try again.</p>
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
          This second reading is assigned to {memberName(secondReaderId)}. You are scoring as{' '}
          {memberName(scorer)}. If you are {memberName(secondReaderId)}, say so below.
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
