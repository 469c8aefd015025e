import type { Framework } from '../../../core';

/** How a framework's status reads, and the colour of its tag, wherever a framework is shown. */
export const STATUS_LABELS: Record<Framework['status'], string> = {
  published: 'Published',
  reconstructed: 'Reconstructed',
  draft: 'Draft',
};

export const STATUS_TAGS: Record<Framework['status'], string> = {
  published: 'govuk-tag--green',
  reconstructed: 'govuk-tag--blue',
  draft: 'govuk-tag--yellow',
};

/** The address of a framework's page. Keys hold `@`, so they are encoded. */
export function frameworkHref(key: string): string {
  return `/frameworks/${encodeURIComponent(key)}`;
}
