/**
 * The parts of an inspection, as its sub-navigation lists them. Later features (findings,
 * report, merge) add an entry here; nothing else needs to change.
 */
export type InspectionSection = {
  readonly label: string;
  /** After `/inspections/:id`: '' for the case list. */
  readonly suffix: string;
  /** Other addresses under the inspection that belong to this part (e.g. a case's pages). */
  readonly alsoUnder?: readonly string[];
};

export const INSPECTION_SECTIONS: readonly InspectionSection[] = [
  { label: 'Cases', suffix: '', alsoUnder: ['/cases', '/add-case'] },
  { label: 'Case list import', suffix: '/import' },
  { label: 'Sample', suffix: '/sample' },
  { label: 'Team and assignment', suffix: '/team' },
  { label: 'Moderation', suffix: '/moderation' },
  { label: 'Team work', suffix: '/team-work' },
  { label: 'Findings', suffix: '/findings' },
  { label: 'Report', suffix: '/report' },
  { label: 'Exports', suffix: '/export' },
  { label: 'Settings', suffix: '/edit', alsoUnder: ['/delete'] },
];

export function inspectionHref(inspectionId: string, suffix = ''): string {
  return `/inspections/${encodeURIComponent(inspectionId)}${suffix}`;
}

/** The section a path belongs to, if any. */
export function currentSection(path: string, inspectionId: string): InspectionSection | undefined {
  const base = inspectionHref(inspectionId);
  if (!path.startsWith(base)) return undefined;
  const rest = path.slice(base.length);
  const under = (prefix: string) => rest === prefix || rest.startsWith(`${prefix}/`);
  return (
    INSPECTION_SECTIONS.find((s) => s.suffix !== '' && under(s.suffix)) ??
    INSPECTION_SECTIONS.find((s) => (s.alsoUnder ?? []).some(under)) ??
    (rest === '' || rest === '/' ? INSPECTION_SECTIONS.find((s) => s.suffix === '') : undefined)
  );
}
