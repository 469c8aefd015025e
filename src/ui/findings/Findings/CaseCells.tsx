/**
 * The first columns of the findings screens' tables of cases: the case's reference (a link to
 * it), its area and its inspector, named as the inspection names them.
 */
import { type Inspection, memberName } from '../../../core';
import { t } from '../../i18n/translate';
import { caseHref } from './findingsLinks';

export type CaseNames = {
  readonly area: (areaId: string) => string;
  readonly inspector: (inspectorId: string | null) => string;
};

/** Names of areas and inspectors; an id the inspection no longer has is shown as it is. */
export function caseNames(inspection: Inspection): CaseNames {
  const areas = new Map(inspection.areas.map((a) => [a.id, a.name]));
  return {
    area: (areaId) => areas.get(areaId) ?? areaId,
    inspector: (inspectorId) =>
      inspectorId === null
        ? t('findings', 'Not assigned')
        : memberName(inspection.team, inspectorId),
  };
}

export function CaseHeaders() {
  return (
    <>
      <th scope="col" class="govuk-table__header">
        {t('findings', 'Case')}
      </th>
      <th scope="col" class="govuk-table__header">
        {t('findings', 'Area')}
      </th>
      <th scope="col" class="govuk-table__header">
        {t('findings', 'Inspector')}
      </th>
    </>
  );
}

export function CaseCells({
  inspectionId,
  names,
  caseId,
  kase,
}: {
  inspectionId: string;
  names: CaseNames;
  caseId: string;
  kase: {
    readonly ref: string;
    readonly areaId: string;
    readonly inspectorId: string | null;
  };
}) {
  return (
    <>
      <th scope="row" class="govuk-table__header">
        <a class="govuk-link" href={caseHref(inspectionId, caseId)}>
          {kase.ref}
        </a>
      </th>
      <td class="govuk-table__cell">{names.area(kase.areaId)}</td>
      <td class="govuk-table__cell">{names.inspector(kase.inspectorId)}</td>
    </>
  );
}
