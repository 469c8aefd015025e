/** Choosing the work files to merge: several at once, read in the worker with progress. */
import { FileField } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';

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
        {t(
          'team.merge',
          'Choose the work files inspectors sent you — several at once if you have them. Nothing is saved until you have seen what each would change.',
        )}
      </p>
      <FileField
        id="work-files"
        label={t('team.merge', 'Work files (.json)')}
        labelClass="govuk-label--s"
        hint={t(
          'team.merge',
          'Files named like {example}. Protected files ask for their passphrase next.',
          { example: 'lac-2012-thematic-work-ap-2026-03-04-171005.json' },
        )}
        error={error ?? undefined}
        accept=".json,application/json"
        multiple
        onChange={onChoose}
      />
      {reading ? (
        <p class="govuk-body" role="status">
          {reading.total === 1
            ? t('team.merge', 'Reading the file…')
            : t('team.merge', 'Reading {done} of {total} files…', {
                done: reading.done,
                total: reading.total,
              })}
        </p>
      ) : (
        <button type="submit" class="govuk-button" data-module="govuk-button">
          {t('team.merge', 'Check the files')}
        </button>
      )}
    </form>
  );
}
