import { useEffect } from 'preact/hooks';
import { listInspections } from '../../db/inspectionStore';
import { Loading } from '../components/Loading';
import { useLive } from '../hooks/useLive';
import { usePageTitle } from '../hooks/usePageTitle';

const KIND_LABELS = {
  inspection: 'Inspection',
  thematic: 'Thematic inspection',
  'self-audit': 'Self-audit',
};

/** The home screen: every inspection or audit on this device, or what to do first. */
export default function Inspections() {
  usePageTitle('Inspections');
  const inspections = useLive(listInspections, []);
  useEffect(() => {
    // Marks the moment the first screen shows real data (read by `npm run bench`; stays local).
    if (inspections.status === 'ready') performance.mark('case-audit:first-screen');
  }, [inspections.status]);

  return (
    <>
      <h1 class="govuk-heading-l">Inspections</h1>
      {inspections.status === 'loading' && <Loading what="Loading your inspections" />}
      {inspections.status === 'failed' && (
        <p class="govuk-body">
          Your inspections could not be read from this device's storage. Reload the page to try
          again.
        </p>
      )}
      {inspections.status === 'ready' && inspections.value.length === 0 && (
        <div class="ca-empty-state">
          <h2 class="govuk-heading-m">You have no inspections on this device yet</h2>
          <p class="govuk-body">
            An inspection (or a self-audit) holds the sample of case files your team reads, scored
            against one assessment framework.
          </p>
          <ul class="govuk-list govuk-list--bullet">
            <li>
              <a class="govuk-link" href="/inspections/new">
                Create an inspection
              </a>{' '}
              to set up fieldwork and import your case list.
            </li>
            <li>
              Browse the{' '}
              <a class="govuk-link" href="/frameworks">
                framework library
              </a>{' '}
              to read the questions before fieldwork.
            </li>
          </ul>
        </div>
      )}
      {inspections.status === 'ready' && inspections.value.length > 0 && (
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--m">On this device</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Title
              </th>
              <th scope="col" class="govuk-table__header">
                Kind
              </th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                Cases
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {inspections.value.map(({ inspection, caseCount }) => (
              <tr class="govuk-table__row" key={inspection.id}>
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={`/inspections/${inspection.id}`}>
                    {inspection.title}
                  </a>
                  {inspection.example && (
                    <strong class="govuk-tag govuk-tag--yellow ca-example-tag">Example data</strong>
                  )}
                </td>
                <td class="govuk-table__cell">{KIND_LABELS[inspection.kind]}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{caseCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
