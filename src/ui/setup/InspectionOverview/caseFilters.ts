/**
 * The case list's filters, as they live in the address (so they survive a reload and can be
 * shared): `?area=blackpool&stratum=host&inspector=ap&status=in-progress&status=complete&page=2`.
 */
import type { CaseStatus } from '../../../core';
import type { CaseRecord } from '../../../db/database';
import { CASE_STATUSES } from '../../components/InspectionFrame/format';

/** In the inspector filter: cases nobody is assigned to yet. */
export const UNASSIGNED = 'none';

export type CaseFilters = {
  readonly area: string;
  readonly stratum: string;
  readonly inspector: string;
  readonly statuses: readonly CaseStatus[];
  readonly page: number;
};

export function filtersFromQuery(search: string): CaseFilters {
  const params = new URLSearchParams(search);
  const statuses = params
    .getAll('status')
    .filter((s): s is CaseStatus => (CASE_STATUSES as readonly string[]).includes(s));
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    area: params.get('area') ?? '',
    stratum: params.get('stratum') ?? '',
    inspector: params.get('inspector') ?? '',
    statuses,
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** `?area=…&status=…`, or '' with no filter. Page 1 is left out. */
export function queryOf(filters: CaseFilters): string {
  const params = new URLSearchParams();
  if (filters.area) params.set('area', filters.area);
  if (filters.stratum) params.set('stratum', filters.stratum);
  if (filters.inspector) params.set('inspector', filters.inspector);
  for (const status of filters.statuses) params.append('status', status);
  if (filters.page > 1) params.set('page', String(filters.page));
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

export function isFiltered(filters: CaseFilters): boolean {
  return (
    filters.area !== '' ||
    filters.stratum !== '' ||
    filters.inspector !== '' ||
    filters.statuses.length > 0
  );
}

/** Whether a case passes the area, stratum and inspector filters (the status filter apart). */
export function matchesPlace(c: CaseRecord, filters: CaseFilters): boolean {
  if (filters.area && c.areaId !== filters.area) return false;
  if (filters.stratum && c.stratumId !== filters.stratum) return false;
  if (filters.inspector === UNASSIGNED) return c.inspectorId === null;
  if (filters.inspector && c.inspectorId !== filters.inspector) return false;
  return true;
}

export function matches(c: CaseRecord, filters: CaseFilters): boolean {
  return (
    matchesPlace(c, filters) &&
    (filters.statuses.length === 0 || filters.statuses.includes(c.status))
  );
}
