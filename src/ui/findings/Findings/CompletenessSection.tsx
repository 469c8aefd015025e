/**
 * How complete the work is, over every case whatever the basis: required answers given out of
 * those applicable, by area and by inspector, and the cases not yet complete with links to them.
 */
import type { ComponentChildren } from 'preact';
import {
  type CaseStatus,
  type Completeness,
  type CompletenessGroup,
  formatCount,
  formatPercent,
  type Inspection,
} from '../../../core';
import { t, tx } from '../../i18n/translate';
import { CaseCells, CaseHeaders, caseNames } from './CaseCells';

/** Incomplete cases listed; the rest are counted. */
const LISTED = 50;

function answeredText(answered: number, applicable: number): string {
  return applicable === 0
    ? t('findings', 'none asked')
    : t('findings', '{answered} of {applicable} ({percent}%)', {
        answered: answered.toLocaleString('en-GB'),
        applicable: applicable.toLocaleString('en-GB'),
        percent: formatPercent(answered, applicable),
      });
}

function statusLabel(status: CaseStatus): string {
  switch (status) {
    case 'not-started':
      return t('findings', 'Not started');
    case 'in-progress':
      return t('findings', 'In progress');
    case 'complete':
      return t('findings', 'Complete');
    case 'moderated':
      return t('findings', 'Moderated');
  }
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
            {t('findings', 'Cases')}
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            {t('findings', 'Fully answered')}
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            {t('findings', 'Required answers given')}
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
        {t('findings', 'How complete the work is')}
      </h2>
      <p class="govuk-body">
        {t(
          'findings',
          '{complete} of {cases, plural, one {# case} other {# cases}} marked complete; {fullyAnswered} of {total} have every required question answered. Required answers given: {given}. An answer of N/A or “not known” counts as given.',
          {
            complete: c.markedComplete,
            cases: c.cases,
            fullyAnswered: c.fullyAnswered,
            total: formatCount(c.cases),
            given: answeredText(c.answered, c.applicable),
          },
        )}
      </p>
      <div class="ca-findings__pair">
        <GroupTable
          caption={t('findings', 'By area')}
          what={t('findings', 'Area')}
          groups={c.byArea}
        />
        <GroupTable
          caption={t('findings', 'By inspector')}
          what={t('findings', 'Inspector')}
          groups={c.byInspector}
        />
      </div>
      {c.incomplete.length === 0 ? (
        <p class="govuk-body">{t('findings', 'Every case is complete.')}</p>
      ) : (
        <table class="govuk-table ca-findings__completeness-table">
          <caption class="govuk-table__caption govuk-table__caption--s">
            {t('findings', 'Cases not yet complete ({count})', { count: c.incomplete.length })}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <CaseHeaders />
              <th scope="col" class="govuk-table__header">
                {t('findings', 'Status')}
              </th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                {t('findings', 'Required answers given')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {listed.map((k) => (
              <tr class="govuk-table__row" key={k.caseId}>
                <CaseCells inspectionId={inspection.id} names={names} caseId={k.caseId} kase={k} />
                <td class="govuk-table__cell">{statusLabel(k.status)}</td>
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
          {tx('findings', 'And {count} more: see the <link>case list</link>.', {
            count: c.incomplete.length - LISTED,
            link: (chunks: ComponentChildren) => (
              <a class="govuk-link" href={`/inspections/${encodeURIComponent(inspection.id)}`}>
                {chunks}
              </a>
            ),
          })}
        </p>
      )}
    </section>
  );
}
