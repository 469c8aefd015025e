/**
 * Imports an inspection file (core's `inspectionFile.ts`) into this device, in one transaction:
 * all of it or nothing. The framework is added if this device does not have it (the same
 * id@version already here must be identical, or the import is refused); then the inspection,
 * its cases, their answers and full answer history, and the report draft, exactly as exported —
 * same ids, revisions, notes and history — so the findings on this device are the findings of
 * the device that exported it. Only case ids made from a case reference (files from before ids
 * were random) are replaced by random ones (core's `withRandomCaseIds`).
 *
 * Cases, answers and history are restored verbatim with the case and answer writers'
 * `restoreCases` and `restoreAnswers` rather than `importAnswers`, which records a change (a new
 * revision and a history entry per answer): restoring an archive is not a change to any answer. An inspection whose id is already on this device is refused:
 * merging one inspector's work into the lead's is team work's import (mergeWork.ts), not this
 * one.
 */
import {
  canonicalJson,
  frameworkKey,
  type Inspection,
  type InspectionFile,
  readInspectionFile,
  type ValidationError,
  withRandomCaseIds,
} from '../../core';
import { answerTables } from '../cases/answerStore';
import { restoreAnswers } from '../cases/answerWriter';
import { restoreCases } from '../cases/caseStatusWriter';
import { retrying } from '../connection';
import type { AnswerHistoryRecord, AnswerRecord, CaseAuditDatabase } from '../database';
import { learnDeviceNames } from '../device/identityStore';
import { requestPersistenceOnFirstWrite } from '../device/storageStatus';
import {
  contentHash,
  ensureBuiltInFrameworks,
  importedFrameworkRecord,
} from '../frameworks/frameworkStore';
import { type Clock, type Failed, failed } from '../writeOutcome';
import { webSha256 } from './inspectionExport';

export type InspectionImportOutcome =
  | {
      readonly status: 'imported';
      readonly inspection: Inspection;
      readonly cases: number;
      readonly answers: number;
      readonly history: number;
      readonly frameworkAdded: boolean;
    }
  /** The file is not a sound inspection file: what is wrong, and where. */
  | { readonly status: 'invalid'; readonly errors: readonly ValidationError[] }
  /** A sound file this device cannot take as it stands. */
  | { readonly status: 'refused'; readonly message: string }
  | Failed;

/** Why this device cannot take the file as it stands, read in the caller's transaction. */
async function refusal(
  db: CaseAuditDatabase,
  file: InspectionFile,
): Promise<{ readonly status: 'refused'; readonly message: string } | null> {
  const { inspection, framework } = file;
  const existing = await db.inspections.get(inspection.id);
  if (existing) {
    return {
      status: 'refused',
      message: `This device already has this inspection (“${existing.title}”). Importing it again would replace the work here; merging two copies of an inspection is not possible yet. To keep both, delete the one on this device first (after exporting it).`,
    };
  }
  const clashes = await db.cases.bulkGet(file.cases.map((c) => c.id));
  if (clashes.some((c) => c !== undefined)) {
    return {
      status: 'refused',
      message:
        'Some cases in this file have the same ids as cases of another inspection on this device, so it cannot be imported here.',
    };
  }
  const key = frameworkKey(framework);
  const stored = await db.frameworks.get(key);
  if (stored && canonicalJson(stored.framework) !== canonicalJson(framework)) {
    return {
      status: 'refused',
      message: `This device has a different framework under the same name and version (${key}). A published version never changes, so one of the two has been altered: check which is right before importing.`,
    };
  }
  return null;
}

/** Writes the whole file, checked already, in the caller's transaction. */
async function writeFile(
  db: CaseAuditDatabase,
  file: InspectionFile,
  fileName: string,
  now: string,
  hash: string,
): Promise<InspectionImportOutcome> {
  const { inspection, framework } = file;
  const stored = await db.frameworks.get(frameworkKey(framework));
  if (!stored) await db.frameworks.add(importedFrameworkRecord(framework, now, hash));
  await db.inspections.add(inspection);
  await restoreCases(
    file.cases.map(({ answers: _answers, history: _history, ...kase }) => kase),
    'add',
  );
  const answers: AnswerRecord[] = [];
  const history: AnswerHistoryRecord[] = [];
  for (const { answers: byItem, history: entries, ...kase } of file.cases) {
    for (const [itemId, answer] of Object.entries(byItem)) {
      answers.push({ ...answer, caseId: kase.id, inspectionId: inspection.id, itemId });
    }
    for (const entry of entries) {
      history.push({ ...entry, caseId: kase.id, inspectionId: inspection.id });
    }
  }
  await restoreAnswers(answers, history);
  if (file.moderation.length > 0) await db.moderation.bulkAdd(file.moderation);
  if (file.report) {
    await db.reports.put({ inspectionId: inspection.id, updatedAt: now, draft: file.report });
  }
  await db.imports.put({
    id: file.checksum,
    inspectionId: inspection.id,
    fileName,
    importedAt: now,
    summary: {
      kind: file.kind,
      exportedAt: file.exportedAt,
      cases: file.cases.length,
      answers: answers.length,
      history: history.length,
    },
  });
  return {
    status: 'imported',
    inspection,
    cases: file.cases.length,
    answers: answers.length,
    history: history.length,
    frameworkAdded: !stored,
  };
}

/** Reads, checks and stores an inspection file's text. */
export async function importInspectionFile(
  text: string,
  options: { readonly fileName: string; readonly now?: Clock },
): Promise<InspectionImportOutcome> {
  const read = await readInspectionFile(text, webSha256);
  if (read.status !== 'ok') return read;
  // A file from before case ids were random: its cases come in under random ids.
  const file = withRandomCaseIds(read.value, () => crypto.randomUUID());
  const now = (options.now ?? (() => new Date()))().toISOString();
  try {
    await ensureBuiltInFrameworks();
    // Hashed before the transaction, which cannot wait for WebCrypto.
    const hash = await contentHash(file.framework);
    const outcome = await retrying((db) =>
      db.transaction(
        'rw',
        [
          db.frameworks,
          db.inspections,
          db.cases,
          ...answerTables(db),
          db.answerHistory,
          db.reports,
          db.moderation,
          db.imports,
        ],
        async (): Promise<InspectionImportOutcome> =>
          (await refusal(db, file)) ?? writeFile(db, file, options.fileName, now, hash),
      ),
    );
    if (outcome.status === 'imported') {
      void requestPersistenceOnFirstWrite('import');
      await learnDeviceNames([file.devices]).catch(() => undefined);
    }
    return outcome;
  } catch (error) {
    return failed(error);
  }
}
