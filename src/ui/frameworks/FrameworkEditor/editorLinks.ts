/** Addresses of the framework editor's parts. */
import type { EditorPart } from '../../../core';
import { t } from '../../i18n/translate';

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
  { part: 'details' },
  { part: 'scales' },
  { part: 'profile' },
  { part: 'sections' },
  { part: 'ratings' },
  { part: 'lists' },
] as const;

/** A part's name, in the language chosen. */
export function partLabel(part: (typeof PARTS)[number]['part']): string {
  switch (part) {
    case 'details':
      return t('frameworkEditor', 'Details');
    case 'scales':
      return t('frameworkEditor', 'Answer scales');
    case 'profile':
      return t('frameworkEditor', 'Case profile');
    case 'sections':
      return t('frameworkEditor', 'Sections and standards');
    case 'ratings':
      return t('frameworkEditor', 'Ratings');
    case 'lists':
      return t('frameworkEditor', 'Areas, strata and glossary');
  }
}
