/**
 * The report draft of each inspection (the `reports` table: one row per inspection, its draft
 * checked by core's `reportDraftSchema`): loaded, and saved whole. The report editor types into
 * an autosave (src/editing/reportAutosave.ts) that saves through `saveReportDraft`.
 */
import { emptyReportDraft, type ReportDraft, readReportDraft } from '../../core';
import {
  type InspectionDraftSaveOutcome,
  inspectionDraftStore,
  type StoredInspectionDraft,
} from './inspectionDraftStore';

export type StoredDraft = StoredInspectionDraft<ReportDraft>;
export type DraftSaveOutcome = InspectionDraftSaveOutcome;

const reports = inspectionDraftStore((db) => db.reports, readReportDraft, emptyReportDraft);

/** The inspection's draft; an empty one when nothing has been written yet. */
export const loadReportDraft = reports.load;

/** Writes the whole draft in one transaction; resolves after the commit. */
export const saveReportDraft = reports.save;
