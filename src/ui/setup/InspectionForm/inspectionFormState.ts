/**
 * What the inspection form holds while it is being filled in, and how it becomes an
 * `InspectionDraft` for the store: rows get ids (kept when a row is renamed), dates are read
 * from their three boxes, and every problem is tied to the field it concerns.
 */
import type {
  Framework,
  Inspection,
  InspectionDraft,
  InspectionKind,
  MemberRole,
  ValidationError,
} from '../../../core';
import {
  type DatePart,
  type DateParts,
  NO_DATE,
} from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';

export type NamedRow = { key: number; id: string | null; name: string };
export type MemberRow = NamedRow & { role: MemberRole };

export type FormState = {
  title: string;
  kind: InspectionKind | '';
  /** `id@version` of the chosen framework. */
  frameworkKey: string;
  /** One organisation per line. */
  organisations: string;
  areas: NamedRow[];
  strata: NamedRow[];
  team: MemberRow[];
  start: DateParts;
  end: DateParts;
  /** Groups the person has changed: a new framework's suggestions no longer replace them. */
  touched: { organisations: boolean; areas: boolean; strata: boolean };
};

let nextKey = 1;
export function rowKey(): number {
  return nextKey++;
}

export function blankRow(): NamedRow {
  return { key: rowKey(), id: null, name: '' };
}

export function blankMember(role: MemberRole): MemberRow {
  return { key: rowKey(), id: null, name: '', role };
}

export function emptyForm(): FormState {
  return {
    title: '',
    kind: '',
    frameworkKey: '',
    organisations: '',
    areas: [blankRow()],
    strata: [],
    team: [blankMember('lead')],
    start: NO_DATE,
    end: NO_DATE,
    touched: { organisations: false, areas: false, strata: false },
  };
}

function datePartsOf(iso: string | null): DateParts {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match
    ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! }
    : NO_DATE;
}

export function formOf(inspection: Inspection): FormState {
  const rows = (named: readonly { id: string; name: string }[]) =>
    named.map((n) => ({ key: rowKey(), id: n.id, name: n.name }));
  return {
    title: inspection.title,
    kind: inspection.kind,
    frameworkKey: `${inspection.framework.id}@${inspection.framework.version}`,
    organisations: inspection.organisations.join('\n'),
    areas: rows(inspection.areas),
    strata: rows(inspection.strata),
    team: inspection.team.map((m) => ({ key: rowKey(), id: m.id, name: m.name, role: m.role })),
    start: datePartsOf(inspection.fieldwork.start),
    end: datePartsOf(inspection.fieldwork.end),
    touched: { organisations: true, areas: true, strata: true },
  };
}

/** A framework's suggestions, for the groups the person has not changed. */
export function withSuggestions(state: FormState, framework: Framework | undefined): FormState {
  if (!framework) return state;
  const rows = (named: readonly { id: string; name: string }[] | undefined) =>
    (named ?? []).map((n) => ({ key: rowKey(), id: n.id, name: n.name }));
  const areas = rows(framework.areas);
  return {
    ...state,
    organisations: state.touched.organisations
      ? state.organisations
      : framework.publishers.join('\n'),
    areas: state.touched.areas ? state.areas : areas.length > 0 ? areas : [blankRow()],
    strata: state.touched.strata ? state.strata : rows(framework.strata),
  };
}

/** "R. Okafor" → "r-okafor": readable ids that stay when the row is renamed later. */
function slug(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

function withIds<T extends NamedRow>(rows: readonly T[], prefix: string): (T & { id: string })[] {
  const taken = new Set(rows.map((r) => r.id).filter((id): id is string => id !== null));
  return rows.map((row, i) => {
    if (row.id !== null) return { ...row, id: row.id };
    const base = slug(row.name) || `${prefix}-${i + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { ...row, id };
  });
}

export type DateProblem = { message: string; parts: DatePart[] };

/** A date from its boxes: null when all are blank; a problem when it is not a real date. */
export function readDate(
  parts: DateParts,
  which: 'start' | 'end',
): { iso: string | null; problem?: DateProblem } {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return { iso: null };
  const missing = (
    [
      ['day', day],
      ['month', month],
      ['year', year],
    ] as const
  ).filter(([, v]) => v === '');
  if (missing.length > 0) {
    const names = missing.map(([p]) => p);
    return {
      iso: null,
      problem: {
        message: t(
          'setup',
          '{which, select, start {The fieldwork start date} other {The fieldwork end date}} must include a {missing, select, day {day} month {month} year {year} day_month {day and a month} day_year {day and a year} other {month and a year}}',
          { which, missing: names.join('_') },
        ),
        parts: names,
      },
    };
  }
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return {
      iso: null,
      problem: {
        message: t(
          'setup',
          '{which, select, start {The fieldwork start date} other {The fieldwork end date}} must be a real date, for example 2 3 2026',
          { which },
        ),
        parts: ['day', 'month', 'year'],
      },
    };
  }
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1 || y < 1900) {
    return {
      iso: null,
      problem: {
        message: t(
          'setup',
          '{which, select, start {The fieldwork start date} other {The fieldwork end date}} must be a real date',
          { which },
        ),
        parts: ['day', 'month', 'year'],
      },
    };
  }
  return { iso: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

export type FieldError = { field: string; message: string; parts?: DatePart[] };

/** The id of the control a problem's path concerns, for the error summary's link. */
export function fieldOf(path: string): string {
  if (path === 'title' || path === 'kind' || path === 'framework') return path;
  if (path.startsWith('organisations')) return 'organisations';
  const row = /^(areas|strata|team)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (row) {
    const [, group, index, key] = row;
    if (group === 'team') return `team-${index}-${key === 'role' ? 'role' : 'name'}`;
    return `${group}-${index}`;
  }
  if (path.startsWith('areas')) return 'areas';
  if (path.startsWith('strata')) return 'strata';
  if (path.startsWith('team')) return 'team';
  if (path === 'fieldwork.start') return 'fieldwork-start';
  if (path.startsWith('fieldwork')) return 'fieldwork-end';
  return 'title';
}

/** Problems as the form shows them: field by field, messages readable on their own. */
export function fieldErrors(errors: readonly ValidationError[]): FieldError[] {
  return errors.map((error) => {
    const written = /^[A-Z]/.test(error.message);
    return {
      field: fieldOf(error.path),
      message: written ? error.message : `${error.path} ${error.message}`,
    };
  });
}

/** The draft for the store, and the problems only the form can see (dates). */
export function draftOf(state: FormState): { draft: InspectionDraft; problems: FieldError[] } {
  const [id = '', version = ''] = state.frameworkKey.split('@');
  const start = readDate(state.start, 'start');
  const end = readDate(state.end, 'end');
  const problems: FieldError[] = [];
  if (start.problem) problems.push({ field: 'fieldwork-start', ...start.problem });
  if (end.problem) problems.push({ field: 'fieldwork-end', ...end.problem });
  const draft: InspectionDraft = {
    title: state.title,
    kind: (state.kind || 'missing') as InspectionKind,
    framework: { id, version },
    organisations: state.organisations.split('\n'),
    areas: withIds(state.areas, 'area').map(({ id: rowId, name }) => ({ id: rowId, name })),
    strata: withIds(state.strata, 'stratum').map(({ id: rowId, name }) => ({ id: rowId, name })),
    team: withIds(state.team, 'member').map(({ id: rowId, name, role }) => ({
      id: rowId,
      name,
      role,
    })),
    fieldwork: { start: start.iso, end: end.iso },
  };
  return { draft, problems };
}
