/**
 * A message for the next findings screen shown, such as "Rating saved", set by the page that
 * did the work and shown once. Kept in memory: a reload does not show it again.
 */
let message: string | null = null;

export function setFlash(text: string): void {
  message = text;
}

export function takeFlash(): string | null {
  const text = message;
  message = null;
  return text;
}
