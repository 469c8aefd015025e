import type { Framework } from '../../../core';
import { t } from '../../i18n/translate';

/** How a framework's status reads, and the colour of its tag, wherever a framework is shown. */
export function statusLabel(status: Framework['status']): string {
  switch (status) {
    case 'published':
      return t('frameworks', 'Published');
    case 'reconstructed':
      return t('frameworks', 'Reconstructed');
    case 'draft':
      return t('frameworks', 'Draft');
  }
}

export const STATUS_TAGS: Record<Framework['status'], string> = {
  published: 'govuk-tag--green',
  reconstructed: 'govuk-tag--blue',
  draft: 'govuk-tag--yellow',
};

/** The address of a framework's page. Keys hold `@`, so they are encoded. */
export function frameworkHref(key: string): string {
  return `/frameworks/${encodeURIComponent(key)}`;
}
