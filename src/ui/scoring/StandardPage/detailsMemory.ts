/**
 * Whether the guidance of a question was left open or closed, remembered on this device (a UI
 * preference, so in localStorage; losing it loses nothing of the inspection).
 */
const key = (frameworkKey: string, itemId: string) =>
  `case-audit:guidance-open:${frameworkKey}:${itemId}`;

export function guidanceOpen(frameworkKey: string, itemId: string): boolean {
  try {
    return localStorage.getItem(key(frameworkKey, itemId)) === '1';
  } catch {
    return false;
  }
}

export function rememberGuidanceOpen(frameworkKey: string, itemId: string, open: boolean): void {
  try {
    if (open) localStorage.setItem(key(frameworkKey, itemId), '1');
    else localStorage.removeItem(key(frameworkKey, itemId));
  } catch {
    // Storage refused (private mode): the preference is simply not kept.
  }
}
