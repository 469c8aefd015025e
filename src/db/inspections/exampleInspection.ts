/**
 * The example inspection: synthetic data a new user can load to see the app working (core's
 * `buildExampleInspection`: 60 made-up cases on the built-in 2012 thematic framework), and
 * remove again. There is at most one on a device: loading it again offers the one there.
 *
 * Loading is one transaction: the inspection, its cases, and their answers with history
 * (through caseStore's `importAnswers`, `via: 'import'`, source "example data"). Removing is
 * `deleteInspection`'s one transaction, refused for anything not marked as example data.
 */
import {
  buildExampleInspection,
  EXAMPLE_FRAMEWORK,
  EXAMPLE_SOURCE,
  frameworkKey,
  type Inspection,
} from '../../core';
import { answerTables } from '../cases/answerStore';
import { type IncomingAnswer, importAnswers } from '../cases/answerWriter';
import { database } from '../connection';
import type { CaseAuditDatabase, CaseRecord } from '../database';
import { ensureBuiltInFrameworks } from '../frameworks/frameworkStore';
import { type Clock, type Failed, failed, type Missing, writeTransaction } from '../writeOutcome';
import { deleteInspection, type InspectionContents } from './inspectionStore';

export type ExampleLoadOutcome =
  | {
      readonly status: 'loaded';
      readonly inspection: Inspection;
      readonly cases: number;
      readonly answers: number;
    }
  /** An example is already on this device (perhaps loaded in another tab): nothing was added. */
  | { readonly status: 'exists'; readonly inspection: Inspection }
  | Missing
  | Failed;

export type ExampleRemoveOutcome =
  | { readonly status: 'removed'; readonly removed: InspectionContents }
  | { readonly status: 'not-example'; readonly message: string }
  | Missing
  | Failed;

/** The example inspection in `db`: inspections are sealed, so they are read whole and looked through. */
async function exampleIn(db: CaseAuditDatabase): Promise<Inspection | null> {
  return (await db.inspections.toArray()).find((inspection) => inspection.example) ?? null;
}

/** The example inspection on this device, if there is one. */
export async function findExampleInspection(): Promise<Inspection | null> {
  return exampleIn(database());
}

/**
 * Creates the example inspection, unless one is already on this device (checked inside the
 * same transaction as the write, so two tabs loading at once still make one).
 */
export async function loadExampleInspection(
  options: {
    readonly now?: Clock;
    readonly newId?: () => string;
    /** Each case's id; random unless a test says otherwise. */
    readonly newCaseId?: () => string;
  } = {},
): Promise<ExampleLoadOutcome> {
  try {
    await ensureBuiltInFrameworks();
    const record = await database().frameworks.get(frameworkKey(EXAMPLE_FRAMEWORK));
    if (!record) {
      return {
        status: 'missing',
        message:
          'The framework the example uses is not on this device. Reload the page to try again.',
      };
    }
    // Built before the transaction opens, so the transaction only writes.
    const example = buildExampleInspection(record.framework, {
      inspectionId: (options.newId ?? (() => crypto.randomUUID()))(),
      now: (options.now ?? (() => new Date()))().toISOString(),
      newCaseId: options.newCaseId ?? (() => crypto.randomUUID()),
    });
    const cases: CaseRecord[] = example.cases.map(({ answers: _answers, ...kase }) => kase);
    const answers: IncomingAnswer[] = example.cases.flatMap((kase) =>
      Object.entries(kase.answers).map(([itemId, answer]) => ({
        caseId: kase.id,
        inspectionId: kase.inspectionId,
        itemId,
        value: answer.value,
        note: answer.note,
        at: answer.at,
        by: answer.by,
        device: answer.device,
      })),
    );
    return await writeTransaction(
      (db) => [db.inspections, db.cases, ...answerTables(db), db.answerHistory],
      async (db): Promise<ExampleLoadOutcome> => {
        const existing = await exampleIn(db);
        if (existing) return { status: 'exists', inspection: existing };
        await db.inspections.add(example.inspection);
        await db.cases.bulkAdd(cases);
        const { written } = await importAnswers(answers, { via: 'import', source: EXAMPLE_SOURCE });
        return {
          status: 'loaded',
          inspection: example.inspection,
          cases: cases.length,
          answers: written,
        };
      },
      (outcome) => outcome.status === 'loaded',
    );
  } catch (error) {
    return failed(error);
  }
}

/** Removes the example inspection and everything of it; any other inspection is refused. */
export async function removeExampleInspection(id: string): Promise<ExampleRemoveOutcome> {
  try {
    const inspection = await database().inspections.get(id);
    if (!inspection) {
      return { status: 'missing', message: 'The example inspection is no longer on this device.' };
    }
    if (!inspection.example) {
      return {
        status: 'not-example',
        message: `“${inspection.title}” is not example data: delete it from its own page.`,
      };
    }
    const outcome = await deleteInspection(id);
    return outcome.status === 'deleted' ? { status: 'removed', removed: outcome.removed } : outcome;
  } catch (error) {
    return failed(error);
  }
}
