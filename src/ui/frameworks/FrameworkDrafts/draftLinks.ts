import { formatDate } from '../../i18n/translate';

/** Addresses of a framework draft's screens. Draft ids are generated, but are encoded anyway. */
export function draftHref(draftId: string, rest = ''): string {
  return `/frameworks/drafts/${encodeURIComponent(draftId)}${rest}`;
}

/** The address of the Compare screen for two framework keys (`id@version`). */
export function compareHref(from: string, to?: string): string {
  const query = new URLSearchParams({ from });
  if (to !== undefined) query.set('to', to);
  return `/frameworks/compare?${query.toString()}`;
}

/** A date and time as the library shows it, in this device's time: 6 December 2026, 18:20. */
export function savedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return `${formatDate(day)}, ${two(date.getHours())}:${two(date.getMinutes())}`;
}
