/**
 * A team file's cases under this device's ids. A file made before case ids were random names a
 * case by an id made from its reference (core/inspection/caseIds.ts); this device has since
 * given that case a random id. Such a case is the case here with its reference, so the file is
 * read with the id here in its place, in its cases and second readings alike, and merges as any
 * other. A case of such a file that is not here yet arrives under a new random id
 * (`context.newCaseId`), so no reference becomes a database key or an address.
 */
import { caseHere, embedsReference } from '../inspection/caseIds';
import { moderationIdOf } from '../moderation/moderationRecord';
import type { IncomingFile, MergeContext } from './mergeTypes';
import type { Working } from './mergeWorking';

type WithCase = { readonly caseId: string; readonly moderationId: string };

function renamed<T extends WithCase>(entry: T, ids: ReadonlyMap<string, string>): T {
  const to = ids.get(entry.caseId);
  if (to === undefined) return entry;
  const moderationId =
    entry.moderationId === moderationIdOf(entry.caseId) ? moderationIdOf(to) : entry.moderationId;
  return { ...entry, caseId: to, moderationId };
}

/** The file as this device names its cases: the same object when nothing is renamed. */
export function readUnderIdsHere(
  w: Working,
  incoming: IncomingFile,
  context: MergeContext,
): IncomingFile {
  const ids = new Map<string, string>();
  for (const kase of incoming.file.cases) {
    const here = caseHere(kase, w.cases, w.refs);
    if (here !== null && here !== kase.id) ids.set(kase.id, here);
    else if (here === null && context.newCaseId && embedsReference(kase)) {
      ids.set(kase.id, context.newCaseId());
    }
  }
  if (ids.size === 0) return incoming;
  const cases = incoming.file.cases.map((kase) => {
    const to = ids.get(kase.id);
    return to === undefined ? kase : { ...kase, id: to };
  });
  const { file } = incoming;
  return {
    ...incoming,
    file:
      file.kind === 'pack'
        ? { ...file, cases, moderation: file.moderation.map((m) => renamed(m, ids)) }
        : { ...file, cases, moderation: file.moderation.map((m) => renamed(m, ids)) },
  };
}
