import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { sampleAndReserves } from '../../../core';
import { listInspections } from '../../../db/inspections/inspectionList';
import { fieldworkDates, KIND_LABELS } from '../../components/InspectionFrame/format';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { useLive } from '../../hooks/useLive';
import { usePageTitle } from '../../hooks/usePageTitle';
import { type ExampleLoaded, LoadExample } from './LoadExample';
import { RemoveExample } from './RemoveExample';

/** The home screen: every inspection or audit on this device, or what to do first. */
export default function Inspections() {
  usePageTitle('Inspections');
  const inspections = useLive(listInspections, []);
  // After a deletion the confirmation page comes back here naming what it deleted.
  const { query } = useLocation();
  const deleted = typeof query.deleted === 'string' ? query.deleted : null;
  // Example data: what loading it just did, and whether it was just removed (here or on its page).
  const [exampleResult, setExampleResult] = useState<ExampleLoaded | null>(null);
  const [removedHere, setRemovedHere] = useState(false);
  const removed = removedHere || (query.removed === 'example' && exampleResult === null);
  const example =
    inspections.status === 'ready'
      ? (inspections.value.find((s) => s.inspection.example) ?? null)
      : null;
  const loaded = (result: ExampleLoaded) => {
    setRemovedHere(false);
    setExampleResult(result);
  };
  const removedExample = () => {
    setExampleResult(null);
    setRemovedHere(true);
  };
  useEffect(() => {
    // Marks the moment the first screen shows real data (read by `npm run bench`; stays local).
    if (inspections.status === 'ready') performance.mark('case-audit:first-screen');
  }, [inspections.status]);

  return (
    <>
      {deleted && (
        <NotificationBanner
          type="success"
          heading={`The inspection “${deleted}” was deleted from this device`}
        />
      )}
      {removed && (
        <NotificationBanner
          type="success"
          heading="The example inspection was removed from this device"
          focus={removedHere}
        />
      )}
      {exampleResult && <ExampleOutcome result={exampleResult} />}
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
          <h3 class="govuk-heading-s">Try it out first</h3>
          <p class="govuk-body">
            Load an example inspection to see how Case Audit works: 60 made-up cases in six invented
            areas, scored against the 2012 thematic framework on looked-after children placed away
            from home. It is labelled as example data, and you can remove it in one click.
          </p>
          <LoadExample onDone={loaded} />
        </div>
      )}
      {inspections.status === 'ready' && inspections.value.length > 0 && (
        <a
          href="/inspections/new"
          draggable={false}
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
        >
          Create an inspection
        </a>
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
              <th scope="col" class="govuk-table__header">
                Fieldwork
              </th>
              <th scope="col" class="govuk-table__header">
                Cases
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {inspections.value.map(({ inspection, sampleCount, reserveCount }) => (
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
                <td class="govuk-table__cell">{fieldworkDates(inspection.fieldwork)}</td>
                <td class="govuk-table__cell">{sampleAndReserves(sampleCount, reserveCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {inspections.status === 'ready' && inspections.value.length > 1 && (
        <p class="govuk-body">
          <a class="govuk-link" href="/analysis">
            Analyse inspections together
          </a>
          : the figures of several inspections on the same framework version as one, for example one
          inspection per council, with a breakdown by inspection.
        </p>
      )}
      {inspections.status === 'ready' && inspections.value.length > 0 && (
        <section aria-labelledby="example-data-heading">
          <h2 class="govuk-heading-s" id="example-data-heading">
            Example data
          </h2>
          {example ? (
            <>
              <p class="govuk-body">
                The example inspection, tagged “Example data” above, holds made-up cases to show how
                Case Audit works. Remove it when you no longer need it.
              </p>
              <RemoveExample inspection={example.inspection} onRemoved={removedExample} />
            </>
          ) : (
            <>
              <p class="govuk-body">
                To see how Case Audit works with made-up cases, load an example inspection. You can
                remove it in one click.
              </p>
              <LoadExample onDone={loaded} />
            </>
          )}
        </section>
      )}
      {inspections.status === 'ready' && (
        <p class="govuk-body">
          <a class="govuk-link" href="/inspections/open-file">
            Open a Case Audit file
          </a>
          : an inspection pack from your lead, an inspector’s work, or a whole inspection exported
          on this or another device.
        </p>
      )}
    </>
  );
}

/** What loading the example did: added it, found it already here, or failed. */
function ExampleOutcome({ result }: { result: ExampleLoaded }) {
  if (result.status === 'failed') {
    return (
      <NotificationBanner heading="The example inspection could not be loaded">
        <p class="govuk-body">{result.message}</p>
      </NotificationBanner>
    );
  }
  const open = (
    <p class="govuk-body">
      <a class="govuk-notification-banner__link" href={`/inspections/${result.inspection.id}`}>
        Open the example inspection
      </a>
    </p>
  );
  return result.status === 'loaded' ? (
    <NotificationBanner type="success" heading="The example inspection was loaded" focus>
      <p class="govuk-body">
        60 made-up cases in six invented areas, read by a team of four: most are complete, some
        still in progress.
      </p>
      {open}
    </NotificationBanner>
  ) : (
    <NotificationBanner heading="The example inspection is already on this device">
      {open}
    </NotificationBanner>
  );
}
