/**
 * The register's filter, kept in the address so a filtered list survives a reload and can be
 * shared: `?rag=amber&owner=J.%20Patel`; `rag=not-assessed` for those with no status yet,
 * `owner=` (empty) for those with no owner.
 */
import type { RagFilter, RegisterFilter } from '../../../core';

const RAG_FILTERS: readonly RagFilter[] = ['red', 'amber', 'green', 'not-assessed'];

export function filterFromUrl(url: string): RegisterFilter {
  const query = new URL(url, 'http://x').searchParams;
  const rag = query.get('rag');
  return {
    rag: RAG_FILTERS.find((r) => r === rag) ?? null,
    owner: query.get('owner'),
  };
}

export function filterQuery(filter: RegisterFilter): string {
  const query = new URLSearchParams();
  if (filter.rag !== null) query.set('rag', filter.rag);
  if (filter.owner !== null) query.set('owner', filter.owner);
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}
