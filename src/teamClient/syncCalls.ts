/**
 * The team server's sync calls (issue 14): a device's work pushed under a push id, the changes
 * since a sequence number pulled, a first copy of an inspection fetched as a pack, a lead's
 * inspection put on the server and its pack uploaded. Answers are read against core's schemas;
 * nothing throws (teamRequest.ts).
 */
import {
  assignmentsPushResponseSchema,
  type ConflictDecision,
  decisionsPushResponseSchema,
  type ModerationAssignment,
  type PackFile,
  type PushRequest,
  packResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  teamInspectionSchema,
} from '../core';
import { teamRequest } from './teamRequest';

const address = (inspectionId: string, rest: string) =>
  `/api/inspections/${encodeURIComponent(inspectionId)}${rest}`;

export const pushWork = (inspectionId: string, push: PushRequest) =>
  teamRequest('POST', address(inspectionId, '/push'), pushResponseSchema, push);

export const pullChanges = (inspectionId: string, since: number) =>
  teamRequest('GET', address(inspectionId, `/pull?since=${since}`), pullResponseSchema);

export const fetchPack = (inspectionId: string) =>
  teamRequest('GET', address(inspectionId, '/pack'), packResponseSchema);

/** The second readings the lead has assigned, from the lead's device. */
export const pushAssignments = (
  inspectionId: string,
  assignments: readonly ModerationAssignment[],
) =>
  teamRequest('POST', address(inspectionId, '/assignments'), assignmentsPushResponseSchema, {
    assignments,
  });

/** The lead's decisions on conflicts the server kept, from the lead's device. */
export const pushDecisions = (inspectionId: string, decisions: readonly ConflictDecision[]) =>
  teamRequest('POST', address(inspectionId, '/decisions'), decisionsPushResponseSchema, {
    decisions,
  });

/** A lead's own inspection put on the server under its id; they are its lead there as `memberId`. */
export const putInspection = (inspection: { id: string; title: string; memberId: string | null }) =>
  teamRequest('POST', '/api/inspections', teamInspectionSchema, {
    id: inspection.id,
    title: inspection.title,
    ...(inspection.memberId ? { memberId: inspection.memberId } : {}),
  });

/** The lead's pack for everyone, merged on the server as it would be on a device. */
export const uploadPack = (inspectionId: string, pack: PackFile) =>
  teamRequest('POST', address(inspectionId, '/files'), pushResponseSchema, pack);
