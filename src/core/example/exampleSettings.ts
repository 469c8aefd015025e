/**
 * What the "Load an example inspection" button creates, apart from the answers: invented areas
 * and team members, so that nothing in the example can be mistaken for a real inspection.
 */
import type { Area, TeamMember } from '../inspection/inspectionSchema';

/** The built-in framework the example (and the seed 000 fixture) is scored against. */
export const EXAMPLE_FRAMEWORK = { id: 'hmip-lac-placed-away-2012', version: '1.0.1' } as const;

export const EXAMPLE_TITLE =
  'Example: looked-after children placed away from home (synthetic data)';

/** Six made-up areas: none is a real youth offending team. */
export const EXAMPLE_AREAS: readonly Area[] = [
  { id: 'northbridge', name: 'Northbridge' },
  { id: 'eastmoor', name: 'Eastmoor' },
  { id: 'ashcombe', name: 'Ashcombe' },
  { id: 'kellford', name: 'Kellford' },
  { id: 'rivenholm', name: 'Rivenholm' },
  { id: 'brackwater', name: 'Brackwater' },
];

/** Four made-up team members, one of them the lead. */
export const EXAMPLE_TEAM: readonly TeamMember[] = [
  { id: 'lead-ma', name: 'M. Adeyemi', role: 'lead' },
  { id: 'sc', name: 'S. Clarke', role: 'inspector' },
  { id: 'tn', name: 'T. Nowak', role: 'inspector' },
  { id: 'hr', name: 'H. Rahman', role: 'inspector' },
];

/** How many example cases are still being read, and not yet begun; the rest are complete. */
export const EXAMPLE_UNFINISHED = { inProgress: 7, notStarted: 2 } as const;

/** Where the example's answers say they came from, in every answer's history. */
export const EXAMPLE_SOURCE = 'example data';
