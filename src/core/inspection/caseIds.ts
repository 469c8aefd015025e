/**
 * Case ids carry nothing about the case. An id is a database key, part of every address of a
 * case's screens and of the records that stay readable when the case data is protected, so it
 * must not hold the case reference (which identifies a child to anyone with the local
 * authority's records).
 *
 * Earlier versions made two kinds of id from the reference: the example inspection's
 * `<inspectionId>-<ref>` and the cases spreadsheet's `<inspectionId>/<ref>`. Such an id is
 * recognised here, given a random id when a device adopts its old data, and still recognised in
 * team files made before, as the same case: the same inspection and reference always gave the
 * same id, on every device, so it names one case.
 */
import { randomBelow, seededGenerator } from '../sampling/seededRandom';

type CaseKey = { readonly id: string; readonly inspectionId: string; readonly ref: string };

const TWO_TO_32 = 0x1_0000_0000;

/** The ids earlier versions would have made from this inspection and reference. */
export function referenceCaseIds(inspectionId: string, ref: string): readonly [string, string] {
  return [`${inspectionId}-${ref}`, `${inspectionId}/${ref}`];
}

/** Whether a case's id was made from its reference (see above). */
export function embedsReference(kase: CaseKey): boolean {
  return referenceCaseIds(kase.inspectionId, kase.ref).includes(kase.id);
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/**
 * Ids shaped like random UUIDs (version 4), drawn from a seeded generator: the same key gives
 * the same ids in the same order, and none says anything about the case it names. For pure code
 * that must be reproducible (the example, a spreadsheet read twice); storage passes
 * `crypto.randomUUID` instead.
 */
export function seededCaseIds(key: string): () => string {
  const generator = seededGenerator(`${key}\u001fcase-ids`);
  return () => {
    const hex = [0, 1, 2, 3].map(() => hex8(randomBelow(generator, TWO_TO_32))).join('');
    const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}

/**
 * The new id of every case whose id embeds its reference (old id → new id), from `newId`.
 * Cases with other ids keep them and are not in the map.
 */
export function caseIdMoves(
  cases: readonly CaseKey[],
  newId: () => string,
): ReadonlyMap<string, string> {
  const moves = new Map<string, string>();
  for (const kase of cases) {
    if (embedsReference(kase) && !moves.has(kase.id)) moves.set(kase.id, newId());
  }
  return moves;
}

/**
 * Which case here an incoming case is: the one with its id, or, when its id embeds its
 * reference (a file made before ids were random), the one here with that reference in that
 * inspection. `refs` maps each reference here, in lower case, to its case's id. Null: none.
 */
export function caseHere(
  incoming: CaseKey,
  ids: { has(id: string): boolean },
  refs: ReadonlyMap<string, string>,
): string | null {
  if (ids.has(incoming.id)) return incoming.id;
  if (!embedsReference(incoming)) return null;
  return refs.get(incoming.ref.toLowerCase()) ?? null;
}
