import { inspectionPath } from './caseLinks';

/** Shown when the address names a case that is not on this device. */
export function CaseMissing({ inspectionId }: { inspectionId: string }) {
  return (
    <>
      <h1 class="govuk-heading-l">Case not found</h1>
      <p class="govuk-body">
        This case is not on this device. It may belong to an inspection set up on another device, or
        the address may be mistyped.
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href={inspectionPath(inspectionId)}>
          Go to the cases of this inspection
        </a>
      </p>
    </>
  );
}

export function CaseLoadFailed() {
  return (
    <>
      <h1 class="govuk-heading-l">Sorry, the case could not be read</h1>
      <p class="govuk-body">
        The case could not be read from this device's storage. Your saved answers are not affected.
        Reload the page to try again.
      </p>
    </>
  );
}
