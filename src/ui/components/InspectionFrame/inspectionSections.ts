/**
 * The parts of an inspection, as its sub-navigation lists them: every tab on the lead's device;
 * on an inspector's, what an inspector does, and one step to the lead's tools. Later features
 * add an entry here; nothing else needs to change.
 */

import { t } from '../../i18n/translate';
import { isUnder, LEAD_TOOLS, LEAD_TOOLS_SUFFIX } from './leadTools';

export type InspectionSection = {
  readonly label: string;
  /** After `/inspections/:id`: '' for the case list. */
  readonly suffix: string;
  /** Added to the link, such as the case list's filter: `?inspector=ap`. */
  readonly query?: string;
  /** Other addresses under the inspection that belong to this part (e.g. a case's pages). */
  readonly alsoUnder?: readonly string[];
  /** Set apart from the others, at the end of the row. */
  readonly aside?: boolean;
};

export const INSPECTION_SECTIONS: readonly InspectionSection[] = [
  {
    get label() {
      return t('common', 'Cases');
    },
    suffix: '',
    alsoUnder: ['/cases', '/add-case'],
  },
  {
    get label() {
      return t('common', 'Case list import');
    },
    suffix: '/import',
  },
  {
    get label() {
      return t('common', 'Sample');
    },
    suffix: '/sample',
  },
  {
    get label() {
      return t('common', 'Team and assignment');
    },
    suffix: '/team',
  },
  {
    get label() {
      return t('common', 'Moderation');
    },
    suffix: '/moderation',
  },
  {
    get label() {
      return t('common', 'Team work');
    },
    suffix: '/team-work',
  },
  {
    get label() {
      return t('common', 'Findings');
    },
    suffix: '/findings',
    alsoUnder: ['/compare', '/ready'],
  },
  {
    get label() {
      return t('common', 'Recommendations');
    },
    suffix: '/register',
  },
  {
    get label() {
      return t('common', 'Report');
    },
    suffix: '/report',
  },
  {
    get label() {
      return t('common', 'Committee paper');
    },
    suffix: '/committee-paper',
  },
  {
    get label() {
      return t('common', 'Exports');
    },
    suffix: '/export',
  },
  {
    get label() {
      return t('common', 'Settings');
    },
    suffix: '/edit',
    alsoUnder: ['/delete', '/framework'],
  },
];

/** The case list filtered to one inspector's cases. */
export function ownCasesQuery(memberId: string): string {
  return `?inspector=${encodeURIComponent(memberId)}`;
}

/**
 * An inspector's device: their cases (filtered to theirs when the device knows who they are),
 * their second readings, the findings, sending their work, and the lead's tools behind one link.
 */
export function inspectorSections(memberId: string | null): readonly InspectionSection[] {
  return [
    {
      get label() {
        return t('common', 'Your cases');
      },
      suffix: '',
      query: memberId === null ? undefined : ownCasesQuery(memberId),
      alsoUnder: ['/cases'],
    },
    {
      get label() {
        return t('common', 'Your second readings');
      },
      suffix: '/moderation',
    },
    {
      get label() {
        return t('common', 'Findings');
      },
      suffix: '/findings',
      alsoUnder: ['/compare', '/ready'],
    },
    // The Team work page and open conflicts are where their work comes and goes.
    {
      get label() {
        return t('common', 'Send my work to the lead');
      },
      suffix: '/team-work/my-work',
      alsoUnder: ['/team-work'],
    },
    {
      get label() {
        return t('common', 'Lead’s tools');
      },
      suffix: LEAD_TOOLS_SUFFIX,
      alsoUnder: LEAD_TOOLS.flatMap((tool) => tool.under),
      aside: true,
    },
  ];
}

export function inspectionHref(inspectionId: string, suffix = ''): string {
  return `/inspections/${encodeURIComponent(inspectionId)}${suffix}`;
}

export function sectionHref(inspectionId: string, section: InspectionSection): string {
  return `${inspectionHref(inspectionId, section.suffix)}${section.query ?? ''}`;
}

/**
 * The section a path belongs to, if any: the one with the longest matching address, so that
 * `/moderation/choose` (a lead's tool) is not taken for `/moderation`.
 */
export function currentSection(
  path: string,
  inspectionId: string,
  sections: readonly InspectionSection[] = INSPECTION_SECTIONS,
): InspectionSection | undefined {
  const base = inspectionHref(inspectionId);
  if (!path.startsWith(base)) return undefined;
  const rest = path.slice(base.length);
  if (rest !== '' && !rest.startsWith('/')) return undefined;
  if (rest === '' || rest === '/') return sections.find((s) => s.suffix === '');
  let best: { section: InspectionSection; length: number } | undefined;
  for (const section of sections) {
    for (const prefix of [section.suffix, ...(section.alsoUnder ?? [])]) {
      if (prefix === '' || !isUnder(rest, prefix)) continue;
      if (!best || prefix.length > best.length) best = { section, length: prefix.length };
    }
  }
  return best?.section;
}
