/** How far the merge has got, or the buttons to merge the files or choose others. */
import { formatNumber, t } from '../../i18n/translate';

export function MergeProgress({ done, total }: { done: number; total: number }) {
  return (
    <div role="status" aria-live="polite">
      <label class="govuk-label" for="merge-progress">
        {total === 0
          ? t('team.merge', 'Merging: reading this device’s cases…')
          : t(
              'team.merge',
              'Merging: {done} of {total, plural, one {# record} other {# records}} saved…',
              { done: formatNumber(done), total },
            )}
      </label>
      <progress
        id="merge-progress"
        class="ca-merge__progress"
        max={Math.max(total, 1)}
        value={total === 0 ? undefined : done}
      />
    </div>
  );
}

export function MergeButtons({
  mergeable,
  ready,
  onMerge,
  onReset,
}: {
  /** How many files can be merged. */
  mergeable: number;
  /** Whether what each file would change is known. */
  ready: boolean;
  onMerge: () => void;
  onReset: () => void;
}) {
  return (
    <div class="govuk-button-group">
      <button
        type="button"
        class="govuk-button"
        data-module="govuk-button"
        disabled={mergeable === 0 || !ready}
        onClick={onMerge}
      >
        {mergeable === 0
          ? t('team.merge', 'Nothing to merge')
          : t('team.merge', 'Merge {count, plural, one {# file} other {# files}}', {
              count: mergeable,
            })}
      </button>
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        onClick={onReset}
      >
        {t('team.merge', 'Choose other files')}
      </button>
    </div>
  );
}
