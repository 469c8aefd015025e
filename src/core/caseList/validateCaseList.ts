/**
 * Checks a whole case list against the column mapping, the framework and the inspection, and
 * lists every problem (not just the first) before anything is stored. Rows are named as a
 * spreadsheet numbers them, columns by their headings. When there is no problem, the rows come
 * back ready to store: areas and strata as ids, profile answers as option codes.
 */
import type { Scale } from '../framework/frameworkSchema';
import { CASE_REF_MAX_LENGTH } from '../inspection/inspectionSchema';
import {
  invalid,
  type ValidationError,
  type ValidationResult,
  valid,
} from '../validation/validationResult';
import { type CaseListContext, listNames, matchKey, namedLookup } from './caseListContext';
import type { CaseListWarning } from './caseListWarning';
import {
  type ColumnMapping,
  columnTargetFromKey,
  columnTargetKey,
  describeColumnTarget,
} from './columnMapping';
import { detectPersonalData, referencesThatLookLikeNames } from './detectPersonalData';
import type { CsvTable } from './parseCsvTable';
import type { PopulationEntry, ProfileValue } from './populationEntry';
import { type ProfileValueReader, profileValueReader } from './profileValueReader';

export type CaseListCheck = {
  /** The entries to store, or every problem found. */
  readonly result: ValidationResult<readonly PopulationEntry[]>;
  /** Shown either way: personal data, formula-like cells, references that look like names. */
  readonly warnings: readonly CaseListWarning[];
};

const MAPPING = 'column mapping';

type Columns = {
  ref: number;
  area: number | null;
  stratum: number | null;
  profile: { column: number; fieldId: string; read: ProfileValueReader }[];
};

function resolveColumns(
  table: CsvTable,
  mapping: ColumnMapping,
  context: CaseListContext,
  errors: ValidationError[],
): Columns | null {
  const columnOf = new Map(table.headings.map((heading, index) => [heading, index]));
  const scales = new Map<string, Scale>(context.framework.scales.map((s) => [s.id, s]));
  const fields = new Map(context.framework.profile.map((f) => [f.id, f]));
  const byTarget = new Map<string, string[]>();
  const columns: Columns = { ref: -1, area: null, stratum: null, profile: [] };

  for (const [heading, target] of Object.entries(mapping)) {
    if (target.kind === 'ignore') continue;
    const column = columnOf.get(heading);
    if (column === undefined || heading === '') {
      errors.push({ path: MAPPING, message: `there is no column headed "${heading}" in the file` });
      continue;
    }
    const key = columnTargetKey(target);
    byTarget.set(key, [...(byTarget.get(key) ?? []), heading]);
    switch (target.kind) {
      case 'ref':
        columns.ref = column;
        break;
      case 'area':
        columns.area = column;
        break;
      case 'stratum':
        if (context.strata.length === 0) {
          errors.push({
            path: MAPPING,
            message: `column "${heading}" is chosen as the stratum, but this inspection has no strata; add them first or do not import the column`,
          });
        }
        columns.stratum = column;
        break;
      case 'profile': {
        const field = fields.get(target.fieldId);
        if (!field) {
          errors.push({
            path: MAPPING,
            message: `column "${heading}" is mapped to the profile field "${target.fieldId}", which the framework does not have`,
          });
        } else {
          columns.profile.push({
            column,
            fieldId: field.id,
            read: profileValueReader(field, scales),
          });
        }
        break;
      }
    }
  }
  for (const [key, headings] of byTarget) {
    if (headings.length < 2) continue;
    const what = describeColumnTarget(columnTargetFromKey(key), context.framework);
    errors.push({
      path: MAPPING,
      message: `columns ${headings.map((h) => `"${h}"`).join(' and ')} are all chosen as ${what}; choose one`,
    });
  }
  if (columns.ref < 0) {
    errors.push({ path: MAPPING, message: 'choose the column that holds the case reference' });
  }
  if (columns.area === null && context.areas.length !== 1) {
    errors.push({
      path: MAPPING,
      message:
        context.areas.length === 0
          ? 'this inspection has no areas yet: add them before importing a case list'
          : `choose the column that names each case's area (this inspection has ${context.areas.length} areas)`,
    });
  }
  return errors.length > 0 ? null : columns;
}

export function validateCaseList(
  table: CsvTable,
  mapping: ColumnMapping,
  context: CaseListContext,
): CaseListCheck {
  const errors: ValidationError[] = [];
  const kept = new Set(
    Object.entries(mapping)
      .filter(([, target]) => target.kind !== 'ignore')
      .map(([heading]) => heading),
  );
  const warnings: CaseListWarning[] = [
    ...detectPersonalData(table).filter((w) => kept.has(w.column)),
    ...table.warnings.filter((w) => w.column === undefined || kept.has(w.column)),
  ];
  const columns = resolveColumns(table, mapping, context, errors);
  if (!columns) return { result: invalid(errors), warnings };

  const headingOf = (column: number) => table.headings[column] ?? '';
  if (columns.stratum === null && context.strata.length > 0) {
    warnings.push({
      kind: 'no-stratum-column',
      path: MAPPING,
      message: `No column is chosen as the stratum (${listNames(context.strata)}), so no case will have one and a sample by stratum will find none.`,
    });
  }

  const areas = namedLookup(context.areas);
  const strata = namedLookup(context.strata);
  const onlyArea = context.areas.length === 1 ? context.areas[0]!.id : null;
  const firstRowOfRef = new Map<string, number>();
  const entries: PopulationEntry[] = [];
  const refs: { rowNumber: number; ref: string }[] = [];

  for (const row of table.rows) {
    const at = (column: number) => `row ${row.rowNumber}, column ${headingOf(column)}`;
    const cell = (column: number) => row.cells[column] ?? '';
    const problems = errors.length;

    const ref = cell(columns.ref).trim();
    if (ref === '') {
      errors.push({ path: at(columns.ref), message: 'the case reference is missing' });
    } else if (ref.length > CASE_REF_MAX_LENGTH) {
      errors.push({
        path: at(columns.ref),
        message: `the case reference is ${ref.length} characters long; at most ${CASE_REF_MAX_LENGTH}`,
      });
    } else {
      refs.push({ rowNumber: row.rowNumber, ref });
      const key = ref.toLowerCase();
      const first = firstRowOfRef.get(key);
      if (first !== undefined) {
        errors.push({
          path: at(columns.ref),
          message: `${ref} is already on row ${first}; each case must appear once`,
        });
      } else firstRowOfRef.set(key, row.rowNumber);
    }

    let areaId = onlyArea;
    if (columns.area !== null) {
      const value = cell(columns.area).trim();
      areaId = areas.get(matchKey(value)) ?? null;
      if (value === '') {
        errors.push({ path: at(columns.area), message: 'the area is missing' });
      } else if (areaId === null) {
        errors.push({
          path: at(columns.area),
          message: `"${value}" is not one of this inspection's areas (${listNames(context.areas)})`,
        });
      }
    }

    let stratumId: string | null = null;
    if (columns.stratum !== null && context.strata.length > 0) {
      const value = cell(columns.stratum).trim();
      stratumId = strata.get(matchKey(value)) ?? null;
      if (value === '') {
        errors.push({
          path: at(columns.stratum),
          message: `the stratum is missing (${listNames(context.strata)})`,
        });
      } else if (stratumId === null) {
        errors.push({
          path: at(columns.stratum),
          message: `"${value}" is not one of this inspection's strata (${listNames(context.strata)})`,
        });
      }
    }

    const profile: Record<string, ProfileValue> = {};
    for (const field of columns.profile) {
      const read = field.read(cell(field.column));
      if (!read.ok) errors.push({ path: at(field.column), message: read.message });
      else if (read.value !== undefined) profile[field.fieldId] = read.value;
    }

    if (errors.length === problems && areaId !== null) {
      entries.push({ ref, areaId, stratumId, profile, row: row.rowNumber });
    }
  }

  const names = referencesThatLookLikeNames(headingOf(columns.ref), refs);
  if (names) warnings.push(names);
  return { result: errors.length > 0 ? invalid(errors) : valid(entries), warnings };
}
