/**
 * The committee paper's fields as the screen lays them out: each one's label, hint and control,
 * in the order of the paper; and a stored draft's problems said against the field they belong to.
 */
import {
  type CommitteePaperDraft,
  committeePaperDraftSchema,
  type ValidationError,
} from '../../../core';

export type PaperField = {
  readonly key: keyof CommitteePaperDraft;
  readonly label: string;
  readonly hint?: string;
  readonly control: 'line' | 'date' | 'text';
};

export const PAPER_FIELDS: readonly PaperField[] = [
  {
    key: 'committee',
    label: 'Committee',
    hint: 'For example “Children and Young People’s Committee”.',
    control: 'line',
  },
  { key: 'meetingDate', label: 'Meeting date', control: 'date' },
  { key: 'agendaItem', label: 'Agenda item', hint: 'For example “8”.', control: 'line' },
  {
    key: 'reportOf',
    label: 'Report of',
    hint: 'For example “Report of the Service Director, Youth, Families and Culture”.',
    control: 'line',
  },
  { key: 'title', label: 'Title', hint: 'The files are named from it.', control: 'line' },
  { key: 'purpose', label: 'Purpose of the report', control: 'text' },
  { key: 'background', label: 'Background to the inspection', control: 'text' },
  {
    key: 'inspectorateSummary',
    label: 'The inspectorate’s summary',
    hint: 'Their words, without quotation marks: the paper adds them.',
    control: 'text',
  },
  { key: 'otherOptions', label: 'Other options considered', control: 'text' },
  { key: 'reasonForRecommendations', label: 'Reason for recommendations', control: 'text' },
  {
    key: 'committeeRecommendations',
    label: 'Recommendations to the committee',
    hint: 'One to a paragraph: the paper numbers them 1), 2) ….',
    control: 'text',
  },
  {
    key: 'contact',
    label: 'Contact',
    hint: 'Who to contact about the paper: name, role, telephone and email, a line each.',
    control: 'text',
  },
];

/** The control's id: `paper-title`, the error summary's link to it. */
export const fieldId = (key: keyof CommitteePaperDraft) => `paper-${key}`;

/** The most a field holds, from the schema, so the message and the schema never disagree. */
function maxLength(key: keyof CommitteePaperDraft): number | null {
  const schema = committeePaperDraftSchema.shape[key];
  return 'maxLength' in schema ? schema.maxLength : null;
}

/** Each field's problem in words, keyed by the field; one message a field. */
export function fieldErrors(
  errors: readonly ValidationError[],
): Partial<Record<keyof CommitteePaperDraft, string>> {
  const out: Partial<Record<keyof CommitteePaperDraft, string>> = {};
  for (const error of errors) {
    const field = PAPER_FIELDS.find((f) => error.path === f.key);
    if (!field || out[field.key]) continue;
    const max = maxLength(field.key);
    out[field.key] =
      field.control === 'date'
        ? 'Enter the meeting date as a real date, for example 15 April 2013'
        : max !== null
          ? `${field.label} must be ${max.toLocaleString('en-GB')} characters or fewer`
          : `${field.label}: ${error.message}`;
  }
  return out;
}
