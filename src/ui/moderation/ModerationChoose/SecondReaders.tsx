/** The chosen cases with their second readers, each changeable, and assigning them. */
import type { Inspection, ModerationSelection } from '../../../core';
import type { CaseRecord } from '../../../db/database';
import { t } from '../../i18n/translate';

export function SecondReaders({
  inspection,
  cases,
  selection,
  chosen,
  saving,
  name,
  errorOf,
  onReader,
  onShareOut,
  onAssign,
}: {
  inspection: Inspection;
  /** The chosen cases, in the order shown. */
  cases: readonly CaseRecord[];
  selection: ModerationSelection;
  chosen: ReadonlyMap<string, string>;
  saving: boolean;
  name: (memberId: string | null) => string;
  errorOf: (field: string) => string | undefined;
  onReader: (caseId: string, readerId: string) => void;
  onShareOut: () => void;
  onAssign: (event: Event) => void;
}) {
  const area = (id: string) => inspection.areas.find((a) => a.id === id)?.name ?? id;
  return (
    <form onSubmit={onAssign} noValidate>
      <h2 class="govuk-heading-m">{t('moderation.choose', 'Second readers')}</h2>
      {selection.method === 'random' && (
        <p class="govuk-body" data-testid="draw-description">
          {selection.description}
        </p>
      )}
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--s">
          {t('moderation.choose', '{count, plural, one {# case} other {# cases}} to read again', {
            count: cases.length,
          })}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {t('moderation.choose', 'Case')}
            </th>
            <th scope="col" class="govuk-table__header">
              {t('moderation.choose', 'Area')}
            </th>
            <th scope="col" class="govuk-table__header">
              {t('moderation.choose', 'First reader')}
            </th>
            <th scope="col" class="govuk-table__header">
              {t('moderation.choose', 'Second reader')}
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {cases.map((c) => (
            <tr class="govuk-table__row" key={c.id} data-case={c.ref}>
              <th scope="row" class="govuk-table__header">
                {c.ref}
              </th>
              <td class="govuk-table__cell">{area(c.areaId)}</td>
              <td class="govuk-table__cell">{name(c.inspectorId)}</td>
              <td class="govuk-table__cell">
                <ReaderSelect
                  inspection={inspection}
                  kase={c}
                  value={chosen.get(c.id) ?? ''}
                  error={errorOf(`reader-${c.id}`)}
                  onChange={(reader) => onReader(c.id, reader)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" disabled={saving}>
          {t('moderation.choose', 'Assign second readings')}
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" onClick={onShareOut}>
          {t('moderation.choose', 'Share readers out again in turn')}
        </button>
      </div>
    </form>
  );
}

/** A case's second reader: any team member other than its inspector. */
function ReaderSelect({
  inspection,
  kase,
  value,
  error,
  onChange,
}: {
  inspection: Inspection;
  kase: CaseRecord;
  value: string;
  error: string | undefined;
  onChange: (readerId: string) => void;
}) {
  const id = `reader-${kase.id}`;
  return (
    <div
      class={`govuk-form-group govuk-!-margin-bottom-0${error ? ' govuk-form-group--error' : ''}`}
    >
      <label class="govuk-label govuk-visually-hidden" for={id}>
        {t('moderation.choose', 'Second reader for case {ref}', { ref: kase.ref })}
      </label>
      {error && (
        <p class="govuk-error-message" id={`${id}-error`}>
          <span class="govuk-visually-hidden">{t('moderation.choose', 'Error:')}</span> {error}
        </p>
      )}
      <select
        class={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        value={value}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{t('moderation.choose', 'Choose…')}</option>
        {inspection.team
          .filter((m) => m.id !== kase.inspectorId)
          .map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
      </select>
    </div>
  );
}
