/** Addresses of the moderation screens of an inspection. */
import type { ScoringTask } from '../../../core';

const part = encodeURIComponent;

export function moderationPath(inspectionId: string): string {
  return `/inspections/${part(inspectionId)}/moderation`;
}

export function choosePath(inspectionId: string): string {
  return `${moderationPath(inspectionId)}/choose`;
}

export function agreementPath(inspectionId: string): string {
  return `${moderationPath(inspectionId)}/agreement`;
}

/** The comparison of a case's two readings, with its disagreements. */
export function comparisonPath(inspectionId: string, caseId: string): string {
  return `${moderationPath(inspectionId)}/cases/${part(caseId)}`;
}

/** Changing the second reader of a case, or taking it out of moderation. */
export function changePath(inspectionId: string, caseId: string): string {
  return `${comparisonPath(inspectionId, caseId)}/change`;
}

export function decisionPath(inspectionId: string, caseId: string, itemId: string): string {
  return `${comparisonPath(inspectionId, caseId)}/decide/${part(itemId)}`;
}

/** The blind second reading of a case: its task list. */
export function readingPath(inspectionId: string, caseId: string): string {
  return `${moderationPath(inspectionId)}/second-readings/${part(caseId)}`;
}

export function readingTaskPath(
  inspectionId: string,
  caseId: string,
  task: Pick<ScoringTask, 'kind' | 'id'>,
): string {
  const base = readingPath(inspectionId, caseId);
  return task.kind === 'profile' ? `${base}/profile` : `${base}/standards/${part(task.id)}`;
}
