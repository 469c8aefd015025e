/** The add-a-case form's problems: before saving, and those the store gives back. */
import { CASE_REF_MAX_LENGTH } from '../../../core';
import type { CaseWriteOutcome } from '../../../db/inspections/caseListStore';
import { t } from '../../i18n/translate';

export type Problem = { field: string; message: string };

export type CaseDraft = {
  /** The reference as typed, trimmed. */
  ref: string;
  looksLikeName: boolean;
  notAName: boolean;
  areaId: string;
  stratumId: string;
  hasStrata: boolean;
};

export function caseProblems(draft: CaseDraft): Problem[] {
  const list: Problem[] = [];
  const { ref } = draft;
  if (ref === '') list.push({ field: 'ref', message: t('setup', 'Enter the case reference') });
  else if (ref.length > CASE_REF_MAX_LENGTH) {
    list.push({
      field: 'ref',
      message: t('setup', 'The case reference must be {max} characters or fewer', {
        max: CASE_REF_MAX_LENGTH,
      }),
    });
  } else if (draft.looksLikeName && !draft.notAName) {
    list.push({
      field: 'not-a-name',
      message: t(
        'setup',
        '{ref} looks like a person’s name. Use a pseudonymous reference such as LAC-03-07, or confirm that it is not a name',
        { ref },
      ),
    });
  }
  if (draft.areaId === '')
    list.push({ field: 'area', message: t('setup', 'Choose the area the case is in') });
  if (draft.hasStrata && draft.stratumId === '') {
    list.push({ field: 'stratum', message: t('setup', 'Choose the stratum the case is in') });
  }
  return list;
}

/** Why the store did not add case `ref`, at the reference's field. */
export function addProblems(
  outcome: Exclude<CaseWriteOutcome, { status: 'saved' }>,
  ref: string,
): Problem[] {
  switch (outcome.status) {
    case 'duplicates':
      return [
        {
          field: 'ref',
          message: t('setup', '{ref} is already a case in this inspection', { ref }),
        },
      ];
    case 'invalid':
      return outcome.errors.map((e) => ({ field: 'ref', message: e.message }));
    case 'missing':
      return [{ field: 'ref', message: outcome.message }];
    case 'failed':
      return [
        {
          field: 'ref',
          message: t('setup', 'The case could not be saved on this device ({detail})', {
            detail: outcome.detail,
          }),
        },
      ];
  }
}
