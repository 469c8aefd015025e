/**
 * The committee paper's own words (issue: self-audit): what a council's report to its committee
 * says around the register, in the shape of a paper such as Nottinghamshire's of April 2013 —
 * who it is for, its purpose, the background to the inspection, the inspectorate's summary
 * quoted, other options considered, the reason for and the recommendations to the committee,
 * and whom to contact. One per inspection; the recommendations in turn and the figures come
 * from the register and the audit. zod is the source of truth.
 */
import { z } from 'zod';
import { reportLanguageSchema } from '../i18n/reportLanguageSchema';

const line = z.string().max(300);
const text = z.string().max(50_000);

export const committeePaperDraftSchema = z.strictObject({
  /** "Children and Young People’s Committee" */
  committee: line,
  /** The meeting's date; null: not yet set. */
  meetingDate: z.iso.date().nullable(),
  /** "8" */
  agendaItem: z.string().max(20),
  /** "Report of the Service Director, Youth, Families and Culture" */
  reportOf: line,
  /** "Youth offending work and looked after children placed away from home" */
  title: line,
  purpose: text,
  /** Background to the inspection (editable; starts from the framework's source). */
  background: text,
  /** The inspectorate's summary, quoted. */
  inspectorateSummary: text,
  otherOptions: text,
  reasonForRecommendations: text,
  /** Recommendations to the committee, one per paragraph (blank line between). */
  committeeRecommendations: text,
  /** "Laurence Jones, Group Manager … T: … E: …" */
  contact: z.string().max(2_000),
  /**
   * The language of the paper's fixed words: English, Welsh, or both with the Welsh first.
   * Absent (papers saved before the choice): English.
   */
  language: reportLanguageSchema.optional(),
});

export type CommitteePaperDraft = z.infer<typeof committeePaperDraftSchema>;

export function emptyCommitteePaperDraft(): CommitteePaperDraft {
  return {
    committee: '',
    meetingDate: null,
    agendaItem: '',
    reportOf: '',
    title: '',
    purpose: '',
    background: '',
    inspectorateSummary: '',
    otherOptions: '',
    reasonForRecommendations: '',
    committeeRecommendations: '',
    contact: '',
  };
}
