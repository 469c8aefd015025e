/**
 * The conflicts of a merge: for each, both versions side by side and the lead's choice — keep
 * mine, keep theirs, or keep both for later (the conflict stays open; findings use mine).
 */
import {
  type FrameworkIndex,
  type Inspection,
  type MergeConflict,
  type MergeDecision,
  plural,
} from '../../../core';
import { RadiosField } from '../../components/InspectionFrame/formFields';
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
        {plural(conflicts.length, 'conflict')} to decide
      </h2>
      <p class="govuk-body">
        The same answer was changed differently on this device and on another since the work was
        last exchanged. For each, choose what to keep. “Keep both for later” saves the conflict to
        decide another time; meanwhile the findings use this device’s answer.
      </p>
      {conflicts.length > 1 && (
        <div class="govuk-button-group">
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            onClick={() => onDecideAll('mine')}
          >
            Keep mine for all
          </button>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            onClick={() => onDecideAll('theirs')}
          >
            Keep theirs for all
          </button>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            onClick={() => onDecideAll('later')}
          >
            Keep all for later
          </button>
        </div>
      )}
      {conflicts.map((conflict, i) => {
        const title = `Case ${conflict.caseRef}: ${itemTitle(index, conflict.itemId)}`;
        return (
          <div class="ca-conflict" key={conflict.key} data-conflict={conflict.key}>
            <h3 class="govuk-heading-s">{title}</h3>
            {conflict.alreadyOpen && (
              <p class="govuk-inset-text">
                This conflict was kept for later at an earlier merge of work from the same device.
              </p>
            )}
            <AnswerCompare
              index={index}
              inspection={inspection}
              itemId={conflict.itemId}
              caption="The two versions of this answer"
              mine={conflict.mine}
              theirs={conflict.theirs}
              deviceName={deviceName}
              theirsFrom={conflict.fileName}
            />
            <RadiosField
              id={conflictFieldId(i)}
              legend={`What to keep for case ${conflict.caseRef}`}
              legendClass="govuk-fieldset__legend--s"
              error={
                errors.has(conflict.key)
                  ? `Choose what to keep for case ${conflict.caseRef}`
                  : undefined
              }
              value={decisions.get(conflict.key) ?? ''}
              small
              items={[
                { value: 'mine', label: 'Keep mine (the answer on this device)' },
                { value: 'theirs', label: 'Keep theirs (the answer in the file)' },
                {
                  value: 'later',
                  label: 'Keep both for later',
                  hint: 'The conflict stays open on the case and in Team work until you decide.',
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
