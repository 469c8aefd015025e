/**
 * Crash recovery: a case open in a tab is marked in the `meta` table (`open-case:<token>`),
 * with a localStorage note written on pagehide ("closed normally"). A marker still there at the
 * next start, with no tab holding its Web Lock and no note, means the browser was killed with
 * the case open. The first screen loads this module to ask, so it stays small: it imports
 * nothing but the connection, and the answer store only when there is a case to recover.
 */
import { database, retrying } from '../connection';

type Clock = () => Date;
const systemClock: Clock = () => new Date();

/** A case open in a tab: written when a case screen opens, removed when it closes normally. */
export type OpenCaseMarker = {
  readonly token: string;
  readonly caseId: string;
  readonly inspectionId: string;
  readonly ref: string;
  readonly openedAt: string;
};

const MARKER_PREFIX = 'open-case:';
/** localStorage key written synchronously on pagehide: "this page closed normally". */
const CLOSED_PREFIX = 'case-audit:closed-normally:';
const lockName = (token: string) => `case-audit:open-case:${token}`;
const releases = new Map<string, () => void>();
/** Markers written by this page: never mistaken for a crash. */
const ownTokens = new Set<string>();

/**
 * Notes that a case is open in this tab, until it is closed (leaving the case screens, or the
 * page going away: pagehide). A Web Lock is held meanwhile, so another tab can tell a case open
 * elsewhere from one left open by a crash. Returns the marker's token at once; the marker is
 * written in the background.
 */
export function markCaseOpen(
  open: Omit<OpenCaseMarker, 'token' | 'openedAt'>,
  now: Clock = systemClock,
): string {
  const token = crypto.randomUUID();
  ownTokens.add(token);
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) {
    void locks
      .request(lockName(token), () => new Promise<void>((release) => releases.set(token, release)))
      .catch(() => undefined);
  }
  const marker: OpenCaseMarker = { ...open, token, openedAt: now().toISOString() };
  void retrying((db) => db.meta.put({ key: MARKER_PREFIX + token, value: marker })).catch(
    () => undefined,
  );
  return token;
}

/** The case screens were left: the marker goes. */
export async function markCaseClosed(token: string): Promise<void> {
  releases.get(token)?.();
  releases.delete(token);
  ownTokens.delete(token);
  await retrying((db) => db.meta.delete(MARKER_PREFIX + token)).catch(() => undefined);
}

/**
 * The page is going away normally (pagehide). An IndexedDB write started now may not finish
 * before the page is gone, so a synchronous localStorage note says "closed normally" too.
 */
export function markCaseClosedOnExit(token: string): void {
  try {
    localStorage.setItem(CLOSED_PREFIX + token, '1');
  } catch {
    // No localStorage: the IndexedDB delete below is all there is.
  }
  // If the delete commits before the page is gone, the note is not needed any more.
  void markCaseClosed(token).then(() => forgetClosedNote(token));
}

function closedNormally(token: string): boolean {
  try {
    return localStorage.getItem(CLOSED_PREFIX + token) !== null;
  } catch {
    return false;
  }
}

function forgetClosedNote(token: string): void {
  try {
    localStorage.removeItem(CLOSED_PREFIX + token);
  } catch {
    // Nothing to forget.
  }
}

/** Removes "closed normally" notes whose marker is already gone (nothing left to explain). */
function forgetNotesWithoutMarkers(tokens: ReadonlySet<string>): void {
  try {
    const stale: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(CLOSED_PREFIX) && !tokens.has(key.slice(CLOSED_PREFIX.length))) {
        stale.push(key);
      }
    }
    for (const key of stale) localStorage.removeItem(key);
  } catch {
    // No localStorage: nothing to tidy.
  }
}

/**
 * After a crash or a killed browser: the case that was open (the most recently opened one if
 * several), or null after a normal exit. Markers of cases still open in this or other tabs are
 * left alone; the others are removed, so a recovery is reported once.
 */
export async function takeUncleanExit(): Promise<
  (OpenCaseMarker & { lastSavedAt: string | null }) | null
> {
  const db = database();
  const rows = await db.meta.where('key').startsWith(MARKER_PREFIX).toArray();
  forgetNotesWithoutMarkers(new Set(rows.map((row) => (row.value as OpenCaseMarker).token)));
  if (rows.length === 0) return null;
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  const held = new Set(
    locks ? ((await locks.query().catch(() => ({ held: [] }))).held ?? []).map((l) => l.name) : [],
  );
  const gone = rows
    .map((row) => row.value as OpenCaseMarker)
    .filter((m) => m && !held.has(lockName(m.token)) && !ownTokens.has(m.token));
  if (gone.length === 0) return null;
  await db.meta.bulkDelete(gone.map((m) => MARKER_PREFIX + m.token));
  const crashed = gone.filter((m) => !closedNormally(m.token));
  for (const m of gone) forgetClosedNote(m.token);
  const latest = crashed.sort((a, b) => b.openedAt.localeCompare(a.openedAt))[0];
  if (!latest) return null;
  const { lastAnswerAt } = await import('./answerStore');
  return { ...latest, lastSavedAt: await lastAnswerAt(db, latest.caseId) };
}
