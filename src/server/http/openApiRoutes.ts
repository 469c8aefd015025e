/**
 * What the API's OpenAPI description says (openApi.ts builds it): each body by name with core's
 * schema for it, and each route with who may call it, what it takes, what it answers and the
 * refusals of its own. A route the app has and this list lacks fails tests/server/openApi.test.ts.
 */
import { z } from 'zod';
import {
  accountChangeRequestSchema,
  accountListSchema,
  accountSummarySchema,
  apiErrorSchema,
  assignmentsPushResponseSchema,
  assignmentsPushSchema,
  decisionsPushResponseSchema,
  decisionsPushSchema,
  firstAdministratorRequestSchema,
  inspectionMemberListSchema,
  newAccountRequestSchema,
  newServerInspectionRequestSchema,
  packFileSchema,
  packResponseSchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
  roleRequestSchema,
  serverHealthSchema,
  serverTeamSchema,
  setupNeededSchema,
  signedInSchema,
  signInRequestSchema,
  teamInspectionListSchema,
  teamInspectionSchema,
  tokenSignedInSchema,
  workFileSchema,
} from '../../core';

export const OPEN_API_PATH = '/api/openapi.json';

/** Each named body: core's schema, and whether it is read (a request) or sent (a reply). */
export const BODIES = {
  ApiError: { schema: apiErrorSchema, io: 'output' },
  SetupStatus: { schema: setupNeededSchema, io: 'output' },
  ServerHealth: { schema: serverHealthSchema, io: 'output' },
  FirstAdministratorRequest: { schema: firstAdministratorRequestSchema, io: 'input' },
  SignInRequest: { schema: signInRequestSchema, io: 'input' },
  SignedIn: { schema: signedInSchema, io: 'output' },
  /** Signed in with the cookie, or, when `session: "token"` was asked for, with the token. */
  SessionStarted: { schema: z.union([signedInSchema, tokenSignedInSchema]), io: 'output' },
  NewAccountRequest: { schema: newAccountRequestSchema, io: 'input' },
  AccountChangeRequest: { schema: accountChangeRequestSchema, io: 'input' },
  AccountSummary: { schema: accountSummarySchema, io: 'output' },
  AccountList: { schema: accountListSchema, io: 'output' },
  NewInspectionRequest: { schema: newServerInspectionRequestSchema, io: 'input' },
  TeamInspection: { schema: teamInspectionSchema, io: 'output' },
  InspectionList: { schema: teamInspectionListSchema, io: 'output' },
  RoleRequest: { schema: roleRequestSchema, io: 'input' },
  MemberList: { schema: inspectionMemberListSchema, io: 'output' },
  InspectionTeam: { schema: serverTeamSchema, io: 'output' },
  PushRequest: { schema: pushRequestSchema, io: 'input' },
  AssignmentsRequest: { schema: assignmentsPushSchema, io: 'input' },
  AssignmentsResponse: { schema: assignmentsPushResponseSchema, io: 'output' },
  PushResponse: { schema: pushResponseSchema, io: 'output' },
  DecisionsRequest: { schema: decisionsPushSchema, io: 'input' },
  DecisionsResponse: { schema: decisionsPushResponseSchema, io: 'output' },
  TeamFileRequest: { schema: z.union([packFileSchema, workFileSchema]), io: 'input' },
  PullResponse: { schema: pullResponseSchema, io: 'output' },
  ServerPack: { schema: packResponseSchema, io: 'output' },
} as const satisfies Record<string, { schema: z.ZodType; io: 'input' | 'output' }>;

export type BodyName = keyof typeof BODIES;

/** Who may call a route: anyone; a signed-in account reading; one changing (CSRF with the cookie). */
type Caller = 'anyone' | 'reads' | 'changes';

type Reply = { status: number; body?: BodyName; csv?: true; description: string };

export type DescribedRoute = {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** In OpenAPI's form: `/api/inspections/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly caller: Caller;
  readonly body?: BodyName;
  readonly since?: true;
  readonly reply: Reply;
  /** The refusals it may answer beyond those every route may (400, 413, 415, 500, 503; 403 on a change). */
  readonly refusals: readonly number[];
};

const SIGNED_IN = [401];
const MEMBER = [401, 404];
const ADMINISTRATOR = [401, 403];

export const DESCRIBED_ROUTES: readonly DescribedRoute[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Whether the server is up and reaches its database (else 503), and its engine',
    caller: 'anyone',
    reply: { status: 200, body: 'ServerHealth', description: 'Up' },
    refusals: [],
  },
  {
    method: 'get',
    path: OPEN_API_PATH,
    summary: 'This description of the API',
    caller: 'anyone',
    reply: { status: 200, description: 'An OpenAPI 3.1 document' },
    refusals: [],
  },
  {
    method: 'get',
    path: '/api/setup',
    summary: 'Whether the first administrator is still to be created',
    caller: 'anyone',
    reply: { status: 200, body: 'SetupStatus', description: 'Whether set-up is needed' },
    refusals: [],
  },
  {
    method: 'post',
    path: '/api/setup',
    summary: 'Create the first administrator with the one-time link the server printed',
    caller: 'anyone',
    body: 'FirstAdministratorRequest',
    reply: { status: 201, body: 'SessionStarted', description: 'Created and signed in' },
    refusals: [403, 409],
  },
  {
    method: 'post',
    path: '/api/sign-in',
    summary: 'Sign in (waits after failed sign-ins, by account and by address)',
    caller: 'anyone',
    body: 'SignInRequest',
    reply: {
      status: 200,
      body: 'SessionStarted',
      description: 'Signed in: keep the CSRF token (the cookie), or the session token',
    },
    refusals: [401, 403, 429],
  },
  {
    method: 'post',
    path: '/api/sign-out',
    summary: 'Sign out: the session ends (the cookie’s, or the bearer token’s)',
    caller: 'changes',
    reply: { status: 204, description: 'Signed out' },
    refusals: SIGNED_IN,
  },
  {
    method: 'get',
    path: '/api/me',
    summary: 'Who is signed in, their CSRF token and their roles',
    caller: 'reads',
    reply: { status: 200, body: 'SignedIn', description: 'The signed-in account' },
    refusals: SIGNED_IN,
  },
  {
    method: 'get',
    path: '/api/accounts',
    summary: 'Every account (administrators only)',
    caller: 'reads',
    reply: { status: 200, body: 'AccountList', description: 'The accounts' },
    refusals: ADMINISTRATOR,
  },
  {
    method: 'post',
    path: '/api/accounts',
    summary: 'Make an account (administrators only)',
    caller: 'changes',
    body: 'NewAccountRequest',
    reply: { status: 201, body: 'AccountSummary', description: 'Made' },
    refusals: [...ADMINISTRATOR, 409],
  },
  {
    method: 'patch',
    path: '/api/accounts/{id}',
    summary: 'Disable or enable an account, or make it an administrator or not (administrators)',
    caller: 'changes',
    body: 'AccountChangeRequest',
    reply: { status: 200, body: 'AccountSummary', description: 'Changed' },
    refusals: [...ADMINISTRATOR, 404, 409],
  },
  {
    method: 'get',
    path: '/api/inspections',
    summary: 'The inspections the account may see (an administrator: all of them)',
    caller: 'reads',
    reply: { status: 200, body: 'InspectionList', description: 'The inspections' },
    refusals: SIGNED_IN,
  },
  {
    method: 'post',
    path: '/api/inspections',
    summary: 'Put an inspection on the server: an administrator for a team, or a lead their own',
    caller: 'changes',
    body: 'NewInspectionRequest',
    reply: { status: 201, body: 'TeamInspection', description: 'Created' },
    refusals: [...SIGNED_IN, 409],
  },
  {
    method: 'get',
    path: '/api/inspections/{id}/members',
    summary: 'Who takes part in the inspection, in which role (its lead or an administrator)',
    caller: 'reads',
    reply: { status: 200, body: 'MemberList', description: 'The members' },
    refusals: [...MEMBER, 403],
  },
  {
    method: 'get',
    path: '/api/inspections/{id}/team',
    summary:
      'The inspection’s own team list, to say who each account is in it (its lead or an administrator)',
    caller: 'reads',
    reply: {
      status: 200,
      body: 'InspectionTeam',
      description: 'The team list (empty until the lead puts the inspection here)',
    },
    refusals: [...MEMBER, 403],
  },
  {
    method: 'put',
    path: '/api/inspections/{id}/members/{accountId}',
    summary: 'Give an account a role in the inspection (its lead or an administrator)',
    caller: 'changes',
    body: 'RoleRequest',
    reply: { status: 200, body: 'MemberList', description: 'The members after the change' },
    refusals: [...MEMBER, 403],
  },
  {
    method: 'delete',
    path: '/api/inspections/{id}/members/{accountId}',
    summary: 'Take an account’s role in the inspection away (its lead or an administrator)',
    caller: 'changes',
    reply: { status: 204, description: 'Removed' },
    refusals: [...MEMBER, 403],
  },
  {
    method: 'post',
    path: '/api/inspections/{id}/push',
    summary: 'Push work: merged with the app’s merge rules, once per pushId',
    caller: 'changes',
    body: 'PushRequest',
    reply: { status: 200, body: 'PushResponse', description: 'Merged, or merged already' },
    refusals: [...MEMBER, 403],
  },
  {
    method: 'post',
    path: '/api/inspections/{id}/assignments',
    summary:
      'The second readings the lead has assigned (its lead only): each reader pulls theirs, blind',
    caller: 'changes',
    body: 'AssignmentsRequest',
    reply: { status: 200, body: 'AssignmentsResponse', description: 'Applied' },
    refusals: [...MEMBER, 403],
  },
  {
    method: 'post',
    path: '/api/inspections/{id}/decisions',
    summary:
      'The lead’s decisions on conflicts the server kept (its lead only): the first decision stands',
    caller: 'changes',
    body: 'DecisionsRequest',
    reply: { status: 200, body: 'DecisionsResponse', description: 'Recorded' },
    refusals: [...MEMBER, 403],
  },
  {
    method: 'post',
    path: '/api/inspections/{id}/files',
    summary: 'Merge a pack or a work file into the inspection (its lead only)',
    caller: 'changes',
    body: 'TeamFileRequest',
    reply: { status: 200, body: 'PushResponse', description: 'Merged, or merged already' },
    refusals: [...MEMBER, 403],
  },
  {
    method: 'get',
    path: '/api/inspections/{id}/pack',
    summary: 'A device’s first copy of the inspection: a pack with the cases its role allows',
    caller: 'reads',
    reply: { status: 200, body: 'ServerPack', description: 'The pack, and where to pull from' },
    refusals: MEMBER,
  },
  {
    method: 'get',
    path: '/api/inspections/{id}/pull',
    summary: 'What changed since a sequence number, as the caller’s role may see it',
    caller: 'reads',
    since: true,
    reply: { status: 200, body: 'PullResponse', description: 'The changes, as a work file' },
    refusals: MEMBER,
  },
  {
    method: 'get',
    path: '/api/audit.csv',
    summary: 'The audit log as CSV (administrators only)',
    caller: 'reads',
    reply: { status: 200, csv: true, description: 'The audit log' },
    refusals: ADMINISTRATOR,
  },
];
