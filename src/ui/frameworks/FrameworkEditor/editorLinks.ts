/** Addresses of the framework editor's parts. */
import type { EditorPart } from '../../../core';

export function draftPath(draftId: string, rest = ''): string {
  return `/frameworks/drafts/${encodeURIComponent(draftId)}${rest}`;
}

/** The address of the part of the editor that holds a field. */
export function partPath(draftId: string, part: EditorPart): string {
  switch (part.part) {
    case 'standard':
      return draftPath(draftId, `/sections/${part.section}/standards/${part.standard}`);
    case 'details':
    case 'scales':
    case 'profile':
    case 'sections':
    case 'ratings':
    case 'lists':
      return draftPath(draftId, `/${part.part}`);
  }
}

/** The editor's parts in the order its navigation lists them. */
export const PARTS = [
  { part: 'details', label: 'Details' },
  { part: 'scales', label: 'Answer scales' },
  { part: 'profile', label: 'Case profile' },
  { part: 'sections', label: 'Sections and standards' },
  { part: 'ratings', label: 'Ratings' },
  { part: 'lists', label: 'Areas, strata and glossary' },
] as const;
