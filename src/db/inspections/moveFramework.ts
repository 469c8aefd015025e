/**
 * Moving an inspection to another version of its framework. The preview (core's
 * `planMigration`) reads every answer of every case and says what becomes of it — kept, mapped
 * (item id or answer code renamed by the author's mapping) or no longer asked — and changes
 * nothing. Confirming does it all in ONE transaction, or nothing:
 * - every mapped answer is written through the one answer writer (`importAnswers`,
 *   `via: 'migration'`, its history entry naming the new version);
 * - every case's history records the move (`#framework`: the new version, the old before it);
 * - the inspection is re-pinned and remembers the move (`frameworkMoves`: from, to, the mapping,
 *   when, by whom), so team files made for the old version are still read through it;
 * - second readings and the lead's decisions, open conflicts and rating overrides follow the
 *   renamed questions and standards (core's `recordsAfterMove`).
 * An answer no longer asked is never deleted: it stays on the device and in the case's history,
 * and simply stops counting, since the new version has no such question.
 */
import {
  type CaseWithAnswers,
  FRAMEWORK_HISTORY_ITEM,
  type Framework,
  type FrameworkMapping,
  type FrameworkMove,
  frameworkKey,
  type Inspection,
  type MigrationPlan,
  type ModerationCase,
  mappingProblems,
  planMigration,
  recordsAfterMove,
} from '../../core';
import { answerTables, inspectionAnswers } from '../cases/answerStore';
import { type IncomingAnswer, importAnswers } from '../cases/answerWriter';
import { database } from '../connection';
import type { AnswerHistoryRecord, CaseAuditDatabase, ConflictRecord } from '../database';
import { deviceId } from '../device/identityStore';
import { readModerationRecord } from '../moderation/moderationStore';
import { type Clock, systemClock, writeTransaction } from '../writeOutcome';

export type MoveOutcome =
  | { readonly status: 'moved' }
  | { readonly status: 'refused'; readonly message: string };

type Loaded =
  | {
      readonly status: 'ok';
      readonly inspection: Inspection;
      readonly from: Framework;
      readonly to: Framework;
      readonly cases: readonly CaseWithAnswers[];
      /** What else names questions and standards: second readings, open conflicts, overrides. */
      readonly records: {
        readonly moderation: readonly ModerationCase[];
        readonly conflicts: readonly ConflictRecord[];
        readonly ratingOverrides: Inspection['ratingOverrides'];
      };
    }
  | { readonly status: 'refused'; readonly message: string };

/** The inspection, both versions and every case with its answers, read in the caller's transaction. */
async function load(db: CaseAuditDatabase, inspectionId: string, toKey: string): Promise<Loaded> {
  const inspection = await db.inspections.get(inspectionId);
  if (!inspection)
    return { status: 'refused', message: 'This inspection is no longer on this device.' };
  const fromKey = frameworkKey(inspection.framework);
  if (fromKey === toKey) {
    return { status: 'refused', message: `This inspection already uses ${toKey}.` };
  }
  const [from, to] = await Promise.all([db.frameworks.get(fromKey), db.frameworks.get(toKey)]);
  if (!from)
    return { status: 'refused', message: `The framework ${fromKey} is not on this device.` };
  if (!to) return { status: 'refused', message: `The framework ${toKey} is not on this device.` };
  const [cases, answers, moderation, conflicts] = await Promise.all([
    db.cases.where('inspectionId').equals(inspectionId).toArray(),
    inspectionAnswers(db, inspectionId),
    db.moderation.where('inspectionId').equals(inspectionId).toArray(),
    db.conflicts.where('[inspectionId+status]').equals([inspectionId, 'open']).toArray(),
  ]);
  const byCase = new Map<string, Record<string, (typeof answers)[number]>>();
  for (const answer of answers) {
    const list = byCase.get(answer.caseId) ?? {};
    list[answer.itemId] = answer;
    byCase.set(answer.caseId, list);
  }
  return {
    status: 'ok',
    inspection,
    from: from.framework,
    to: to.framework,
    cases: cases.map((kase) => ({ ...kase, answers: byCase.get(kase.id) ?? {} })),
    records: {
      // A record this version cannot read is left as it is.
      moderation: moderation.flatMap((row) => readModerationRecord(row) ?? []),
      conflicts,
      ratingOverrides: inspection.ratingOverrides,
    },
  };
}

/** What moving the inspection to `toKey` with `mapping` would do to every answer; changes nothing. */
export async function previewFrameworkMove(
  inspectionId: string,
  toKey: string,
  mapping: FrameworkMapping,
): Promise<MigrationPlan> {
  const db = database();
  const loaded = await db.transaction(
    'r',
    [db.inspections, db.frameworks, db.cases, ...answerTables(db), db.moderation, db.conflicts],
    () => load(db, inspectionId, toKey),
  );
  if (loaded.status !== 'ok') throw new Error(loaded.message);
  return planMigration(loaded.from, loaded.to, mapping, loaded.cases, loaded.records);
}

/** The `#framework` history entry of one case: the move, from the old version to the new. */
function moveEntry(
  kase: CaseWithAnswers,
  move: FrameworkMove,
  device: string,
): AnswerHistoryRecord {
  return {
    caseId: kase.id,
    inspectionId: kase.inspectionId,
    itemId: FRAMEWORK_HISTORY_ITEM,
    value: move.to,
    note: '',
    rev: 0,
    at: move.movedAt,
    by: move.by,
    device,
    via: 'migration',
    source: move.to,
    before: { value: move.from, note: '' },
  };
}

/**
 * Moves the inspection to the framework version `toKey`, in one transaction (a failure part way
 * changes nothing). `by`: who is moving it (a team member id or name). Refused, with the reason
 * in words, when the inspection or either version is missing or the mapping does not fit them.
 */
export async function moveInspectionFramework(
  inspectionId: string,
  toKey: string,
  mapping: FrameworkMapping,
  by: string,
  now: Clock = systemClock,
): Promise<MoveOutcome> {
  const device = await deviceId();
  const outcome = await writeTransaction(
    (db) => [
      db.inspections,
      db.frameworks,
      db.cases,
      ...answerTables(db),
      db.answerHistory,
      db.moderation,
      db.conflicts,
    ],
    async (db): Promise<MoveOutcome> => {
      const loaded = await load(db, inspectionId, toKey);
      if (loaded.status !== 'ok') return loaded;
      const { inspection, from, to, cases } = loaded;
      const problems = mappingProblems(from, to, mapping);
      if (problems.length > 0) {
        return { status: 'refused', message: `The mapping does not fit: ${problems.join('; ')}.` };
      }
      const plan = planMigration(from, to, mapping, cases);
      const at = now().toISOString();
      const move: FrameworkMove = { from: plan.from, to: plan.to, mapping, movedAt: at, by };
      const notes = new Map(cases.map((k) => [k.id, k.answers]));
      const mapped: IncomingAnswer[] = plan.answers.flatMap((a) =>
        a.outcome === 'mapped'
          ? [
              {
                caseId: a.caseId,
                inspectionId,
                itemId: a.toItemId!,
                value: a.toValue ?? null,
                note: notes.get(a.caseId)?.[a.itemId]?.note ?? '',
                at,
                by,
                device,
              },
            ]
          : [],
      );
      await importAnswers(mapped, { via: 'migration', source: plan.to });
      await db.answerHistory.bulkAdd(cases.map((kase) => moveEntry(kase, move, device)));
      const { changed } = recordsAfterMove(from, to, mapping, loaded.records);
      await db.moderation.bulkPut([...changed.moderation]);
      await db.conflicts.bulkPut([...changed.conflicts]);
      await db.inspections.put({
        ...inspection,
        ratingOverrides: [...changed.ratingOverrides],
        framework: { id: to.id, version: to.version },
        frameworkMoves: [...(inspection.frameworkMoves ?? []), move],
        updatedAt: at,
      });
      return { status: 'moved' };
    },
  );
  if (outcome.status === 'failed') {
    return {
      status: 'refused',
      message: `Nothing was changed: the browser’s storage refused (${outcome.detail}).`,
    };
  }
  return outcome;
}
