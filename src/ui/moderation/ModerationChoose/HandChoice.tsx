/** Cases ticked by hand for a second reading, each with its inspector. */
import type { CaseRecord } from '../../../db/database';
import { t } from '../../i18n/translate';

export function HandChoice({
  candidates,
  chosen,
  name,
  onToggle,
}: {
  candidates: readonly CaseRecord[];
  chosen: ReadonlyMap<string, string>;
  name: (memberId: string | null) => string;
  onToggle: (caseId: string, on: boolean) => void;
}) {
  return (
    <div class="govuk-form-group">
      <fieldset class="govuk-fieldset" aria-describedby="hand-hint">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
          {t('moderation.choose', 'Cases to read a second time')}
        </legend>
        <div class="govuk-hint" id="hand-hint">
          {t('moderation.choose', 'Complete cases not yet chosen, with their inspector')}
        </div>
        <div class="govuk-checkboxes govuk-checkboxes--small">
          {candidates.map((c) => (
            <div class="govuk-checkboxes__item" key={c.id}>
              <input
                class="govuk-checkboxes__input"
                id={`case-${c.id}`}
                type="checkbox"
                checked={chosen.has(c.id)}
                onChange={(e) => onToggle(c.id, e.currentTarget.checked)}
              />
              <label class="govuk-label govuk-checkboxes__label" for={`case-${c.id}`}>
                {c.ref}{' '}
                <span class="govuk-hint govuk-!-display-inline">— {name(c.inspectorId)}</span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
