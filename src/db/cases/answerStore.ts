/**
 * Where current answers are kept, and the only code that touches their two tables. Callers see
 * `AnswerRecord`s (one answer to one item of one case); the tables hold two records per case:
 * - `answerValues`   the case's answer values by item id: all that findings, reports and
 *                    exports read, so an inspection's values come back in one query of one
 *                    record per case (5,000 cases × 40 answers in about a tenth of a second in
 *                    Chromium, against 1.6 s as one row per answer);
 * - `answerDetails`  the rest of each answer by item id: evidence note, rev, at, by, device.
 * No field is stored twice, and both records of a case are written together, in the caller's
 * transaction: an item is in both or in neither. Writing stays answerWriter.ts's (the one
 * writer); this module only reads and lays answers into the records.
 *
 * Every function runs in the caller's transaction when there is one (`answerTables` gives the
 * tables it must include) and reads the database it is given. None is an `async` function: each
 * gives back Dexie's own promise, which keeps the caller's transaction alive across its `await`
 * (awaiting a native promise inside a transaction lets it commit too early).
 */
import type { AnswerValue } from '../../core';
import type {
  AnswerDetail,
  AnswerDetailsRecord,
  AnswerRecord,
  AnswerValuesRecord,
  CaseAuditDatabase,
} from '../database';

/** The tables a transaction over answers must include. */
export function answerTables(db: CaseAuditDatabase) {
  return [db.answerValues, db.answerDetails];
}

/** The table a transaction that reads answer values only must include. */
export function valueTables(db: CaseAuditDatabase) {
  return [db.answerValues];
}

function byItem<T>(): Record<string, T> {
  // No prototype: an item may be called "constructor" or "__proto__" and is still an item.
  return Object.create(null) as Record<string, T>;
}

function has(record: object, itemId: string): boolean {
  return Object.hasOwn(record, itemId);
}

/** A case's two records → its answers (items in both; the writer never writes one alone). */
function answersOfCase(
  values: AnswerValuesRecord | undefined,
  details: AnswerDetailsRecord | undefined,
): AnswerRecord[] {
  if (!values || !details) return [];
  const answers: AnswerRecord[] = [];
  for (const itemId of Object.keys(values.values)) {
    if (!has(details.details, itemId)) continue;
    answers.push(answerOf(values, details, itemId));
  }
  return answers;
}

function answerOf(
  values: AnswerValuesRecord,
  details: AnswerDetailsRecord,
  itemId: string,
): AnswerRecord {
  const { caseId, inspectionId } = values;
  return {
    caseId,
    inspectionId,
    itemId,
    value: values.values[itemId] as AnswerValue,
    ...(details.details[itemId] as AnswerDetail),
  };
}

function joined(
  values: readonly (AnswerValuesRecord | undefined)[],
  details: readonly (AnswerDetailsRecord | undefined)[],
): AnswerRecord[] {
  const byCase = new Map<string, AnswerDetailsRecord>();
  for (const d of details) if (d) byCase.set(d.caseId, d);
  return values.flatMap((v) => (v ? answersOfCase(v, byCase.get(v.caseId)) : []));
}

/** One answer; undefined when the item has none. */
export function getAnswer(
  db: CaseAuditDatabase,
  caseId: string,
  itemId: string,
): Promise<AnswerRecord | undefined> {
  return readCaseAnswers(db, caseId).then((stored) => answerIn(stored, itemId));
}

/** A case's current answers. */
export function caseAnswers(db: CaseAuditDatabase, caseId: string): Promise<AnswerRecord[]> {
  return readCaseAnswers(db, caseId).then(({ values, details }) => answersOfCase(values, details));
}

/** The current answers of many cases (two queries, whatever their number). */
export function casesAnswers(
  db: CaseAuditDatabase,
  caseIds: readonly string[],
): Promise<AnswerRecord[]> {
  if (caseIds.length === 0) return Promise.resolve([]);
  return Promise.all([
    db.answerValues.bulkGet([...caseIds]),
    db.answerDetails.bulkGet([...caseIds]),
  ]).then(([values, details]) => joined(values, details));
}

/** Every current answer of an inspection. */
export function inspectionAnswers(
  db: CaseAuditDatabase,
  inspectionId: string,
): Promise<AnswerRecord[]> {
  return Promise.all([
    db.answerValues.where('inspectionId').equals(inspectionId).toArray(),
    db.answerDetails.where('inspectionId').equals(inspectionId).toArray(),
  ]).then(([values, details]) => joined(values, details));
}

/** Every current answer on this device (checks and tests; the screens read by inspection). */
export function allAnswers(db: CaseAuditDatabase): Promise<AnswerRecord[]> {
  return Promise.all([db.answerValues.toArray(), db.answerDetails.toArray()]).then(
    ([values, details]) => joined(values, details),
  );
}

/** A case's answer values by item id (no notes, no authors): one read. */
export function caseValues(
  db: CaseAuditDatabase,
  caseId: string,
): Promise<Map<string, AnswerValue>> {
  return db.answerValues
    .get(caseId)
    .then((record) => new Map(record ? Object.entries(record.values) : []));
}

/** When a case's latest answer was saved; null when it has none. */
export function lastAnswerAt(db: CaseAuditDatabase, caseId: string): Promise<string | null> {
  return db.answerDetails.get(caseId).then((record) => {
    let latest: string | null = null;
    for (const detail of Object.values(record?.details ?? {})) {
      if (latest === null || detail.at > latest) latest = detail.at;
    }
    return latest;
  });
}

/** The value records of an inspection's cases: what findings read, one query. */
export function inspectionValues(
  db: CaseAuditDatabase,
  inspectionId: string,
): Promise<AnswerValuesRecord[]> {
  return db.answerValues.where('inspectionId').equals(inspectionId).toArray();
}

/** How many current answers an inspection holds. */
export function countInspectionAnswers(
  db: CaseAuditDatabase,
  inspectionId: string,
): Promise<number> {
  return db.answerValues
    .where('inspectionId')
    .equals(inspectionId)
    .toArray()
    .then((records) =>
      records.reduce((count, record) => count + Object.keys(record.values).length, 0),
    );
}

type CaseRecords = { values: AnswerValuesRecord; details: AnswerDetailsRecord };

/** Copies of a case's stored records (or new ones) that answers can be laid into. */
function editable(
  caseId: string,
  inspectionId: string,
  values: AnswerValuesRecord | undefined,
  details: AnswerDetailsRecord | undefined,
): CaseRecords {
  return {
    values: {
      caseId,
      inspectionId: values?.inspectionId ?? inspectionId,
      values: Object.assign(byItem<AnswerValue>(), values?.values),
    },
    details: {
      caseId,
      inspectionId: details?.inspectionId ?? inspectionId,
      details: Object.assign(byItem<AnswerDetail>(), details?.details),
    },
  };
}

function lay(records: CaseRecords, answer: AnswerRecord): void {
  const { caseId: _c, inspectionId: _i, itemId, value, ...detail } = answer;
  records.values.values[itemId] = value;
  records.details.details[itemId] = detail;
}

/**
 * Writes answers, each replacing the stored answer to the same item of the same case; the
 * case's other answers stay. Reads the cases' records and writes each case's two records once,
 * however many of its answers change. Must run in the caller's transaction (`answerTables`).
 */
export function putAnswers(db: CaseAuditDatabase, answers: readonly AnswerRecord[]): Promise<void> {
  const caseIds = [...new Set(answers.map((a) => a.caseId))];
  if (caseIds.length === 0) return Promise.resolve();
  const inspectionOf = new Map(answers.map((a) => [a.caseId, a.inspectionId]));
  return Promise.all([db.answerValues.bulkGet(caseIds), db.answerDetails.bulkGet(caseIds)]).then(
    ([values, details]) => {
      const records = new Map<string, CaseRecords>();
      caseIds.forEach((caseId, i) => {
        records.set(caseId, editable(caseId, inspectionOf.get(caseId)!, values[i], details[i]));
      });
      for (const answer of answers) lay(records.get(answer.caseId)!, answer);
      return writeRecords(db, [...records.values()]);
    },
  );
}

function writeRecords(db: CaseAuditDatabase, records: readonly CaseRecords[]): Promise<void> {
  return Promise.all([
    db.answerValues.bulkPut(records.map((r) => r.values)),
    db.answerDetails.bulkPut(records.map((r) => r.details)),
  ]).then(() => undefined);
}

/** A case's stored records as read: given back to `putAnswerOver` to save a second read. */
export type StoredCaseAnswers = {
  readonly values: AnswerValuesRecord | undefined;
  readonly details: AnswerDetailsRecord | undefined;
};

/** Reads a case's records once, for `answerIn` and `putAnswerOver` (the editor's save). */
export function readCaseAnswers(db: CaseAuditDatabase, caseId: string): Promise<StoredCaseAnswers> {
  return Promise.all([db.answerValues.get(caseId), db.answerDetails.get(caseId)]).then(
    ([values, details]) => ({ values, details }),
  );
}

/** One answer of records read with `readCaseAnswers`. */
export function answerIn(stored: StoredCaseAnswers, itemId: string): AnswerRecord | undefined {
  const { values, details } = stored;
  if (!values || !details || !has(values.values, itemId) || !has(details.details, itemId)) {
    return undefined;
  }
  return answerOf(values, details, itemId);
}

/**
 * Writes one answer over a case's records read in the same transaction with
 * `readCaseAnswers`: two puts, no read.
 */
export function putAnswerOver(
  db: CaseAuditDatabase,
  answer: AnswerRecord,
  stored: StoredCaseAnswers,
): Promise<void> {
  const records = editable(answer.caseId, answer.inspectionId, stored.values, stored.details);
  lay(records, answer);
  return Promise.all([
    db.answerValues.put(records.values),
    db.answerDetails.put(records.details),
  ]).then(() => undefined);
}

/** Removes the answers to some items of some cases (each [caseId, itemId]). */
export function deleteAnswers(
  db: CaseAuditDatabase,
  keys: readonly (readonly [string, string])[],
): Promise<void> {
  const caseIds = [...new Set(keys.map(([caseId]) => caseId))];
  if (caseIds.length === 0) return Promise.resolve();
  return Promise.all([db.answerValues.bulkGet(caseIds), db.answerDetails.bulkGet(caseIds)]).then(
    ([values, details]) => {
      const records = new Map<string, CaseRecords>();
      caseIds.forEach((caseId, i) => {
        const v = values[i];
        const d = details[i];
        if (v || d) records.set(caseId, editable(caseId, v?.inspectionId ?? '', v, d));
      });
      for (const [caseId, itemId] of keys) {
        const r = records.get(caseId);
        if (!r) continue;
        delete r.values.values[itemId];
        delete r.details.details[itemId];
      }
      return writeRecords(db, [...records.values()]);
    },
  );
}

/** Removes every answer of some cases. */
export function deleteCaseAnswers(
  db: CaseAuditDatabase,
  caseIds: readonly string[],
): Promise<void> {
  if (caseIds.length === 0) return Promise.resolve();
  return Promise.all([
    db.answerValues.bulkDelete([...caseIds]),
    db.answerDetails.bulkDelete([...caseIds]),
  ]).then(() => undefined);
}

/** Removes every answer of an inspection. */
export function deleteInspectionAnswers(
  db: CaseAuditDatabase,
  inspectionId: string,
): Promise<void> {
  return Promise.all([
    db.answerValues.where('inspectionId').equals(inspectionId).delete(),
    db.answerDetails.where('inspectionId').equals(inspectionId).delete(),
  ]).then(() => undefined);
}
