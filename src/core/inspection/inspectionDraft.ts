/**
 * What a person fills in for an inspection, and everything wrong with it: the rules a person
 * would expect (a title, at least one area, names that differ, a lead, dates in order), then
 * anything else the inspection schema refuses. Messages are written to be shown as they are.
 */

import { ENGLISH, type Translator } from '../i18n/translator';
import type { ValidationError } from '../validation/validationResult';
import { issuesToErrors } from '../validation/zodIssues';
import { type Inspection, inspectionSchema } from './inspectionSchema';

/** What a person fills in for an inspection; the rest is kept by the app. */
export type InspectionDraft = Pick<
  Inspection,
  'title' | 'kind' | 'framework' | 'organisations' | 'areas' | 'strata' | 'team' | 'fieldwork'
>;

type NamedRows = readonly { readonly name: string }[];

/** Which named list a row is in. */
type RowKind = 'area' | 'stratum' | 'member';

/** Names that clash (ignoring case and spacing), as errors on the later row. */
function duplicateNames(
  rows: NamedRows,
  path: string,
  kind: RowKind,
  tr: Translator,
): ValidationError[] {
  const firstOf = new Map<string, number>();
  const errors: ValidationError[] = [];
  rows.forEach((row, i) => {
    const key = row.name.trim().replace(/\s+/g, ' ').toLowerCase();
    if (key === '') return;
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, i);
    else {
      errors.push({
        path: `${path}[${i}].name`,
        message: tr.t(
          'setup',
          '{kind, select, area {Area} stratum {Stratum} other {Team member}} {number} has the same name as {kind, select, area {area} stratum {stratum} other {team member}} {first} ({name}): give each its own name',
          { kind, number: i + 1, first: first + 1, name: row.name.trim() },
        ),
      });
    }
  });
  return errors;
}

function blankNames(
  rows: NamedRows,
  path: string,
  kind: RowKind,
  tr: Translator,
): ValidationError[] {
  return rows.flatMap((row, i) =>
    row.name.trim() === ''
      ? [
          {
            path: `${path}[${i}].name`,
            message: tr.t(
              'setup',
              'Enter a name for {kind, select, area {area} stratum {stratum} other {team member}} {number}, or remove {kind, select, member {them} other {it}}',
              { kind, number: i + 1 },
            ),
          },
        ]
      : [],
  );
}

/** Every named list of the form: blank names, then names that clash. */
function rowErrors(draft: InspectionDraft, tr: Translator): ValidationError[] {
  return [
    ...blankNames(draft.areas, 'areas', 'area', tr),
    ...duplicateNames(draft.areas, 'areas', 'area', tr),
    ...blankNames(draft.strata, 'strata', 'stratum', tr),
    ...duplicateNames(draft.strata, 'strata', 'stratum', tr),
  ];
}

function teamErrors(draft: InspectionDraft, tr: Translator): ValidationError[] {
  const errors: ValidationError[] = [];
  if (draft.team.length === 0) {
    errors.push({ path: 'team', message: tr.t('setup', 'Add at least one team member, the lead') });
  }
  errors.push(...blankNames(draft.team, 'team', 'member', tr));
  errors.push(...duplicateNames(draft.team, 'team', 'member', tr));
  if (draft.team.length > 0 && !draft.team.some((member) => member.role === 'lead')) {
    errors.push({
      path: 'team',
      message: tr.t('setup', 'Make at least one team member the lead (who runs the fieldwork)'),
    });
  }
  return errors;
}

/** The title, kind, framework and organisations: the top of the form. */
function headingErrors(draft: InspectionDraft, tr: Translator): ValidationError[] {
  const errors: ValidationError[] = [];
  if (draft.title.trim() === '') {
    errors.push({ path: 'title', message: tr.t('setup', 'Enter a title for the inspection') });
  } else if (draft.title.trim().length > 200) {
    errors.push({
      path: 'title',
      message: tr.t('setup', 'The title must be 200 characters or fewer'),
    });
  }
  if (!(['inspection', 'thematic', 'self-audit'] as const).includes(draft.kind)) {
    errors.push({ path: 'kind', message: tr.t('setup', 'Choose what kind of fieldwork this is') });
  }
  if (draft.framework.id === '' || draft.framework.version === '') {
    errors.push({
      path: 'framework',
      message: tr.t('setup', 'Choose the framework the cases are assessed against'),
    });
  }
  draft.organisations.forEach((name, i) => {
    if (name.trim().length > 200) {
      errors.push({
        path: `organisations[${i}]`,
        message: tr.t('setup', 'Organisation {number} must be 200 characters or fewer', {
          number: i + 1,
        }),
      });
    }
  });
  return errors;
}

/**
 * Everything wrong with an inspection's details, in the order of the form: the rules a person
 * would expect, then anything else the inspection schema refuses.
 */
export function checkInspectionDraft(
  draft: InspectionDraft,
  tr: Translator = ENGLISH,
): ValidationError[] {
  const errors = headingErrors(draft, tr);
  if (draft.areas.length === 0) {
    errors.push({
      path: 'areas',
      message: tr.t('setup', 'Add at least one area (a site, service or team)'),
    });
  }
  errors.push(...rowErrors(draft, tr), ...teamErrors(draft, tr));
  const { start, end } = draft.fieldwork;
  if (start !== null && end !== null && end < start) {
    errors.push({
      path: 'fieldwork.end',
      message: tr.t('setup', 'The fieldwork end date must be the same as or after the start date'),
    });
  }
  if (errors.length > 0) return errors;
  // Only what the rules above cannot see (lengths, id formats) reaches the schema check.
  const parsed = inspectionSchema.safeParse(
    newInspection(draft, 'check', '2000-01-01T00:00:00.000Z'),
  );
  return parsed.success ? [] : issuesToErrors(parsed.error.issues);
}

/** The draft as stored: names and title without surrounding spaces, no empty organisation. */
export function trimmedDraft(draft: InspectionDraft): InspectionDraft {
  return {
    ...draft,
    title: draft.title.trim(),
    organisations: draft.organisations.map((o) => o.trim()).filter((o) => o !== ''),
    areas: draft.areas.map((a) => ({ ...a, name: a.name.trim() })),
    strata: draft.strata.map((s) => ({ ...s, name: s.name.trim() })),
    team: draft.team.map((m) => ({ ...m, name: m.name.trim() })),
  };
}

/** A new inspection from its draft: no sample, no overrides yet, not example data. */
export function newInspection(draft: InspectionDraft, id: string, at: string): Inspection {
  return {
    id,
    ...trimmedDraft(draft),
    sampling: null,
    ratingOverrides: [],
    example: false,
    createdAt: at,
    updatedAt: at,
  };
}
