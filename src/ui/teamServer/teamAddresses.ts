/** Addresses of the team server's screens that other screens link to. */

/** The team page behind the gate (routes.ts only): copying an inspection needs this device unlocked. */
export const TEAM_ON_THIS_DEVICE = '/team/on-this-device';
