/**
 * How complete the work is, over every case whatever the basis: required answers given out of
 * those applicable, by area and by inspector, and the cases not yet complete with links to them.
 */
import {
  type Completeness,
  type CompletenessGroup,
  formatCount,
  formatPercent,
  type Inspection,
  plural,
} from '../../../core';
import { STATUS_LABELS } from '../../components/InspectionFrame/format';
import { CaseCells, CaseHeaders, caseNames } from './CaseCells';

/** Incomplete cases listed; the rest are counted. */
const LISTED = 50;

function answeredText(answered: number, applicable: number): string {
  return applicable === 0
    ? 'none asked'
    : `${answered.toLocaleString('en-GB')} of ${applicable.toLocaleString('en-GB')} (${formatPercent(answered, applicable)}%)`;
}

function GroupTable({
  caption,
  what,
  groups,
}: {
  caption: string;
  what: string;
  groups: readonly CompletenessGroup[];
}) {
  return (
    <table class="govuk-table ca-findings__completeness-table">
      <caption class="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            {what}
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            Cases
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            Fully answered
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            Required answers given
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {groups.map((g) => (
          <tr class="govuk-table__row" key={g.key}>
            <th scope="row" class="govuk-table__header">
              {g.label}
            </th>
            <td class="govuk-table__cell govuk-table__cell--numeric">{g.cases}</td>
            <td class="govuk-table__cell govuk-table__cell--numeric">{g.fullyAnswered}</td>
            <td class="govuk-table__cell govuk-table__cell--numeric">
              {answeredText(g.answered, g.applicable)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CompletenessSection({
  completeness: c,
  inspection,
}: {
  completeness: Completeness;
  inspection: Inspection;
}) {
  const names = caseNames(inspection);
  const listed = c.incomplete.slice(0, LISTED);
  return (
    <section class="ca-findings__section" id="completeness">
      <h2 class="govuk-heading-l" id="completeness-heading">
        How complete the work is
      </h2>
      <p class="govuk-body">
        {c.markedComplete} of {plural(c.cases, 'case')} marked complete; {c.fullyAnswered} of{' '}
        {formatCount(c.cases)} have every required question answered. Required answers given:{' '}
        {answeredText(c.answered, c.applicable)}. An answer of N/A or “not known” counts as given.
      </p>
      <div class="ca-findings__pair">
        <GroupTable caption="By area" what="Area" groups={c.byArea} />
        <GroupTable caption="By inspector" what="Inspector" groups={c.byInspector} />
      </div>
      {c.incomplete.length === 0 ? (
        <p class="govuk-body">Every case is complete.</p>
      ) : (
        <table class="govuk-table ca-findings__completeness-table">
          <caption class="govuk-table__caption govuk-table__caption--s">
            Cases not yet complete ({c.incomplete.length})
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <CaseHeaders />
              <th scope="col" class="govuk-table__header">
                Status
              </th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                Required answers given
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {listed.map((k) => (
              <tr class="govuk-table__row" key={k.caseId}>
                <CaseCells inspectionId={inspection.id} names={names} caseId={k.caseId} kase={k} />
                <td class="govuk-table__cell">{STATUS_LABELS[k.status]}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  {answeredText(k.answered, k.applicable)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {c.incomplete.length > LISTED && (
        <p class="govuk-body">
          And {c.incomplete.length - LISTED} more: see the{' '}
          <a class="govuk-link" href={`/inspections/${encodeURIComponent(inspection.id)}`}>
            case list
          </a>
          .
        </p>
      )}
    </section>
  );
}
