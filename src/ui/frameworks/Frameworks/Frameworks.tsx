import { listQuestions } from '../../../core';
import { listFrameworks } from '../../../db/frameworks/frameworkStore';
import { Loading } from '../../components/Loading';
import { useLive } from '../../hooks/useLive';
import { usePageTitle } from '../../hooks/usePageTitle';
import { DraftList } from '../FrameworkDrafts/DraftList';
import { NewFramework } from '../FrameworkDrafts/NewFramework';
import { frameworkHref, STATUS_LABELS, STATUS_TAGS } from './frameworkStatus';

/** The framework library: every framework version on this device, built in or imported. */
export default function Frameworks() {
  usePageTitle('Frameworks');
  const frameworks = useLive(listFrameworks, []);

  return (
    <>
      <h1 class="govuk-heading-l">Frameworks</h1>
      <p class="govuk-body">
        A framework is what an inspection assesses: its sections, standards and questions, the
        answers allowed, and how findings become ratings. Each version is fixed once published. Open
        one to read it in full before fieldwork, print it or export it, duplicate it, or start its
        next version.
      </p>
      <div class="govuk-button-group">
        <NewFramework />
        <a
          href="/frameworks/import"
          draggable={false}
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
        >
          Import a framework
        </a>
        <a class="govuk-link" href="/frameworks/compare">
          Compare two frameworks
        </a>
      </div>
      <DraftList />
      {frameworks.status === 'loading' && <Loading what="Loading the framework library" />}
      {frameworks.status === 'failed' && (
        <p class="govuk-body">
          The framework library could not be read from this device's storage. Reload the page to try
          again.
        </p>
      )}
      {frameworks.status === 'ready' && frameworks.value.length === 0 && (
        <div class="ca-empty-state">
          <h2 class="govuk-heading-m">There are no frameworks on this device</h2>
          <p class="govuk-body">
            <a class="govuk-link" href="/frameworks/import">
              Import a framework file
            </a>{' '}
            to start: a framework is a JSON file, for example one exported from another device.
          </p>
        </div>
      )}
      {frameworks.status === 'ready' && frameworks.value.length > 0 && (
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--m">On this device</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Framework
              </th>
              <th scope="col" class="govuk-table__header">
                Version
              </th>
              <th scope="col" class="govuk-table__header">
                Publisher
              </th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                Questions
              </th>
              <th scope="col" class="govuk-table__header">
                Status
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {frameworks.value.map((record) => (
              <tr class="govuk-table__row" key={record.key}>
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={frameworkHref(record.key)}>
                    {record.title}
                    <span class="govuk-visually-hidden"> (version {record.version})</span>
                  </a>
                  <br />
                  <span class="govuk-body-s">{record.builtIn ? 'Built in' : 'Imported'}</span>
                </td>
                <td class="govuk-table__cell">{record.version}</td>
                <td class="govuk-table__cell">{record.framework.publishers.join(', ')}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  {listQuestions(record.framework).length}
                </td>
                <td class="govuk-table__cell">
                  <strong class={`govuk-tag ${STATUS_TAGS[record.framework.status]}`}>
                    {STATUS_LABELS[record.framework.status]}
                  </strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
