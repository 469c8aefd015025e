/**
 * The team server's API as typed calls (issue 14): whether the app is served by a team server,
 * or one answers at an address, the first administrator, signing in and out, accounts,
 * inspections and their members. Each answers a `TeamReply`; signing in, setting up and asking
 * who is signed in keep the answer in memory (teamSession.ts), so later calls carry its CSRF
 * token; with a server at another address, signing in asks for a token session and keeps its
 * token in the connection (teamConnection.ts).
 */
import { z } from 'zod';
import {
  type AccountChangeRequest,
  accountListSchema,
  accountSummarySchema,
  type FirstAdministratorRequest,
  inspectionMemberListSchema,
  type NewAccountRequest,
  type SignedIn,
  type SignInRequest,
  serverHealthSchema,
  serverTeamSchema,
  setupNeededSchema,
  signedInSchema,
  type TeamRole,
  teamInspectionListSchema,
  teamInspectionSchema,
  tokenSignedInSchema,
} from '../core';
import { connectionNow, setConnection } from './teamConnection';
import { requestAt, type TeamReply, teamRequest, teamText } from './teamRequest';
import { setSignedIn } from './teamSession';

/** Where an administrator downloads the audit log (a plain link: the browser saves the CSV). */
export const AUDIT_LOG_ADDRESS = '/api/audit.csv';

/**
 * The audit log's CSV from a server connected to by its address, where a plain link would carry
 * no session: fetched with the bearer token, for the page to save.
 */
export const auditLogCsv = () => teamText(AUDIT_LOG_ADDRESS);

export type TeamServerPresence = 'served' | 'not-served' | 'unreachable';

/**
 * Whether this app was served by a team server. Anything but its health answer (a 404, or the
 * app's own page from a plain web server) means it was not.
 */
export function checkTeamServer(): Promise<TeamServerPresence> {
  return checkServerAt('');
}

/**
 * Whether a team server answers at `address` (an origin; '' for the page's own). One that does
 * not list this app's origin in its APP_ORIGINS cannot be read from here: the browser says the
 * network failed, so that is `unreachable` too.
 */
export async function checkServerAt(address: string): Promise<TeamServerPresence> {
  const reply = await requestAt({ address }, 'GET', '/api/health', serverHealthSchema);
  if (reply.status === 'ok') return 'served';
  return reply.status === 'unreachable' ? 'unreachable' : 'not-served';
}

export const setupNeeded = () => teamRequest('GET', '/api/setup', setupNeededSchema);

/** Keeps who is signed in when the server says so; forgets it when it says no one is. */
async function keepSignedIn(reply: Promise<TeamReply<SignedIn>>): Promise<TeamReply<SignedIn>> {
  const answered = await reply;
  if (answered.status === 'ok') setSignedIn(answered.value);
  return answered;
}

/**
 * Starts a session: with the server that served the page, its cookie; with one at another
 * address, a token session (no cookie can travel there), its token kept in the connection.
 */
async function startSession(path: string, request: object): Promise<TeamReply<SignedIn>> {
  const connection = connectionNow();
  if (connection.address === '') {
    return keepSignedIn(teamRequest('POST', path, signedInSchema, request));
  }
  const reply = await requestAt(
    { address: connection.address },
    'POST',
    path,
    tokenSignedInSchema,
    { ...request, session: 'token' },
  );
  if (reply.status !== 'ok') return reply;
  const { sessionToken, ...signedIn } = reply.value;
  setConnection({ address: connection.address, token: sessionToken });
  setSignedIn(signedIn);
  return { status: 'ok', value: signedIn };
}

export const createFirstAdministrator = (request: FirstAdministratorRequest) =>
  startSession('/api/setup', request);

export const signIn = (request: SignInRequest) => startSession('/api/sign-in', request);

/** GET /api/me: who is signed in (a 401 leaves no one signed in on this page). */
export const whoIsSignedIn = () => keepSignedIn(teamRequest('GET', '/api/me', signedInSchema));

/** Signs out: the session ends on the server, and a token session's token is forgotten here. */
export async function signOut(): Promise<TeamReply<undefined>> {
  const reply = await teamRequest('POST', '/api/sign-out', z.undefined());
  if (reply.status !== 'unreachable') {
    setSignedIn(null);
    const { address } = connectionNow();
    if (address !== '') setConnection({ address });
  }
  return reply;
}

export const listAccounts = () => teamRequest('GET', '/api/accounts', accountListSchema);

export const addAccount = (request: NewAccountRequest) =>
  teamRequest('POST', '/api/accounts', accountSummarySchema, request);

export const changeAccount = (accountId: string, change: AccountChangeRequest) =>
  teamRequest(
    'PATCH',
    `/api/accounts/${encodeURIComponent(accountId)}`,
    accountSummarySchema,
    change,
  );

export const listInspections = () =>
  teamRequest('GET', '/api/inspections', teamInspectionListSchema);

export const addInspection = (title: string) =>
  teamRequest('POST', '/api/inspections', teamInspectionSchema, { title });

const membersAddress = (inspectionId: string) =>
  `/api/inspections/${encodeURIComponent(inspectionId)}/members`;

export const inspectionMembers = (inspectionId: string) =>
  teamRequest('GET', membersAddress(inspectionId), inspectionMemberListSchema);

/** Gives an account a role in the inspection, or changes the one it has; answers the members. */
export const giveRole = (
  inspectionId: string,
  accountId: string,
  role: TeamRole,
  memberId?: string,
) =>
  teamRequest(
    'PUT',
    `${membersAddress(inspectionId)}/${encodeURIComponent(accountId)}`,
    inspectionMemberListSchema,
    memberId ? { role, memberId } : { role },
  );

/** The inspection's own team list, once its lead has put it on the server. */
export const inspectionTeam = (inspectionId: string) =>
  teamRequest('GET', `/api/inspections/${encodeURIComponent(inspectionId)}/team`, serverTeamSchema);

export const removeMember = (inspectionId: string, accountId: string) =>
  teamRequest(
    'DELETE',
    `${membersAddress(inspectionId)}/${encodeURIComponent(accountId)}`,
    z.undefined(),
  );

export { connectionNow, onConnectionChange, setConnection } from './teamConnection';
export type { TeamProblem, TeamReply } from './teamRequest';
export { UNREACHABLE } from './teamRequest';
export { onSignedInChange, signedInNow } from './teamSession';
