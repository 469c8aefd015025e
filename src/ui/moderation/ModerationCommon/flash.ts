/**
 * A message for the next moderation screen shown, such as "Second readings assigned", set by the
 * page that did the work and shown once. Kept in memory: a reload does not show it again.
 */
let message: string | null = null;

export function setModerationFlash(text: string): void {
  message = text;
}

export function takeModerationFlash(): string | null {
  const text = message;
  message = null;
  return text;
}
