/** Choosing the work files to merge: several at once, read in the worker with progress. */
import { FileField } from '../../components/InspectionFrame/formFields';

export function ChooseWorkFiles({
  error,
  reading,
  onChoose,
  onCheck,
}: {
  error: string | null;
  /** How far reading has got, while the files are read. */
  reading: { done: number; total: number } | null;
  onChoose: (files: File[]) => void;
  onCheck: () => void;
}) {
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onCheck();
      }}
    >
      <p class="govuk-body">
        Choose the work files inspectors sent you — several at once if you have them. Nothing is
        saved until you have seen what each would change.
      </p>
      <FileField
        id="work-files"
        label="Work files (.json)"
        labelClass="govuk-label--s"
        hint="Files named like lac-2012-thematic-work-ap-2026-03-04-171005.json. Protected files ask for their passphrase next."
        error={error ?? undefined}
        accept=".json,application/json"
        multiple
        onChange={onChoose}
      />
      {reading ? (
        <p class="govuk-body" role="status">
          Reading {reading.total === 1 ? 'the file' : `${reading.done} of ${reading.total} files`}…
        </p>
      ) : (
        <button type="submit" class="govuk-button" data-module="govuk-button">
          Check the files
        </button>
      )}
    </form>
  );
}
