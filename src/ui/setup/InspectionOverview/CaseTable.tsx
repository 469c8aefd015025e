/** One page of the case list: each case's area, stratum, inspector, status and progress. */
import { type Inspection, type ModerationCase, memberName } from '../../../core';
import type { CaseWithProgress } from '../../../db/inspections/caseListStore';
import { STATUS_LABELS, STATUS_TAGS } from '../../components/InspectionFrame/format';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { t } from '../../i18n/translate';
import { ModerationStatusTag } from '../../moderation/ModerationCommon/ModerationStatusTag';
import { readingPath } from '../../moderation/ModerationCommon/moderationLinks';

/** One page of cases, under a caption saying which cases these are. */
export function CaseTable({
  inspection,
  rows,
  held,
  caption,
}: {
  inspection: Inspection;
  rows: readonly CaseWithProgress[];
  /** Cases this device holds only for their blind second reading, by case id. */
  held: ReadonlyMap<string, ModerationCase>;
  caption: string;
}) {
  const names = new Map<string, string>([...inspection.areas.map((a) => [a.id, a.name] as const)]);
  const strata = new Map(inspection.strata.map((s) => [s.id, s.name]));
  return (
    <table class="govuk-table ca-case-table">
      <caption class="govuk-table__caption govuk-table__caption--s" aria-live="polite">
        {caption}
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            {t('setup', 'Reference')}
          </th>
          <th scope="col" class="govuk-table__header">
            {t('setup', 'Area')}
          </th>
          {inspection.strata.length > 0 && (
            <th scope="col" class="govuk-table__header">
              {t('setup', 'Stratum')}
            </th>
          )}
          <th scope="col" class="govuk-table__header">
            {t('setup', 'Inspector')}
          </th>
          <th scope="col" class="govuk-table__header">
            {t('setup', 'Status')}
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            {t('setup', 'Answered')}
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {rows.map((row) => (
          <CaseRow
            key={row.caseRecord.id}
            row={row}
            secondReading={held.get(row.caseRecord.id) ?? null}
            inspectionId={inspection.id}
            area={names.get(row.caseRecord.areaId) ?? row.caseRecord.areaId}
            stratum={
              inspection.strata.length > 0
                ? (strata.get(row.caseRecord.stratumId ?? '') ?? '–')
                : null
            }
            inspector={
              row.caseRecord.inspectorId === null
                ? null
                : memberName(inspection.team, row.caseRecord.inspectorId)
            }
          />
        ))}
      </tbody>
    </table>
  );
}

function CaseRow({
  row,
  secondReading,
  inspectionId,
  area,
  stratum,
  inspector,
}: {
  row: CaseWithProgress;
  /** Set when this device holds the case only for its blind second reading. */
  secondReading: ModerationCase | null;
  inspectionId: string;
  area: string;
  stratum: string | null;
  inspector: string | null;
}) {
  const c = row.caseRecord;
  return (
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">
        <a
          class="govuk-link ca-case-table__ref"
          href={
            secondReading
              ? readingPath(inspectionId, c.id)
              : inspectionHref(inspectionId, `/cases/${encodeURIComponent(c.id)}`)
          }
        >
          {secondReading && (
            <span class="govuk-visually-hidden">{t('setup', 'Your second reading:')} </span>
          )}
          {c.ref}
        </a>
        {c.role === 'reserve' && (
          <strong class="govuk-tag govuk-tag--yellow ca-tag">{t('setup', 'Reserve')}</strong>
        )}
        {secondReading && (
          <strong class="govuk-tag govuk-tag--purple ca-tag">{t('setup', 'Second reading')}</strong>
        )}
      </td>
      <td class="govuk-table__cell">{area}</td>
      {stratum !== null && <td class="govuk-table__cell">{stratum}</td>}
      <td class="govuk-table__cell">
        {inspector ?? <span class="ca-muted">{t('setup', 'Not assigned')}</span>}
      </td>
      <td class="govuk-table__cell">
        {secondReading ? (
          <ModerationStatusTag record={secondReading} />
        ) : (
          <strong class={`govuk-tag ${STATUS_TAGS[c.status]}`}>{STATUS_LABELS[c.status]}</strong>
        )}
      </td>
      <td class="govuk-table__cell govuk-table__cell--numeric">
        {secondReading || row.applicable === 0
          ? '–'
          : t('setup', '{answered} of {applicable}', {
              answered: row.answered,
              applicable: row.applicable,
            })}
      </td>
    </tr>
  );
}
