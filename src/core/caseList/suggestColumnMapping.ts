/**
 * A first guess at which column is which, for the user to check and change. Headings are
 * compared with usual names ("Case ref", "YOT") and with the framework's profile field ids and
 * wording, ignoring case and punctuation. When no heading names the area or stratum, a column
 * whose values are all area (or stratum) names is taken. Every other column, including any that
 * looks like personal data, is set to "do not import".
 */
import { type CaseListContext, matchKey, namedLookup } from './caseListContext';
import type { ColumnMapping, ColumnTarget } from './columnMapping';
import { normalizeHeading } from './detectPersonalData';
import type { CsvTable } from './parseCsvTable';

const REF_HEADINGS = [
  'ref',
  'reference',
  'caseref',
  'casereference',
  'caseid',
  'case',
  'caseno',
  'casenumber',
  'id',
  'pseudonym',
  'urn',
  'childref',
  'childid',
  'clientref',
  'clientid',
  'recordid',
];
const AREA_HEADINGS = [
  'area',
  'areaid',
  'areaname',
  'site',
  'yot',
  'yos',
  'yjs',
  'service',
  'team',
  'office',
  'localauthority',
  'la',
  'authority',
  'district',
];
const STRATUM_HEADINGS = [
  'stratum',
  'strata',
  'stratumid',
  'stratumname',
  'group',
  'samplegroup',
  'cohort',
  'casetype',
  'hosthome',
];
/** How many values are compared with area and stratum names when no heading matched. */
const VALUES_COMPARED = 50;

function valuesAllIn(table: CsvTable, column: number, lookup: Map<string, string>): boolean {
  let seen = 0;
  for (const row of table.rows) {
    const value = row.cells[column]?.trim() ?? '';
    if (value === '') continue;
    if (!lookup.has(matchKey(value))) return false;
    if (++seen >= VALUES_COMPARED) break;
  }
  return seen > 0;
}

function targetForHeading(
  key: string,
  profileByKey: ReadonlyMap<string, string>,
  context: CaseListContext,
): ColumnTarget | undefined {
  if (key === '') return undefined;
  if (REF_HEADINGS.includes(key)) return { kind: 'ref' };
  if (AREA_HEADINGS.includes(key)) return { kind: 'area' };
  if (STRATUM_HEADINGS.includes(key) && context.strata.length > 0) return { kind: 'stratum' };
  const fieldId = profileByKey.get(key);
  return fieldId === undefined ? undefined : { kind: 'profile', fieldId };
}

export function suggestColumnMapping(table: CsvTable, context: CaseListContext): ColumnMapping {
  const profileByKey = new Map<string, string>();
  for (const field of context.framework.profile) {
    profileByKey.set(normalizeHeading(field.text), field.id);
  }
  for (const field of context.framework.profile) {
    profileByKey.set(normalizeHeading(field.id), field.id);
  }

  const mapping: Record<string, ColumnTarget> = {};
  const taken = new Set<string>();
  const assign = (heading: string, target: ColumnTarget) => {
    const key = target.kind === 'profile' ? `profile:${target.fieldId}` : target.kind;
    if (taken.has(key)) return false;
    taken.add(key);
    mapping[heading] = target;
    return true;
  };

  const headings = table.headings.filter((heading) => heading !== '');
  for (const heading of headings) {
    // "Age (years)" is also tried as "Age".
    const keys = [heading, heading.replace(/\([^)]*\)|\[[^\]]*\]/g, '')].map(normalizeHeading);
    const target = keys.map((key) => targetForHeading(key, profileByKey, context)).find(Boolean);
    if (target) assign(heading, target);
  }

  const byValues: [ColumnTarget, Map<string, string>][] = [
    [{ kind: 'area' }, namedLookup(context.areas)],
    [{ kind: 'stratum' }, namedLookup(context.strata)],
  ];
  for (const [target, lookup] of byValues) {
    if (taken.has(target.kind) || lookup.size === 0) continue;
    const column = table.headings.findIndex(
      (heading, index) =>
        heading !== '' && !(heading in mapping) && valuesAllIn(table, index, lookup),
    );
    const heading = table.headings[column];
    if (heading !== undefined) assign(heading, target);
  }

  // Everything else, personal data included, is left out until the user chooses otherwise.
  for (const heading of headings) {
    if (!(heading in mapping)) mapping[heading] = { kind: 'ignore' };
  }
  return mapping;
}
