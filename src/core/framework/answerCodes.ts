/**
 * Answer codes reserved for "not applicable" and "not known" (also used in the cases CSV).
 * Kept apart from the schema so screens that only need the codes do not load zod.
 */
export const NOT_APPLICABLE = 'na';
export const NOT_KNOWN = 'not_known';
