/**
 * The lead's tools: the parts of an inspection that set it up, assign and gather the work, and
 * make the report. On the lead's device they are the inspection's tabs; on an inspector's they
 * wait behind the "Lead’s tools" page, and reaching one by its address first says whose it is.
 */

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
    label: 'Case list import',
    suffix: '/import',
    under: ['/import', '/add-case'],
    description: 'Import the cases to read, or a population to draw a sample from; add a case.',
  },
  {
    label: 'Sample',
    suffix: '/sample',
    under: ['/sample'],
    description: 'Work out the sample size and draw the sample.',
  },
  {
    label: 'Team and assignment',
    suffix: '/team',
    under: ['/team'],
    description: 'Assign cases to the team’s inspectors.',
  },
  {
    label: 'Moderation set-up',
    suffix: '/moderation/choose',
    under: ['/moderation/choose', '/moderation/agreement', '/moderation/cases'],
    description:
      'Choose cases for a second reading, see the agreement, compare the two readings and decide.',
  },
  {
    label: 'Export a pack',
    suffix: '/team-work/pack',
    under: ['/team-work/pack'],
    description: 'Send inspectors their cases and second readings.',
  },
  {
    label: 'Merge work files',
    suffix: '/team-work/merge',
    under: ['/team-work/merge'],
    description: 'Gather everyone’s work into the inspection.',
  },
  {
    label: 'Rating overrides',
    suffix: '/findings',
    under: ['/findings/ratings'],
    description: 'Set a standard’s rating by hand, with the reason (from the findings).',
  },
  {
    label: 'Recommendations',
    suffix: '/register',
    under: ['/register'],
    description:
      'The recommendations register: the local position, RAG status, actions and evidence for each.',
  },
  {
    label: 'Report',
    suffix: '/report',
    under: ['/report'],
    description: 'Write, preview and download the report.',
  },
  {
    label: 'Committee paper',
    suffix: '/committee-paper',
    under: ['/committee-paper'],
    description: 'The report to the council’s committee on the local position, from the register.',
  },
  {
    label: 'Exports',
    suffix: '/export',
    under: ['/export'],
    description: 'The cases and findings as spreadsheets, and the whole inspection as one file.',
  },
  {
    label: 'Settings',
    suffix: '/edit',
    under: ['/edit', '/delete', '/framework'],
    description:
      'Change the inspection’s details, move it to another framework version, or delete it from this device.',
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
