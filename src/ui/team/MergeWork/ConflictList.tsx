/**
 * The conflicts of a merge: for each, both versions side by side and the lead's choice — keep
 * mine, keep theirs, or keep both for later (the conflict stays open; findings use mine).
 */
import type { FrameworkIndex, Inspection, MergeConflict, MergeDecision } from '../../../core';
import { RadiosField } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';
import { AnswerCompare, itemTitle } from '../TeamWork/AnswerCompare';

export function conflictFieldId(i: number): string {
  return `conflict-${i + 1}`;
}

export function ConflictList({
  conflicts,
  decisions,
  errors,
  index,
  inspection,
  deviceName,
  onDecide,
  onDecideAll,
}: {
  conflicts: readonly MergeConflict[];
  decisions: ReadonlyMap<string, MergeDecision>;
  /** Conflicts still without a choice after "Merge" was pressed. */
  errors: ReadonlySet<string>;
  index: FrameworkIndex;
  inspection: Inspection;
  /** How a device is named (useDeviceLabel). */
  deviceName: (device: string) => string;
  onDecide: (key: string, decision: MergeDecision) => void;
  onDecideAll: (decision: MergeDecision) => void;
}) {
  if (conflicts.length === 0) return null;
  return (
    <section aria-labelledby="conflicts-heading">
      <h2 class="govuk-heading-m" id="conflicts-heading">
        {t('team.merge', '{count, plural, one {# conflict} other {# conflicts}} to decide', {
          count: conflicts.length,
        })}
      </h2>
      <p class="govuk-body">
        {t(
          'team.merge',
          'The same answer was changed differently on this device and on another since the work was last exchanged. For each, choose what to keep. “Keep both for later” saves the conflict to decide another time; meanwhile the findings use this device’s answer.',
        )}
      </p>
      {conflicts.length > 1 && (
        <div class="govuk-button-group">
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            onClick={() => onDecideAll('mine')}
          >
            {t('team.merge', 'Keep mine for all')}
          </button>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            onClick={() => onDecideAll('theirs')}
          >
            {t('team.merge', 'Keep theirs for all')}
          </button>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            onClick={() => onDecideAll('later')}
          >
            {t('team.merge', 'Keep all for later')}
          </button>
        </div>
      )}
      {conflicts.map((conflict, i) => {
        const title = t('team.merge', 'Case {ref}: {question}', {
          ref: conflict.caseRef,
          question: itemTitle(index, conflict.itemId),
        });
        return (
          <div class="ca-conflict" key={conflict.key} data-conflict={conflict.key}>
            <h3 class="govuk-heading-s">{title}</h3>
            {conflict.alreadyOpen && (
              <p class="govuk-inset-text">
                {t(
                  'team.merge',
                  'This conflict was kept for later at an earlier merge of work from the same device.',
                )}
              </p>
            )}
            <AnswerCompare
              index={index}
              inspection={inspection}
              itemId={conflict.itemId}
              caption={t('team.merge', 'The two versions of this answer')}
              mine={conflict.mine}
              theirs={conflict.theirs}
              deviceName={deviceName}
              theirsFrom={conflict.fileName}
            />
            <RadiosField
              id={conflictFieldId(i)}
              legend={t('team.merge', 'What to keep for case {ref}', { ref: conflict.caseRef })}
              legendClass="govuk-fieldset__legend--s"
              error={
                errors.has(conflict.key)
                  ? t('team.merge', 'Choose what to keep for case {ref}', { ref: conflict.caseRef })
                  : undefined
              }
              value={decisions.get(conflict.key) ?? ''}
              small
              items={[
                { value: 'mine', label: t('team.merge', 'Keep mine (the answer on this device)') },
                { value: 'theirs', label: t('team.merge', 'Keep theirs (the answer in the file)') },
                {
                  value: 'later',
                  label: t('team.merge', 'Keep both for later'),
                  hint: t(
                    'team.merge',
                    'The conflict stays open on the case and in Team work until you decide.',
                  ),
                },
              ]}
              onChange={(value) => onDecide(conflict.key, value as MergeDecision)}
            />
          </div>
        );
      })}
    </section>
  );
}
