/**
 * The lead's tools: the parts of an inspection that set it up, assign and gather the work, and
 * make the report. On the lead's device they are the inspection's tabs; on an inspector's they
 * wait behind the "Lead’s tools" page, and reaching one by its address first says whose it is.
 */
import { t } from '../../i18n/translate';

export type LeadTool = {
  readonly label: string;
  /** Where the tool opens, after `/inspections/:id`. */
  readonly suffix: string;
  /** Every address under the inspection that belongs to the tool (its own suffix included). */
  readonly under: readonly string[];
  /** What it is for, in the lead's words. */
  readonly description: string;
};

export const LEAD_TOOLS: readonly LeadTool[] = [
  {
    get label() {
      return t('common', 'Case list import');
    },
    suffix: '/import',
    under: ['/import', '/add-case'],
    get description() {
      return t(
        'common',
        'Import the cases to read, or a population to draw a sample from; add a case.',
      );
    },
  },
  {
    get label() {
      return t('common', 'Sample');
    },
    suffix: '/sample',
    under: ['/sample'],
    get description() {
      return t('common', 'Work out the sample size and draw the sample.');
    },
  },
  {
    get label() {
      return t('common', 'Team and assignment');
    },
    suffix: '/team',
    under: ['/team'],
    get description() {
      return t('common', 'Assign cases to the team’s inspectors.');
    },
  },
  {
    get label() {
      return t('common', 'Moderation set-up');
    },
    suffix: '/moderation/choose',
    under: ['/moderation/choose', '/moderation/agreement', '/moderation/cases'],
    get description() {
      return t(
        'common',
        'Choose cases for a second reading, see the agreement, compare the two readings and decide.',
      );
    },
  },
  {
    get label() {
      return t('common', 'Export a pack');
    },
    suffix: '/team-work/pack',
    under: ['/team-work/pack'],
    get description() {
      return t('common', 'Send inspectors their cases and second readings.');
    },
  },
  {
    get label() {
      return t('common', 'Merge work files');
    },
    suffix: '/team-work/merge',
    under: ['/team-work/merge'],
    get description() {
      return t('common', 'Gather everyone’s work into the inspection.');
    },
  },
  {
    get label() {
      return t('common', 'Rating overrides');
    },
    suffix: '/findings',
    under: ['/findings/ratings'],
    get description() {
      return t('common', 'Set a standard’s rating by hand, with the reason (from the findings).');
    },
  },
  {
    get label() {
      return t('common', 'Recommendations');
    },
    suffix: '/register',
    under: ['/register'],
    get description() {
      return t(
        'common',
        'The recommendations register: the local position, RAG status, actions and evidence for each.',
      );
    },
  },
  {
    get label() {
      return t('common', 'Report');
    },
    suffix: '/report',
    under: ['/report'],
    get description() {
      return t('common', 'Write, preview and download the report.');
    },
  },
  {
    get label() {
      return t('common', 'Committee paper');
    },
    suffix: '/committee-paper',
    under: ['/committee-paper'],
    get description() {
      return t(
        'common',
        'The report to the council’s committee on the local position, from the register.',
      );
    },
  },
  {
    get label() {
      return t('common', 'Exports');
    },
    suffix: '/export',
    under: ['/export'],
    get description() {
      return t(
        'common',
        'The cases and findings as spreadsheets, and the whole inspection as one file.',
      );
    },
  },
  {
    get label() {
      return t('common', 'Settings');
    },
    suffix: '/edit',
    under: ['/edit', '/delete', '/framework'],
    get description() {
      return t(
        'common',
        'Change the inspection’s details, move it to another framework version, or delete it from this device.',
      );
    },
  },
];

/** The "Lead’s tools" page of an inspection, after `/inspections/:id`. */
export const LEAD_TOOLS_SUFFIX = '/lead-tools';

/** Whether `rest` (an address after `/inspections/:id`) is `prefix` or below it. */
export function isUnder(rest: string, prefix: string): boolean {
  return rest === prefix || rest.startsWith(`${prefix}/`);
}

/** The lead's tool an address after `/inspections/:id` (or a route's pattern) belongs to. */
export function leadToolAt(rest: string): LeadTool | undefined {
  return LEAD_TOOLS.find((tool) => tool.under.some((prefix) => isUnder(rest, prefix)));
}

/** The lead's tool of a route pattern such as `/inspections/:inspectionId/sample`, if any. */
export function leadToolOfRoute(pattern: string): LeadTool | undefined {
  const base = '/inspections/:inspectionId';
  return pattern.startsWith(`${base}/`) ? leadToolAt(pattern.slice(base.length)) : undefined;
}
