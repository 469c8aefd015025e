/**
 * What opening a Case Audit file does in the team worker: say what the file is (and, for a
 * pack, what it would change here), and import a pack or a whole inspection.
 */
import type { FilePlan, Inspection } from '../../../core';
import { deviceId, scorerFor } from '../../../db/device/identityStore';
import { requestPersistenceOnFirstWrite } from '../../../db/device/storageStatus';
import {
  type InspectionImportOutcome,
  importInspectionFile,
} from '../../../db/exchange/inspectionImport';
import { getInspection } from '../../../db/inspections/inspectionStore';
import { teamWorker } from '../../../workers/teamWorkBridge';
import type { TeamFileSummary } from '../../../workers/teamWorkService';
import { t } from '../../i18n/translate';

export type Opened = {
  readonly session: string;
  readonly file: File;
  readonly summary: TeamFileSummary;
  /** The inspection the file is for, if it is on this device. */
  readonly here: Inspection | null;
  readonly plan: FilePlan | null;
  readonly planError: string | null;
};

export type Done =
  | {
      readonly kind: 'pack';
      readonly inspectionId: string;
      readonly title: string;
      readonly plan: FilePlan;
      readonly notes: readonly string[];
      readonly wrote: boolean;
    }
  | {
      readonly kind: 'inspection';
      readonly outcome: Extract<InspectionImportOutcome, { status: 'imported' }>;
    };

/** An import ends done, or with the problems to list, or (null) with nothing to say. */
export type ImportResult = { readonly done: Done } | { readonly failure: string[] } | null;

async function who(summary: TeamFileSummary) {
  const id = summary.inspection?.id ?? '';
  const scorer = id ? await scorerFor(id) : null;
  return { now: new Date().toISOString(), by: scorer ?? 'inspector', device: await deviceId() };
}

/** What the file in this worker session is, with what a pack would change on this device. */
export async function describeFile(
  session: string,
  file: File,
  summary: TeamFileSummary,
): Promise<Opened> {
  const here = summary.inspection ? ((await getInspection(summary.inspection.id)) ?? null) : null;
  if (summary.status !== 'ready' || summary.kind !== 'pack') {
    return { session, file, summary, here, plan: null, planError: null };
  }
  const preview = await teamWorker.call('preview', {
    session,
    inspectionId: summary.inspection!.id,
    decisions: [],
    who: await who(summary),
  });
  return preview.status === 'ok'
    ? { session, file, summary, here, plan: preview.files[0] ?? null, planError: null }
    : { session, file, summary, here, plan: null, planError: preview.message };
}

/** Imports the opened pack into its inspection (answers made here are never overwritten). */
export async function importPack(
  opened: Opened,
  inspection: NonNullable<TeamFileSummary['inspection']>,
): Promise<ImportResult> {
  const outcome = await teamWorker.call('commit', {
    session: opened.session,
    inspectionId: inspection.id,
    decisions: [],
    who: await who(opened.summary),
  });
  if (outcome.status === 'merged' && outcome.files[0]) {
    // The worker cannot ask the browser to keep the data: the page does, after an import.
    if (outcome.wrote) void requestPersistenceOnFirstWrite('import');
    return {
      done: {
        kind: 'pack',
        inspectionId: inspection.id,
        title: inspection.title,
        plan: outcome.files[0],
        notes: outcome.moderation,
        wrote: outcome.wrote,
      },
    };
  }
  if (outcome.status === 'refused') return { failure: [outcome.message] };
  if (outcome.status === 'failed') {
    return { failure: [storageRefused(outcome.detail)] };
  }
  return null;
}

export async function importWholeInspection(opened: Opened): Promise<ImportResult> {
  const text = await teamWorker.call('inspectionText', { session: opened.session, index: 0 });
  const outcome = await importInspectionFile(text, { fileName: opened.file.name });
  if (outcome.status === 'imported') return { done: { kind: 'inspection', outcome } };
  if (outcome.status === 'invalid') {
    return { failure: outcome.errors.slice(0, 20).map((e) => `${e.path}: ${e.message}`) };
  }
  if (outcome.status === 'refused') return { failure: [outcome.message] };
  return { failure: [storageRefused(outcome.detail)] };
}

function storageRefused(detail: string): string {
  return t('team.open', 'Nothing was imported: the browser’s storage refused it ({detail}).', {
    detail,
  });
}
