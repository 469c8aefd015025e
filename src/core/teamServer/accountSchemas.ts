/**
 * The team server's account API, as zod schemas (the single source of truth for its bodies):
 * signing in, the one-time creation of the first administrator, accounts an administrator makes
 * and disables, inspections on the server and the role each member has in one.
 */
import { z } from 'zod';

/** The roles a member has in one inspection (an administrator's is account-wide). */
export const TEAM_ROLES = ['lead', 'inspector', 'second-reader', 'local-assessor'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TEAM_ROLE_NAMES: Readonly<Record<TeamRole, string>> = {
  lead: 'Lead inspector',
  inspector: 'Inspector',
  'second-reader': 'Second reader',
  'local-assessor': 'Local assessor (self-audit)',
};

/** Case-insensitive, as people type them: kept lower-cased and trimmed. */
const email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Enter an email address in the right format, like name@example.org' }))
  .transform((value) => value.toLowerCase());

const name = z.string().trim().min(1, 'Enter a name').max(120);

/** Checked for strength where it is set (core's passphrase check), not when signing in. */
const password = z.string().min(1, 'Enter a password').max(1024);

/**
 * How the session is kept: a cookie (the default, for the app served by the team server itself),
 * or a token in the reply that the app sends back as `Authorization: Bearer` (an app installed
 * from another address, whose requests cannot carry the server's SameSite=Strict cookie).
 */
const session = z.enum(['cookie', 'token']).optional();

export const signInRequestSchema = z.strictObject({ email, password, session });
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const firstAdministratorRequestSchema = z.strictObject({
  token: z.string().min(1).max(200),
  email,
  name,
  password,
  session,
});
export type FirstAdministratorRequest = z.infer<typeof firstAdministratorRequestSchema>;

export const newAccountRequestSchema = z.strictObject({
  email,
  name,
  password,
  administrator: z.boolean().default(false),
});
export type NewAccountRequest = z.infer<typeof newAccountRequestSchema>;

export const accountChangeRequestSchema = z.strictObject({
  disabled: z.boolean().optional(),
  administrator: z.boolean().optional(),
});
export type AccountChangeRequest = z.infer<typeof accountChangeRequestSchema>;

export const accountSummarySchema = z.strictObject({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  administrator: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

/** Who is signed in, with the token every changing request must send back (CSRF). */
export const signedInSchema = z.strictObject({
  account: accountSummarySchema,
  csrfToken: z.string(),
  memberships: z.array(
    z.strictObject({ inspectionId: z.string(), title: z.string(), role: z.enum(TEAM_ROLES) }),
  ),
});
export type SignedIn = z.infer<typeof signedInSchema>;

/** Signed in with `session: "token"`: the session's token, sent back as `Authorization: Bearer`. */
export const tokenSignedInSchema = signedInSchema.extend({ sessionToken: z.string().min(1) });
export type TokenSignedIn = z.infer<typeof tokenSignedInSchema>;

export const newServerInspectionRequestSchema = z.strictObject({
  /** The inspection's id on the lead's device, so its packs and work merge into it here. */
  id: z.string().trim().min(1).max(100).optional(),
  title: z.string().trim().min(1, 'Enter a title').max(200),
  /** A lead putting their own inspection on the server: who they are in its team. */
  memberId: z.string().trim().min(1).max(100).optional(),
});
export type NewServerInspectionRequest = z.infer<typeof newServerInspectionRequestSchema>;

/** The body of giving a member a role (the inspection and the account are in the address). */
export const roleRequestSchema = z.strictObject({
  role: z.enum(TEAM_ROLES),
  /** Who the account is in the inspection's own team list; the account's id when not given. */
  memberId: z.string().trim().min(1).max(100).optional(),
});
export type RoleRequest = z.infer<typeof roleRequestSchema>;

/** Every refusal: what is wrong, and where when a field is at fault. */
export const apiErrorSchema = z.strictObject({
  error: z.string(),
  problems: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/*
 * The bodies the server answers with, read by the app against these schemas (nothing it has not
 * checked reaches a screen).
 */

/** `GET /api/health`: a team server serves the app (any other answer: it does not). */
export const serverHealthSchema = z.object({ ok: z.literal(true), database: z.string() });

/** `GET /api/setup`: whether the first administrator is still to be created. */
export const setupNeededSchema = z.object({ needed: z.boolean() });

export const accountListSchema = z.array(accountSummarySchema);

/** An inspection on the server as an administrator sees it, or as a member sees it (their role). */
export const teamInspectionSchema = z.union([
  z.strictObject({ id: z.string(), title: z.string(), createdAt: z.string() }),
  z.strictObject({ id: z.string(), title: z.string(), role: z.enum(TEAM_ROLES) }),
]);
export type TeamInspection = z.infer<typeof teamInspectionSchema>;
export const teamInspectionListSchema = z.array(teamInspectionSchema);

export const inspectionMemberSchema = z.strictObject({
  accountId: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(TEAM_ROLES),
  /** Who they are in the inspection's own team list (their account's id when not said). */
  memberId: z.string(),
});
export type InspectionMember = z.infer<typeof inspectionMemberSchema>;
export const inspectionMemberListSchema = z.array(inspectionMemberSchema);

/** The inspection's own team list, as its lead put it on the server (empty before). */
export const serverTeamSchema = z.array(
  z.strictObject({ id: z.string(), name: z.string(), role: z.enum(['lead', 'inspector']) }),
);
export type ServerTeam = z.infer<typeof serverTeamSchema>;
