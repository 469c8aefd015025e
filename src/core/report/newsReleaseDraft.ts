/**
 * What the lead types for the news release (newsRelease.ts makes the release from it and the
 * report): kept with the report's draft, so it travels with the inspection file.
 */
import { z } from 'zod';

const isoDateOrEmpty = z.union([z.iso.date(), z.literal('')]);

export const newsReleaseDraftSchema = z.strictObject({
  /** The day it is issued, yyyy-mm-dd ('' until chosen). */
  issuedOn: isoDateOrEmpty,
  /** Not for use until this day and time ('' for no embargo). */
  embargoDate: isoDateOrEmpty,
  embargoTime: z.union([z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/), z.literal('')]),
  headline: z.string().max(300),
  /** The opening paragraphs (a blank line between them). */
  opening: z.string().max(20_000),
  /** Who speaks, as the release introduces them: "Chief Inspector of Probation, Liz Calderbank". */
  quoteBy: z.string().max(300),
  quote: z.string().max(20_000),
  /** "For further information, please contact …" */
  contact: z.string().max(2_000),
  /** Notes to editors after the sample's (where the report is published, the inspectorates). */
  notes: z.string().max(20_000),
});
export type NewsReleaseDraft = z.infer<typeof newsReleaseDraftSchema>;

export function emptyNewsRelease(): NewsReleaseDraft {
  return {
    issuedOn: '',
    embargoDate: '',
    embargoTime: '',
    headline: '',
    opening: '',
    quoteBy: '',
    quote: '',
    contact: '',
    notes: '',
  };
}
