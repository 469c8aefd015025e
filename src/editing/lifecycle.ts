/**
 * The page's lifecycle, for work that must not be lost when it goes: a browser may discard a
 * hidden page without warning, and a page put away (pagehide) may never run again.
 *
 * - `flushWhenHidden`: an editor or autosave commits what it holds whenever the page is hidden
 *   or put away.
 * - `keepCaseMarkedOpen`: while a case's screens show it, the case is marked open for crash
 *   recovery (src/db/cases/openCaseMarkers.ts); leaving the case removes the marker, and a page
 *   put away normally says so at once ("closed normally"), so only a killed browser leaves one.
 */
import { markCaseClosed, markCaseClosedOnExit, markCaseOpen } from '../db/cases/openCaseMarkers';
import type { UnsavedWorkSource } from './unsavedWork';

/**
 * Commits a source's pending writes whenever the page is hidden or put away: after either a
 * browser may discard the page without warning. Returns the function that stops listening.
 */
export function flushWhenHidden(source: UnsavedWorkSource): () => void {
  // Held here, not read again when stopping: a flush may finish after the page has gone.
  const page = document;
  const view = window;
  const onHidden = () => {
    if (page.visibilityState === 'hidden') void source.flush();
  };
  const onPageHide = () => void source.flush();
  page.addEventListener('visibilitychange', onHidden);
  view.addEventListener('pagehide', onPageHide);
  return () => {
    page.removeEventListener('visibilitychange', onHidden);
    view.removeEventListener('pagehide', onPageHide);
  };
}

/** The open-case marker of this tab, shared by the screens of one case. */
let openMarker: {
  caseId: string;
  token: string;
  closing: ReturnType<typeof setTimeout> | null;
} | null = null;

/** How long a marker outlives its screen, so moving between screens of a case never drops it. */
const MARKER_GRACE_MS = 3_000;

/**
 * Marks the case open while a screen of it shows; unmarked when the inspector leaves the case
 * (a few seconds after its last screen goes) or the page is put away normally (pagehide), and
 * marked again if the page comes back from the back-forward cache. A marker still there at the
 * next start means the browser was killed with the case open. Returns what the screen calls
 * when it goes.
 */
export function keepCaseMarkedOpen(kase: {
  readonly caseId: string;
  readonly inspectionId: string;
  readonly ref: string;
}): () => void {
  const { caseId } = kase;
  const open = () => {
    if (openMarker?.caseId === caseId) {
      if (openMarker.closing) clearTimeout(openMarker.closing);
      openMarker.closing = null;
      return;
    }
    if (openMarker) void markCaseClosed(openMarker.token);
    openMarker = { caseId, token: markCaseOpen(kase), closing: null };
  };
  open();
  const onPageHide = () => {
    if (!openMarker) return;
    markCaseClosedOnExit(openMarker.token);
    if (openMarker.closing) clearTimeout(openMarker.closing);
    openMarker = null;
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) open();
  };
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('pageshow', onPageShow);
  return () => {
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('pageshow', onPageShow);
    const marker = openMarker;
    if (marker?.caseId !== caseId) return;
    marker.closing = setTimeout(() => {
      if (openMarker === marker) openMarker = null;
      void markCaseClosed(marker.token);
    }, MARKER_GRACE_MS);
  };
}
