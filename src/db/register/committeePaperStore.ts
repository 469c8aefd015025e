/**
 * An inspection's committee paper text (the `committeePapers` table: one row per inspection,
 * checked by core's `committeePaperDraftSchema`): loaded, and saved whole after its commit.
 */
import {
  type CommitteePaperDraft,
  emptyCommitteePaperDraft,
  readCommitteePaperDraft,
} from '../../core';
import {
  type InspectionDraftSaveOutcome,
  inspectionDraftStore,
  type StoredInspectionDraft,
} from '../inspections/inspectionDraftStore';

export type StoredCommitteePaper = StoredInspectionDraft<CommitteePaperDraft>;
export type CommitteePaperSaveOutcome = InspectionDraftSaveOutcome;

const papers = inspectionDraftStore(
  (db) => db.committeePapers,
  readCommitteePaperDraft,
  emptyCommitteePaperDraft,
);

/** The inspection's committee paper; an empty one when nothing has been written yet. */
export const loadCommitteePaper = papers.load;

/** Writes the whole paper in one transaction; resolves after the commit. */
export const saveCommitteePaper = papers.save;
