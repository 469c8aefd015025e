/** Words and dates as the inspection screens show them, in the language chosen. */
import type { CaseStatus, InspectionKind, MemberRole } from '../../../core';
import { formatDate, t } from '../../i18n/translate';

// Getters, so each label is said in the language current when it is drawn.
export const KIND_LABELS: Record<InspectionKind, string> = {
  get inspection() {
    return t('common', 'Inspection');
  },
  get thematic() {
    return t('common', 'Thematic inspection');
  },
  get 'self-audit'() {
    return t('common', 'Self-audit');
  },
};

export const ROLE_LABELS: Record<MemberRole, string> = {
  get lead() {
    return t('common', 'Lead');
  },
  get inspector() {
    return t('common', 'Inspector');
  },
};

export const STATUS_LABELS: Record<CaseStatus, string> = {
  get 'not-started'() {
    return t('common', 'Not started');
  },
  get 'in-progress'() {
    return t('common', 'In progress');
  },
  get complete() {
    return t('common', 'Complete');
  },
  get moderated() {
    return t('common', 'Moderated');
  },
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
  const two = (n: number) => String(n).padStart(2, '0');
  const day = formatDate(
    `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`,
  );
  const time = `${two(date.getHours())}:${two(date.getMinutes())}`;
  return t('common', '{day} at {time}', { day, time });
}

export function fieldworkDates(fieldwork: { start: string | null; end: string | null }): string {
  const { start, end } = fieldwork;
  if (start && end)
    return start === end
      ? formatDate(start)
      : t('common', '{start} to {end}', { start: formatDate(start), end: formatDate(end) });
  if (start) return t('common', 'From {start}', { start: formatDate(start) });
  if (end) return t('common', 'Until {end}', { end: formatDate(end) });
  return t('common', 'Not set');
}
