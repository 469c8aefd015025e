/** Words and dates as the inspection screens show them (British English, whatever the locale). */
import {
  type CaseStatus,
  type InspectionKind,
  longDate,
  type MemberRole,
  MONTH_NAMES,
} from '../../../core';

export const KIND_LABELS: Record<InspectionKind, string> = {
  inspection: 'Inspection',
  thematic: 'Thematic inspection',
  'self-audit': 'Self-audit',
};

export const ROLE_LABELS: Record<MemberRole, string> = { lead: 'Lead', inspector: 'Inspector' };

export const STATUS_LABELS: Record<CaseStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
  moderated: 'Moderated',
};

export const STATUS_TAGS: Record<CaseStatus, string> = {
  'not-started': 'govuk-tag--grey',
  'in-progress': 'govuk-tag--light-blue',
  complete: 'govuk-tag--green',
  moderated: 'govuk-tag--purple',
};

export const CASE_STATUSES: readonly CaseStatus[] = [
  'not-started',
  'in-progress',
  'complete',
  'moderated',
];

/** 1234 → "1,234", the same in every browser. */
export function formatNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A moment, in this device's time zone: "2 March 2026 at 10:42". */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = `${date.getDate()} ${MONTH_NAMES[date.getMonth()]} ${date.getFullYear()}`;
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `${day} at ${time}`;
}

export function fieldworkDates(fieldwork: { start: string | null; end: string | null }): string {
  const { start, end } = fieldwork;
  if (start && end)
    return start === end ? longDate(start) : `${longDate(start)} to ${longDate(end)}`;
  if (start) return `From ${longDate(start)}`;
  if (end) return `Until ${longDate(end)}`;
  return 'Not set';
}
