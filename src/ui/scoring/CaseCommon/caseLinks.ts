/** Addresses of the screens of one case, and the anchor of each question on them. */
import type { ScoringTask } from '../../../core';

const part = encodeURIComponent;

export function casePath(inspectionId: string, caseId: string): string {
  return `/inspections/${part(inspectionId)}/cases/${part(caseId)}`;
}

export function taskPath(
  inspectionId: string,
  caseId: string,
  task: Pick<ScoringTask, 'kind' | 'id'>,
): string {
  const base = casePath(inspectionId, caseId);
  return task.kind === 'profile' ? `${base}/profile` : `${base}/standards/${part(task.id)}`;
}

export function checkPath(inspectionId: string, caseId: string): string {
  return `${casePath(inspectionId, caseId)}/check`;
}

export function historyPath(inspectionId: string, caseId: string): string {
  return `${casePath(inspectionId, caseId)}/history`;
}

export function inspectionPath(inspectionId: string): string {
  return `/inspections/${part(inspectionId)}`;
}

/** The id of a question's block on an answering screen: the target of "Answer" links. */
export function questionAnchor(itemId: string): string {
  return `question-${itemId}`;
}
