import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Inspection } from '../../../core';
import { listInspections } from '../../../db/inspections/inspectionList';
import { fieldworkDates, KIND_LABELS } from '../../components/InspectionFrame/format';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { useLive } from '../../hooks/useLive';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t, tx } from '../../i18n/translate';
import { sampleAndReserves } from '../sampleAndReserves';
import { type ExampleLoaded, LoadExample } from './LoadExample';
import { RemoveExample } from './RemoveExample';

/** The home screen: every inspection or audit on this device, or what to do first. */
export default function Inspections() {
  usePageTitle(t('setup', 'Inspections'));
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
          heading={t('setup', 'The inspection “{title}” was deleted from this device', {
            title: deleted,
          })}
        />
      )}
      {removed && (
        <NotificationBanner
          type="success"
          heading={t('setup', 'The example inspection was removed from this device')}
          focus={removedHere}
        />
      )}
      {exampleResult && <ExampleOutcome result={exampleResult} />}
      <h1 class="govuk-heading-l">{t('setup', 'Inspections')}</h1>
      {inspections.status === 'loading' && (
        <Loading what={t('setup', 'Loading your inspections')} />
      )}
      {inspections.status === 'failed' && (
        <p class="govuk-body">
          {t(
            'setup',
            "Your inspections could not be read from this device's storage. Reload the page to try again.",
          )}
        </p>
      )}
      {inspections.status === 'ready' && inspections.value.length === 0 && (
        <NoInspections onLoaded={loaded} />
      )}
      {inspections.status === 'ready' && inspections.value.length > 0 && (
        <a
          href="/inspections/new"
          draggable={false}
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
        >
          {t('setup', 'Create an inspection')}
        </a>
      )}
      {inspections.status === 'ready' && inspections.value.length > 0 && (
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--m">
            {t('setup', 'On this device')}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {t('setup', 'Title')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('setup', 'Kind')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('setup', 'Fieldwork')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('setup', 'Cases')}
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
                    <strong class="govuk-tag govuk-tag--yellow ca-example-tag">
                      {t('setup', 'Example data')}
                    </strong>
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
          {tx(
            'setup',
            '<link>Analyse inspections together</link>: the figures of several inspections on the same framework version as one, for example one inspection per council, with a breakdown by inspection.',
            {
              link: (chunks: ComponentChildren) => (
                <a class="govuk-link" href="/analysis">
                  {chunks}
                </a>
              ),
            },
          )}
        </p>
      )}
      {inspections.status === 'ready' && inspections.value.length > 0 && (
        <ExampleSection
          example={example?.inspection ?? null}
          onLoaded={loaded}
          onRemoved={removedExample}
        />
      )}
      {inspections.status === 'ready' && (
        <p class="govuk-body">
          {tx(
            'setup',
            '<link>Open a Case Audit file</link>: an inspection pack from your lead, an inspector’s work, or a whole inspection exported on this or another device.',
            {
              link: (chunks: ComponentChildren) => (
                <a class="govuk-link" href="/inspections/open-file">
                  {chunks}
                </a>
              ),
            },
          )}
        </p>
      )}
    </>
  );
}

/** What loading the example did: added it, found it already here, or failed. */
function ExampleOutcome({ result }: { result: ExampleLoaded }) {
  if (result.status === 'failed') {
    return (
      <NotificationBanner heading={t('setup', 'The example inspection could not be loaded')}>
        <p class="govuk-body">{result.message}</p>
      </NotificationBanner>
    );
  }
  const open = (
    <p class="govuk-body">
      <a class="govuk-notification-banner__link" href={`/inspections/${result.inspection.id}`}>
        {t('setup', 'Open the example inspection')}
      </a>
    </p>
  );
  return result.status === 'loaded' ? (
    <NotificationBanner
      type="success"
      heading={t('setup', 'The example inspection was loaded')}
      focus
    >
      <p class="govuk-body">
        {t(
          'setup',
          '60 made-up cases in six invented areas, read by a team of four: most are complete, some still in progress.',
        )}
      </p>
      {open}
    </NotificationBanner>
  ) : (
    <NotificationBanner heading={t('setup', 'The example inspection is already on this device')}>
      {open}
    </NotificationBanner>
  );
}

/** No inspections yet: what an inspection is, how to make one, and the example to try. */
function NoInspections({ onLoaded }: { onLoaded: (result: ExampleLoaded) => void }) {
  return (
    <div class="ca-empty-state">
      <h2 class="govuk-heading-m">{t('setup', 'You have no inspections on this device yet')}</h2>
      <p class="govuk-body">
        {t(
          'setup',
          'An inspection (or a self-audit) holds the sample of case files your team reads, scored against one assessment framework.',
        )}
      </p>
      <ul class="govuk-list govuk-list--bullet">
        <li>
          {tx(
            'setup',
            '<link>Create an inspection</link> to set up fieldwork and import your case list.',
            {
              link: (chunks: ComponentChildren) => (
                <a class="govuk-link" href="/inspections/new">
                  {chunks}
                </a>
              ),
            },
          )}
        </li>
        <li>
          {tx(
            'setup',
            'Browse the <link>framework library</link> to read the questions before fieldwork.',
            {
              link: (chunks: ComponentChildren) => (
                <a class="govuk-link" href="/frameworks">
                  {chunks}
                </a>
              ),
            },
          )}
        </li>
      </ul>
      <h3 class="govuk-heading-s">{t('setup', 'Try it out first')}</h3>
      <p class="govuk-body">
        {t(
          'setup',
          'Load an example inspection to see how Case Audit works: 60 made-up cases in six invented areas, scored against the 2012 thematic framework on looked-after children placed away from home. It is labelled as example data, and you can remove it in one click.',
        )}
      </p>
      <LoadExample onDone={onLoaded} />
    </div>
  );
}

/** The example inspection: remove it if it is here, load it if not. */
function ExampleSection({
  example,
  onLoaded,
  onRemoved,
}: {
  example: Inspection | null;
  onLoaded: (result: ExampleLoaded) => void;
  onRemoved: () => void;
}) {
  return (
    <section aria-labelledby="example-data-heading">
      <h2 class="govuk-heading-s" id="example-data-heading">
        {t('setup', 'Example data')}
      </h2>
      {example ? (
        <>
          <p class="govuk-body">
            {t(
              'setup',
              'The example inspection, tagged “Example data” above, holds made-up cases to show how Case Audit works. Remove it when you no longer need it.',
            )}
          </p>
          <RemoveExample inspection={example} onRemoved={onRemoved} />
        </>
      ) : (
        <>
          <p class="govuk-body">
            {t(
              'setup',
              'To see how Case Audit works with made-up cases, load an example inspection. You can remove it in one click.',
            )}
          </p>
          <LoadExample onDone={onLoaded} />
        </>
      )}
    </section>
  );
}
