/**
 * An inspection file from before case ids were random names its cases by ids made from their
 * reference (core/inspection/caseIds.ts). Imported as it is, each reference would become a
 * readable database key and part of every address of the case; so such cases are imported
 * under new random ids, their second readings with them. Team files made before still merge
 * into the imported inspection: core/merge/casesHere.ts recognises the old ids.
 */
import { caseIdMoves } from '../inspection/caseIds';
import { moderationIdOf } from '../moderation/moderationRecord';
import type { InspectionFile } from './inspectionFile';

/** The file with every case id made from a reference replaced by `newId()`; else the same file. */
export function withRandomCaseIds(file: InspectionFile, newId: () => string): InspectionFile {
  const moves = caseIdMoves(file.cases, newId);
  if (moves.size === 0) return file;
  return {
    ...file,
    cases: file.cases.map((kase) => ({ ...kase, id: moves.get(kase.id) ?? kase.id })),
    moderation: file.moderation.map((record) => {
      const to = moves.get(record.caseId);
      if (to === undefined) return record;
      const id = record.id === moderationIdOf(record.caseId) ? moderationIdOf(to) : record.id;
      return { ...record, id, caseId: to };
    }),
  };
}
