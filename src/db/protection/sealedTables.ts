/**
 * Which tables of a person's space are sealed, and which fields of their records stay readable.
 * A sealed record is stored as its readable fields plus `sealed` (the whole record, encrypted);
 * readable fields are only what IndexedDB needs to find records: the primary key and the
 * indexed fields, random ids, framework item ids, times and a conflict's status. Everything a
 * person wrote or imported — references, answers, notes, names, file names — is inside `sealed`.
 *
 * A table that is not listed here is sealed with its primary key and indexes readable, so a new
 * table cannot be stored in plain text by forgetting it.
 */

export type TableProtection =
  | { readonly sealed: false; readonly why: string }
  | { readonly sealed: true; readonly readable: readonly string[] };

export const TABLE_PROTECTION: Readonly<Record<string, TableProtection>> = {
  frameworks: { sealed: false, why: 'published framework content is public' },
  frameworkDrafts: { sealed: false, why: 'framework content, not case content' },
  inspections: { sealed: true, readable: ['id', 'updatedAt'] },
  cases: { sealed: true, readable: ['id', 'inspectionId', 'inspectorId'] },
  answerValues: { sealed: true, readable: ['caseId', 'inspectionId'] },
  answerDetails: { sealed: true, readable: ['caseId', 'inspectionId'] },
  answerHistory: { sealed: true, readable: ['seq', 'caseId', 'itemId', 'inspectionId'] },
  populationChunks: { sealed: true, readable: ['inspectionId', 'chunk'] },
  reports: { sealed: true, readable: ['inspectionId'] },
  moderation: { sealed: true, readable: ['id', 'inspectionId', 'caseId'] },
  imports: { sealed: true, readable: ['id', 'inspectionId'] },
  conflicts: { sealed: true, readable: ['id', 'inspectionId', 'caseId', 'status'] },
  meta: { sealed: true, readable: ['key'] },
  registers: { sealed: true, readable: ['inspectionId'] },
  committeePapers: { sealed: true, readable: ['inspectionId'] },
  benchmarkSets: { sealed: false, why: 'published figures are public, like the frameworks' },
};

/** The field of a sealed record that holds it encrypted: IV followed by the ciphertext. */
export const SEALED_FIELD = 'sealed';

/** The readable fields of a table, or null when it is not sealed. `fromSchema` for unlisted tables. */
export function readableFields(
  table: string,
  fromSchema: () => string[],
): readonly string[] | null {
  const protection = TABLE_PROTECTION[table];
  if (!protection) return fromSchema();
  return protection.sealed ? protection.readable : null;
}
