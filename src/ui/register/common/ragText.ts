/** A RAG status as the screens say it, in the language chosen. */
import type { RagStatus } from '../../../core';
import { t } from '../../i18n/translate';

export function ragText(rag: RagStatus | null): string {
  switch (rag) {
    case 'red':
      return t('register', 'Red');
    case 'amber':
      return t('register', 'Amber');
    case 'green':
      return t('register', 'Green');
    case null:
      return t('register', 'Not assessed');
  }
}
