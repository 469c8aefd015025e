/**
 * The inspection team credited in the acknowledgements, one line per role ("Lead Inspector:
 * Jane Attwood"), in the order printed; a first list can be made from the inspection's team.
 */
import type { TeamCredit, TeamMember } from '../../../core';
import { focusWhenShown } from '../../components/moveFocus';
import { t } from '../../i18n/translate';
import { type ListChange, type ListEditing, listEditing } from './listEditing';
import { MoveAndRemove } from './MoveAndRemove';

/** "Lead inspector" with the leads' names and "Inspectors" with the rest, a role left out when it has no one. */
export function creditsFromTeam(team: readonly TeamMember[], newId: () => string): TeamCredit[] {
  const namesOf = (role: TeamMember['role']) =>
    team
      .filter((m) => m.role === role)
      .map((m) => m.name)
      .join('; ');
  return [
    // The roles' first words, in the language the lead reads the app in; they edit them freely.
    { role: t('reportScreen', 'Lead inspector'), names: namesOf('lead') },
    { role: t('reportScreen', 'Inspectors'), names: namesOf('inspector') },
  ]
    .filter((credit) => credit.names !== '')
    .map((credit) => ({ id: newId(), ...credit }));
}

export function TeamCreditsEditor({
  items,
  team,
  onChange,
  onBlur,
  newId,
}: {
  items: readonly TeamCredit[];
  /** The inspection's team, to fill an empty list from. */
  team: readonly TeamMember[];
  onChange: ListChange<TeamCredit>;
  onBlur: () => void;
  newId: () => string;
}) {
  const list = listEditing(items, onChange);
  const fill = () => {
    onChange(creditsFromTeam(team, newId), true);
    // The button goes once the list has credits: the keyboard is taken to the first of them.
    focusWhenShown(() => document.getElementById('team-credit-1-role'));
  };
  return (
    <div class="ca-team-credits">
      {items.length === 0 && (
        <p class="govuk-body">
          {t(
            'reportScreen',
            'No one credited yet. The report prints each role with its names after the acknowledgements.',
          )}
        </p>
      )}
      {items.map((credit, i) => (
        <CreditItem
          key={credit.id}
          credit={credit}
          index={i}
          count={items.length}
          list={list}
          onBlur={onBlur}
        />
      ))}
      <div class="govuk-button-group">
        {items.length === 0 && team.length > 0 && (
          <button type="button" class="govuk-button govuk-button--secondary" onClick={fill}>
            {t('reportScreen', 'Fill from the inspection’s team')}
          </button>
        )}
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          onClick={() => list.add({ id: newId(), role: '', names: '' })}
        >
          {t('reportScreen', 'Add a team credit')}
        </button>
      </div>
    </div>
  );
}

function CreditItem({
  credit,
  index: i,
  count,
  list,
  onBlur,
}: {
  credit: TeamCredit;
  index: number;
  count: number;
  list: ListEditing<TeamCredit>;
  onBlur: () => void;
}) {
  const n = i + 1;
  const base = `team-credit-${n}`;
  return (
    <fieldset class="govuk-fieldset ca-team-credits__item">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
        {t('reportScreen', 'Team credit {number}', { number: n })}
      </legend>
      <div class="govuk-form-group">
        <label class="govuk-label" for={`${base}-role`}>
          {t('reportScreen', 'Role')}
        </label>
        <div class="govuk-hint" id={`${base}-role-hint`}>
          {t('reportScreen', 'For example, “Lead Inspector”.')}
        </div>
        <input
          autoComplete="off"
          class="govuk-input govuk-!-width-one-half"
          id={`${base}-role`}
          type="text"
          value={credit.role}
          aria-describedby={`${base}-role-hint`}
          onInput={(e) => list.patch(i, { role: (e.target as HTMLInputElement).value })}
          onBlur={onBlur}
        />
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for={`${base}-names`}>
          {t('reportScreen', 'Names')}
        </label>
        <div class="govuk-hint" id={`${base}-names-hint`}>
          {t('reportScreen', 'Separated by semicolons, for example, “Jane Attwood; Tony Rolley”.')}
        </div>
        <input
          autoComplete="off"
          class="govuk-input"
          id={`${base}-names`}
          type="text"
          value={credit.names}
          aria-describedby={`${base}-names-hint`}
          onInput={(e) => list.patch(i, { names: (e.target as HTMLInputElement).value })}
          onBlur={onBlur}
        />
      </div>
      <div class="govuk-button-group">
        <MoveAndRemove
          index={i}
          count={count}
          name={t('reportScreen', 'team credit {number}', { number: n })}
          list={list}
        />
      </div>
    </fieldset>
  );
}
