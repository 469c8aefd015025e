/** "Who is using Case Audit?": one radio per person on this device, by the name they gave. */
import { RadiosField } from '../components/InspectionFrame/formFields';
import { t } from '../i18n/translate';
import type { PersonSummary } from './session';

export function PersonChoice({
  people,
  value,
  error,
  onChange,
}: {
  people: readonly PersonSummary[];
  value: string;
  error?: string | undefined;
  onChange: (personId: string) => void;
}) {
  return (
    <RadiosField
      id="person"
      legend={t('protection', 'Who is using Case Audit?')}
      legendClass="govuk-fieldset__legend--m"
      error={error}
      value={value}
      items={people.map((person) => ({ value: person.personId, label: person.name }))}
      onChange={onChange}
    />
  );
}

/** The person already chosen: the only one, or the one asked for by id. */
export function initialPerson(people: readonly PersonSummary[], asked: string | null): string {
  if (asked && people.some((person) => person.personId === asked)) return asked;
  return people.length === 1 ? people[0]!.personId : '';
}
