/**
 * The evidence for the local position: each in words, optionally citing a question of the
 * framework, whose figures are then shown — the published one beside this audit's.
 */
import type { Framework } from '../../../core';
import { SelectField, type SelectGroup } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';
import { TextAreaField } from '../common/TextAreaField';
import { type EvidenceFields, evidenceField } from './recommendationForm';
import type { EvidenceLine } from './useEvidenceFigures';

function questionGroups(framework: Framework): SelectGroup[] {
  return framework.sections.flatMap((section) =>
    section.standards.map((standard) => ({
      label: standard.title,
      options: standard.questions.map((q) => ({ value: q.id, label: q.text })),
    })),
  );
}

export function EvidenceEditor({
  evidence,
  framework,
  errors,
  figures,
  newId,
  onChange,
}: {
  evidence: readonly EvidenceFields[];
  framework: Framework;
  errors: ReadonlyMap<string, string>;
  figures: EvidenceLine;
  newId: () => string;
  onChange: (evidence: readonly EvidenceFields[]) => void;
}) {
  const change = (i: number, next: Partial<EvidenceFields>) =>
    onChange(evidence.map((e, j) => (j === i ? { ...e, ...next } : e)));
  const groups = questionGroups(framework);
  return (
    <>
      <h2 class="govuk-heading-m">{t('register', 'Evidence')}</h2>
      {evidence.length === 0 && (
        <p class="govuk-body">{t('register', 'No evidence recorded yet.')}</p>
      )}
      {evidence.map((item, i) => {
        const n = i + 1;
        const line = item.itemId === '' ? null : figures(item.itemId);
        return (
          <fieldset class="govuk-fieldset ca-register__item" key={item.id}>
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
              {t('register', 'Evidence {number}', { number: n })}
            </legend>
            <TextAreaField
              id={evidenceField(i, 'text')}
              label={t('register', 'Evidence {number}: what shows it', { number: n })}
              rows={2}
              value={item.text}
              error={errors.get(evidenceField(i, 'text'))}
              onInput={(text) => change(i, { text })}
            />
            <SelectField
              id={evidenceField(i, 'question')}
              label={t(
                'register',
                'Evidence {number}: question whose figures it cites (optional)',
                { number: n },
              )}
              labelClass="govuk-label--s"
              value={item.itemId}
              options={[{ value: '', label: t('register', 'No question') }]}
              groups={groups}
              error={errors.get(evidenceField(i, 'question'))}
              onChange={(itemId) => change(i, { itemId })}
            />
            {item.itemId !== '' && (
              <p class="govuk-body" aria-live="polite">
                {line === null
                  ? t('register', 'Working out the figures…')
                  : t('register', 'Figures: {line}', { line })}
              </p>
            )}
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={() => onChange(evidence.filter((_, j) => j !== i))}
            >
              {t('register', 'Remove evidence {number}', { number: n })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        onClick={() => onChange([...evidence, { id: newId(), text: '', itemId: '' }])}
      >
        {t('register', 'Add evidence')}
      </button>
    </>
  );
}
