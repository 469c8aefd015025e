/**
 * The recommendation's form: what it says and where it came from (typed in for one added here),
 * then the local record — owner, local position, RAG status, actions, evidence — and who is
 * recording the change; "Save" saves it all at once. Below, the history and deleting it.
 */
import { useMemo } from 'preact/hooks';
import type { Framework, Inspection, RegisterRecommendation } from '../../../core';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadiosField, TextField } from '../../components/InspectionFrame/formFields';
import { NotificationBanner } from '../../components/NotificationBanner';
import { TeamMemberField } from '../../components/TeamMemberField';
import { t } from '../../i18n/translate';
import { ragText } from '../common/ragText';
import { TextAreaField } from '../common/TextAreaField';

import { todayLocal } from '../common/today';
import { ActionsEditor } from './ActionsEditor';
import { DeleteRecommendation } from './DeleteRecommendation';
import { EvidenceEditor } from './EvidenceEditor';
import { HistoryList } from './HistoryList';
import { NOT_ASSESSED, type RecommendationFields } from './recommendationForm';
import { useEvidenceFigures } from './useEvidenceFigures';
import { newId, useRecommendationForm } from './useRecommendationForm';

function originText(kind: RegisterRecommendation['origin']['kind']): string {
  switch (kind) {
    case 'framework-report':
      return t('register', 'The report the framework was written from');
    case 'inspection-report':
      return t('register', 'The inspection’s report');
    case 'local':
      return t('register', 'Added by this service');
  }
}

function WhatItSays({ stored }: { stored: RegisterRecommendation }) {
  const { origin } = stored;
  const where = [origin.document, origin.location].filter((p) => p.trim() !== '').join(', ');
  return (
    <>
      <p class="govuk-body govuk-!-font-weight-bold">
        {t('register', '{addressee} should ensure that:', { addressee: stored.addressee })}
      </p>
      <div class="govuk-inset-text">{stored.text}</div>
      <p class="govuk-body-s">
        {where
          ? t('register', 'From: {origin} — {where}', { origin: originText(origin.kind), where })
          : t('register', 'From: {origin}', { origin: originText(origin.kind) })}
      </p>
    </>
  );
}

type FieldsProps = {
  fields: RecommendationFields;
  errors: ReadonlyMap<string, string>;
  onChange: (fields: RecommendationFields) => void;
};

/** What a recommendation added here says, and to whom: typed in, and changed, here. */
function WhatItSaysFields({
  fields,
  adding,
  errors,
  onChange: setFields,
}: FieldsProps & { adding: boolean }) {
  return (
    <>
      <TextField
        id="addressee"
        label={t('register', 'Body addressed')}
        labelClass="govuk-label--s"
        hint={t('register', 'For example, Youth Offending Team Managers')}
        value={fields.addressee}
        error={errors.get('addressee')}
        onInput={(addressee) => setFields({ ...fields, addressee })}
      />
      <TextAreaField
        id="text"
        label={t('register', 'Recommendation')}
        hint={t('register', 'What the body addressed should ensure')}
        value={fields.text}
        error={errors.get('text')}
        onInput={(text) => setFields({ ...fields, text })}
      />
      {adding && (
        <TextField
          id="document"
          label={t('register', 'Where it comes from (optional)')}
          labelClass="govuk-label--s"
          hint={t('register', 'For example, the service’s improvement plan')}
          value={fields.document}
          onInput={(document) => setFields({ ...fields, document })}
        />
      )}
    </>
  );
}

/** The service's own record: who owns it, where it stands, and its RAG status. */
function LocalRecordFields({ fields, errors, onChange: setFields }: FieldsProps) {
  return (
    <>
      <TextField
        id="owner"
        label={t('register', 'Owner')}
        labelClass="govuk-label--s"
        hint={t('register', 'Who answers for this recommendation locally')}
        inputClass="govuk-input--width-20"
        value={fields.owner}
        error={errors.get('owner')}
        onInput={(owner) => setFields({ ...fields, owner })}
      />
      <TextAreaField
        id="local-position"
        label={t('register', 'Local position')}
        hint={t(
          'register',
          'Where the service stands on this recommendation, as the committee paper will say',
        )}
        rows={6}
        value={fields.localPosition}
        error={errors.get('local-position')}
        onInput={(localPosition) => setFields({ ...fields, localPosition })}
      />
      <RadiosField
        id="rag"
        legend={t('register', 'RAG status')}
        legendClass="govuk-fieldset__legend--s"
        value={fields.rag}
        error={errors.get('rag')}
        small
        items={[
          { value: 'red', label: ragText('red') },
          { value: 'amber', label: ragText('amber') },
          { value: 'green', label: ragText('green') },
          { value: NOT_ASSESSED, label: ragText(null) },
        ]}
        onChange={(rag) => setFields({ ...fields, rag })}
      />
    </>
  );
}

export function RecommendationForm({
  inspection,
  framework,
  stored,
  onErrors,
}: {
  inspection: Inspection;
  framework: Framework;
  stored: RegisterRecommendation | null;
  onErrors: (has: boolean) => void;
}) {
  const form = useRecommendationForm(inspection, stored, onErrors);
  const { fields, setFields, problems } = form;
  // One list per set of problems: the summary takes focus each time it is handed a new one.
  const summary = useMemo(
    () =>
      problems.map((p) => ({
        href: p.field === 'save' ? undefined : `#${p.field}`,
        text: p.message,
      })),
    [problems],
  );
  const errors = new Map<string, string>();
  for (const p of problems) if (!errors.has(p.field)) errors.set(p.field, p.message);
  const figures = useEvidenceFigures(
    inspection,
    framework,
    fields.evidence.some((e) => e.itemId !== ''),
  );
  const editable = stored === null || stored.origin.kind === 'local';
  return (
    <>
      <ErrorSummary errors={summary} />
      {form.saved && <NotificationBanner type="success" heading={form.saved} focus />}
      {stored && !editable && <WhatItSays stored={stored} />}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!form.busy) void form.save();
        }}
      >
        {editable && (
          <WhatItSaysFields
            fields={fields}
            adding={stored === null}
            errors={errors}
            onChange={setFields}
          />
        )}
        <LocalRecordFields fields={fields} errors={errors} onChange={setFields} />
        <ActionsEditor
          actions={fields.actions}
          errors={errors}
          today={todayLocal()}
          newId={newId}
          onChange={(actions) => setFields({ ...fields, actions })}
        />
        <EvidenceEditor
          evidence={fields.evidence}
          framework={framework}
          errors={errors}
          figures={figures}
          newId={newId}
          onChange={(evidence) => setFields({ ...fields, evidence })}
        />
        <TeamMemberField
          label={t('register', 'Who is recording this')}
          team={inspection.team}
          value={fields.by}
          error={errors.get('by')}
          onChange={(by) => setFields({ ...fields, by })}
        />
        <button type="submit" class="govuk-button" disabled={form.busy}>
          {t('register', 'Save')}
        </button>
      </form>
      {stored && (
        <>
          <HistoryList history={stored.history} />
          <DeleteRecommendation inspectionId={inspection.id} recommendationId={stored.id} />
        </>
      )}
    </>
  );
}
