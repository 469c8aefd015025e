/**
 * Inspections on the team server: an administrator sees every one and creates them; a lead
 * sees the inspections they lead, to manage who works on each.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SignedIn, TeamInspection } from '../../../core';
import { addInspection, listInspections } from '../../../teamClient/teamClient';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/InspectionFrame/formFields';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t } from '../../i18n/translate';
import { TeamGate } from '../TeamGate';
import { type FormErrors, formErrors, NO_ERRORS } from '../teamErrors';
import { teamRoleName } from '../teamRoleName';

const heading = () => t('teamServer', 'Inspections on the team server');
const IDS = { title: 'inspection-title' };

function InspectionsTable({ inspections }: { inspections: readonly TeamInspection[] }) {
  if (inspections.length === 0) {
    return (
      <p class="govuk-body">
        {t('teamServer', 'There are no inspections on the team server yet.')}
      </p>
    );
  }
  return (
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">
        {t('teamServer', 'Inspections')}
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            {t('teamServer', 'Inspection')}
          </th>
          <th scope="col" class="govuk-table__header">
            {inspections.some((i) => 'role' in i)
              ? t('teamServer', 'Your role')
              : t('teamServer', 'Created')}
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {inspections.map((inspection) => (
          <tr class="govuk-table__row" key={inspection.id}>
            <td class="govuk-table__cell">
              <a class="govuk-link" href={`/team/inspections/${inspection.id}`}>
                {inspection.title}
              </a>
            </td>
            <td class="govuk-table__cell">
              {'role' in inspection
                ? teamRoleName(inspection.role)
                : new Date(inspection.createdAt).toLocaleDateString('en-GB', { dateStyle: 'long' })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CreateInspectionForm({
  errors,
  onErrors,
  onCreated,
}: {
  errors: FormErrors;
  onErrors: (errors: FormErrors) => void;
  onCreated: (inspection: TeamInspection) => void;
}) {
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const reply = await addInspection(title);
    setBusy(false);
    if (reply.status !== 'ok') {
      onErrors(formErrors(reply, IDS));
      return;
    }
    onErrors(NO_ERRORS);
    setTitle('');
    onCreated(reply.value);
  };
  return (
    <form onSubmit={submit} noValidate>
      <h2 class="govuk-heading-m">{t('teamServer', 'Create an inspection on the server')}</h2>
      <TextField
        id={IDS.title}
        label={t('teamServer', 'Title')}
        hint={t(
          'teamServer',
          'As the team knows it, for example “Youth justice services, Northshire, May 2026”.',
        )}
        value={title}
        onInput={setTitle}
        error={errors.fields.title}
      />
      <button type="submit" class="govuk-button" disabled={busy}>
        {t('teamServer', 'Create the inspection')}
      </button>
    </form>
  );
}

function Inspections({
  signedIn,
  onErrors,
}: {
  signedIn: SignedIn;
  onErrors: (errors: FormErrors) => void;
}) {
  const [inspections, setInspections] = useState<readonly TeamInspection[] | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState('');
  const administrator = signedIn.account.administrator;
  const show = (next: FormErrors) => {
    setErrors(next);
    onErrors(next);
  };
  const load = async () => {
    const reply = await listInspections();
    if (reply.status !== 'ok') show(formErrors(reply, {}));
    // A lead manages only the inspections they lead.
    else setInspections(reply.value.filter((i) => !('role' in i) || i.role === 'lead'));
  };
  useEffect(() => void load(), []);

  return (
    <>
      <ErrorSummary errors={errors.summary} />
      <a href="/team" class="govuk-back-link">
        {t('teamServer', 'Back to the team server')}
      </a>
      <h1 class="govuk-heading-l">{heading()}</h1>
      <p class="govuk-body" role="status">
        {done}
      </p>
      {inspections === null ? (
        errors.summary.length === 0 && <Loading what={t('teamServer', 'Loading the inspections')} />
      ) : (
        <InspectionsTable inspections={inspections} />
      )}
      {administrator && (
        <CreateInspectionForm
          errors={errors}
          onErrors={show}
          onCreated={(inspection) => {
            setDone(
              t('teamServer', '“{title}” is created. Choose it to give its team their roles.', {
                title: inspection.title,
              }),
            );
            void load();
          }}
        />
      )}
    </>
  );
}

export default function TeamInspections() {
  const [errors, setErrors] = useState(NO_ERRORS);
  usePageTitle(heading(), errors.summary.length > 0);
  return (
    <TeamGate heading={heading()}>
      {(signedIn: SignedIn) => <Inspections signedIn={signedIn} onErrors={setErrors} />}
    </TeamGate>
  );
}
