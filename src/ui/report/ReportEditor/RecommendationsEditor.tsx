/**
 * Recommendations, each addressed to a named body ("Local authorities should ensure that…"),
 * in the order the report prints them; for a self-audit's action plan, optionally an owner, a
 * status, a due date and the local response.
 */
import {
  RECOMMENDATION_STATUS_LABELS,
  type Recommendation,
  type RecommendationStatus,
} from '../../../core';
import { t } from '../../i18n/translate';
import { type ListChange, type ListEditing, listEditing } from './listEditing';
import { MoveAndRemove } from './MoveAndRemove';

const STATUSES = Object.keys(RECOMMENDATION_STATUS_LABELS) as RecommendationStatus[];

/** A recommendation's status as the screen says it. */
export function statusLabel(status: RecommendationStatus): string {
  switch (status) {
    case 'not-started':
      return t('reportScreen', 'Not started');
    case 'in-progress':
      return t('reportScreen', 'In progress');
    case 'complete':
      return t('reportScreen', 'Complete');
  }
}

export function RecommendationsEditor({
  items,
  onChange,
  onBlur,
  newId,
}: {
  items: readonly Recommendation[];
  onChange: ListChange<Recommendation>;
  onBlur: () => void;
  newId: () => string;
}) {
  const list = listEditing(items, onChange);
  const last = items[items.length - 1];
  return (
    <div class="ca-recommendations">
      {items.length === 0 && (
        <p class="govuk-body">
          {t('reportScreen', 'No recommendations yet. Each is addressed to a named body.')}
        </p>
      )}
      {items.map((r, i) => (
        <RecommendationItem
          key={r.id}
          r={r}
          index={i}
          count={items.length}
          list={list}
          onBlur={onBlur}
        />
      ))}
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        onClick={() =>
          list.add({
            id: newId(),
            // The next one is most often for the same body.
            addressee: last?.addressee ?? '',
            text: '',
            owner: '',
            status: null,
            dueDate: null,
            response: '',
          })
        }
      >
        {t('reportScreen', 'Add a recommendation')}
      </button>
    </div>
  );
}

function RecommendationItem({
  r,
  index: i,
  count,
  list,
  onBlur,
}: {
  r: Recommendation;
  index: number;
  count: number;
  list: ListEditing<Recommendation>;
  onBlur: () => void;
}) {
  const set = list.patch;
  const n = i + 1;
  const base = `recommendation-${n}`;
  return (
    <fieldset class="govuk-fieldset ca-recommendations__item">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
        {t('reportScreen', 'Recommendation {number}', { number: n })}
      </legend>
      <div class="govuk-form-group">
        <label class="govuk-label" for={`${base}-addressee`}>
          {t('reportScreen', 'Addressed to')}
        </label>
        <div class="govuk-hint" id={`${base}-addressee-hint`}>
          {t(
            'reportScreen',
            'The body that should act, for example “Local authorities” or “Youth Offending Team managers”. The report prints “… should ensure that:”.',
          )}
        </div>
        <input
          autoComplete="off"
          class="govuk-input govuk-!-width-two-thirds"
          id={`${base}-addressee`}
          type="text"
          value={r.addressee}
          aria-describedby={`${base}-addressee-hint`}
          onInput={(e) => set(i, { addressee: (e.target as HTMLInputElement).value })}
          onBlur={onBlur}
        />
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for={`${base}-text`}>
          {t('reportScreen', 'What they should ensure')}
        </label>
        <textarea
          autoComplete="off"
          class="govuk-textarea"
          id={`${base}-text`}
          rows={3}
          value={r.text}
          onInput={(e) => set(i, { text: (e.target as HTMLTextAreaElement).value })}
          onBlur={onBlur}
        />
      </div>
      <ActionPlan
        base={base}
        r={r}
        onPatch={(patch, immediate) => set(i, patch, immediate)}
        onBlur={onBlur}
      />
      <div class="govuk-button-group">
        <MoveAndRemove
          index={i}
          count={count}
          name={t('reportScreen', 'recommendation {number}', { number: n })}
          list={list}
        />
      </div>
    </fieldset>
  );
}

/** A self-audit's action plan for one recommendation: owner, status, due date, response. */
function ActionPlan({
  base,
  r,
  onPatch,
  onBlur,
}: {
  base: string;
  r: Recommendation;
  onPatch: (patch: Partial<Recommendation>, immediate?: boolean) => void;
  onBlur: () => void;
}) {
  return (
    <details class="govuk-details" open={Boolean(r.owner || r.status || r.dueDate || r.response)}>
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">
          {t('reportScreen', 'Action plan (optional)')}
        </span>
      </summary>
      <div class="govuk-details__text">
        <div class="govuk-form-group">
          <label class="govuk-label" for={`${base}-owner`}>
            {t('reportScreen', 'Owner')}
          </label>
          <input
            autoComplete="off"
            class="govuk-input govuk-!-width-one-half"
            id={`${base}-owner`}
            type="text"
            value={r.owner}
            onInput={(e) => onPatch({ owner: (e.target as HTMLInputElement).value })}
            onBlur={onBlur}
          />
        </div>
        <div class="govuk-form-group">
          <label class="govuk-label" for={`${base}-status`}>
            {t('reportScreen', 'Status')}
          </label>
          <select
            class="govuk-select"
            id={`${base}-status`}
            value={r.status ?? ''}
            onChange={(e) => {
              const value = (e.target as HTMLSelectElement).value;
              onPatch({ status: value === '' ? null : (value as RecommendationStatus) }, true);
            }}
          >
            <option value="">{t('reportScreen', 'Not tracked')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div class="govuk-form-group">
          <label class="govuk-label" for={`${base}-due`}>
            {t('reportScreen', 'Due date')}
          </label>
          <input
            autoComplete="off"
            class="govuk-input govuk-input--width-10"
            id={`${base}-due`}
            type="date"
            value={r.dueDate ?? ''}
            onChange={(e) => {
              const value = (e.target as HTMLInputElement).value;
              onPatch({ dueDate: /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null }, true);
            }}
          />
        </div>
        <div class="govuk-form-group">
          <label class="govuk-label" for={`${base}-response`}>
            {t('reportScreen', 'Local response')}
          </label>
          <textarea
            autoComplete="off"
            class="govuk-textarea"
            id={`${base}-response`}
            rows={2}
            value={r.response}
            onInput={(e) => onPatch({ response: (e.target as HTMLTextAreaElement).value })}
            onBlur={onBlur}
          />
        </div>
      </div>
    </details>
  );
}
