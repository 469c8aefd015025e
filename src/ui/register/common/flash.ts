/**
 * A message for the next register page shown ("Saved", "Recommendation deleted"), set by the
 * page that did the work and shown once. Kept in memory: a reload does not show it again.
 */
let message: string | null = null;

export function setRegisterFlash(text: string): void {
  message = text;
}

export function takeRegisterFlash(): string | null {
  const text = message;
  message = null;
  return text;
}
