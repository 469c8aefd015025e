/** The inspection form's problems: found before saving, in the order of the form's fields. */

import { checkInspectionDraft, type InspectionDraft } from '../../../core';
import type { SummaryError } from '../../components/ErrorSummary';
import { currentTranslator } from '../../i18n/translate';
import { draftOf, type FieldError, type FormState, fieldErrors } from './inspectionFormState';

const FIELD_ORDER = [
  'title',
  'kind',
  'framework',
  'organisations',
  'areas',
  'strata',
  'team',
  'fieldwork-start',
  'fieldwork-end',
];

function fieldOrder(field: string): number {
  const at = FIELD_ORDER.findIndex((f) => field === f || field.startsWith(`${f}-`));
  const row = /-(\d+)/.exec(field);
  return (at < 0 ? FIELD_ORDER.length : at) * 1_000 + (row ? Number(row[1]) : 0);
}

/** The draft the form makes, and every problem with it, in the order of the form. */
export function checkedDraft(state: FormState): { draft: InspectionDraft; problems: FieldError[] } {
  const { draft, problems } = draftOf(state);
  const ruleErrors = fieldErrors(checkInspectionDraft(draft, currentTranslator())).filter(
    // A date that could not be read is reported once, by the form.
    (e) => !problems.some((p) => p.field === e.field),
  );
  const all = [...ruleErrors, ...problems].sort(
    (a, b) => fieldOrder(a.field) - fieldOrder(b.field),
  );
  return { draft, problems: all };
}

/** The error summary's links: a date's link goes to the first of its boxes in error. */
export function summaryOf(errors: readonly FieldError[]): SummaryError[] {
  return errors.map((e) => ({
    href: `#${e.field === 'fieldwork-start' || e.field === 'fieldwork-end' ? `${e.field}-${e.parts?.[0] ?? 'day'}` : e.field}`,
    text: e.message,
  }));
}
