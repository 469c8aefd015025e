/**
 * The inspection's fixed words as the setup screens say them, in the language chosen: kinds,
 * roles, case statuses, fieldwork dates and moments.
 */
import type { CaseStatus, InspectionKind, MemberRole } from '../../core';
import { formatDate, t } from '../i18n/translate';

export function kindLabel(kind: InspectionKind): string {
  switch (kind) {
    case 'inspection':
      return t('setup', 'Inspection');
    case 'thematic':
      return t('setup', 'Thematic inspection');
    case 'self-audit':
      return t('setup', 'Self-audit');
  }
}

export function roleLabel(role: MemberRole): string {
  return role === 'lead' ? t('setup', 'Lead') : t('setup', 'Inspector');
}

export function statusLabel(status: CaseStatus): string {
  switch (status) {
    case 'not-started':
      return t('setup', 'Not started');
    case 'in-progress':
      return t('setup', 'In progress');
    case 'complete':
      return t('setup', 'Complete');
    case 'moderated':
      return t('setup', 'Moderated');
  }
}

/** "2 March 2026 to 6 March 2026", "From 2 March 2026", "Not set". */
export function fieldworkDates(fieldwork: { start: string | null; end: string | null }): string {
  const { start, end } = fieldwork;
  if (start && end) {
    return start === end
      ? formatDate(start)
      : t('setup', '{start} to {end}', { start: formatDate(start), end: formatDate(end) });
  }
  if (start) return t('setup', 'From {start}', { start: formatDate(start) });
  if (end) return t('setup', 'Until {end}', { end: formatDate(end) });
  return t('setup', 'Not set');
}

/** A moment, in this device's time zone: "2 March 2026 at 10:42". */
export function momentText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return t('setup', '{day} at {time}', { day: formatDate(day), time });
}
