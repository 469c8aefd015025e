/**
 * The committee paper's fields as the screen lays them out: each one's label, hint and control,
 * in the order of the paper; and a stored draft's problems said against the field they belong to.
 */
import {
  type CommitteePaperDraft,
  committeePaperDraftSchema,
  type ValidationError,
} from '../../../core';
import { formatNumber, t } from '../../i18n/translate';

export type PaperField = {
  readonly key: keyof CommitteePaperDraft;
  readonly label: string;
  readonly hint?: string;
  readonly control: 'line' | 'date' | 'text';
};

/** Said in the language current when drawn. */
export const paperFields = (): readonly PaperField[] => [
  {
    key: 'committee',
    label: t('committeePaper', 'Committee'),
    hint: t('committeePaper', 'For example “Children and Young People’s Committee”.'),
    control: 'line',
  },
  { key: 'meetingDate', label: t('committeePaper', 'Meeting date'), control: 'date' },
  {
    key: 'agendaItem',
    label: t('committeePaper', 'Agenda item'),
    hint: t('committeePaper', 'For example “8”.'),
    control: 'line',
  },
  {
    key: 'reportOf',
    label: t('committeePaper', 'Report of'),
    hint: t(
      'committeePaper',
      'For example “Report of the Service Director, Youth, Families and Culture”.',
    ),
    control: 'line',
  },
  {
    key: 'title',
    label: t('committeePaper', 'Title'),
    hint: t('committeePaper', 'The files are named from it.'),
    control: 'line',
  },
  { key: 'purpose', label: t('committeePaper', 'Purpose of the report'), control: 'text' },
  {
    key: 'background',
    label: t('committeePaper', 'Background to the inspection'),
    control: 'text',
  },
  {
    key: 'inspectorateSummary',
    label: t('committeePaper', 'The inspectorate’s summary'),
    hint: t('committeePaper', 'Their words, without quotation marks: the paper adds them.'),
    control: 'text',
  },
  { key: 'otherOptions', label: t('committeePaper', 'Other options considered'), control: 'text' },
  {
    key: 'reasonForRecommendations',
    label: t('committeePaper', 'Reason for recommendations'),
    control: 'text',
  },
  {
    key: 'committeeRecommendations',
    label: t('committeePaper', 'Recommendations to the committee'),
    hint: t('committeePaper', 'One to a paragraph: the paper numbers them 1), 2) ….'),
    control: 'text',
  },
  {
    key: 'contact',
    label: t('committeePaper', 'Contact'),
    hint: t(
      'committeePaper',
      'Who to contact about the paper: name, role, telephone and email, a line each.',
    ),
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
  const fields = paperFields();
  for (const error of errors) {
    const field = fields.find((f) => error.path === f.key);
    if (!field || out[field.key]) continue;
    const max = maxLength(field.key);
    out[field.key] =
      field.control === 'date'
        ? t('committeePaper', 'Enter the meeting date as a real date, for example 15 April 2013')
        : max !== null
          ? t('committeePaper', '{field} must be {max} characters or fewer', {
              field: field.label,
              max: formatNumber(max),
            })
          : t('committeePaper', '{field}: {problem}', {
              field: field.label,
              problem: error.message,
            });
  }
  return out;
}
