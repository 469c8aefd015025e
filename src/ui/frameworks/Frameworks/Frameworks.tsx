import { listQuestions } from '../../../core';
import { listFrameworks } from '../../../db/frameworks/frameworkStore';
import { Loading } from '../../components/Loading';
import { useLive } from '../../hooks/useLive';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t, tx } from '../../i18n/translate';
import { DraftList } from '../FrameworkDrafts/DraftList';
import { NewFramework } from '../FrameworkDrafts/NewFramework';
import { frameworkHref, STATUS_TAGS, statusLabel } from './frameworkStatus';

/** The framework library: every framework version on this device, built in or imported. */
export default function Frameworks() {
  usePageTitle(t('frameworks', 'Frameworks'));
  const frameworks = useLive(listFrameworks, []);

  return (
    <>
      <h1 class="govuk-heading-l">{t('frameworks', 'Frameworks')}</h1>
      <p class="govuk-body">
        {t(
          'frameworks',
          'A framework is what an inspection assesses: its sections, standards and questions, the answers allowed, and how findings become ratings. Each version is fixed once published. Open one to read it in full before fieldwork, print it or export it, duplicate it, or start its next version.',
        )}
      </p>
      <div class="govuk-button-group">
        <NewFramework />
        <a
          href="/frameworks/import"
          draggable={false}
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
        >
          {t('frameworks', 'Import a framework')}
        </a>
        <a class="govuk-link" href="/frameworks/compare">
          {t('frameworks', 'Compare two frameworks')}
        </a>
      </div>
      <DraftList />
      {frameworks.status === 'loading' && (
        <Loading what={t('frameworks', 'Loading the framework library')} />
      )}
      {frameworks.status === 'failed' && (
        <p class="govuk-body">
          {t(
            'frameworks',
            'The framework library could not be read from this device’s storage. Reload the page to try again.',
          )}
        </p>
      )}
      {frameworks.status === 'ready' && frameworks.value.length === 0 && (
        <div class="ca-empty-state">
          <h2 class="govuk-heading-m">
            {t('frameworks', 'There are no frameworks on this device')}
          </h2>
          <p class="govuk-body">
            {tx(
              'frameworks',
              '<link>Import a framework file</link> to start: a framework is a JSON file, for example one exported from another device.',
              {
                link: (chunks: string[]) => (
                  <a class="govuk-link" href="/frameworks/import">
                    {chunks}
                  </a>
                ),
              },
            )}
          </p>
        </div>
      )}
      {frameworks.status === 'ready' && frameworks.value.length > 0 && (
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--m">
            {t('frameworks', 'On this device')}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {t('frameworks', 'Framework')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('frameworks', 'Version')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('frameworks', 'Publisher')}
              </th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                {t('frameworks', 'Questions')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('frameworks', 'Status')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {frameworks.value.map((record) => (
              <tr class="govuk-table__row" key={record.key}>
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={frameworkHref(record.key)}>
                    {record.title}
                    <span class="govuk-visually-hidden">
                      {' '}
                      {t('frameworks', '(version {version})', { version: record.version })}
                    </span>
                  </a>
                  <br />
                  <span class="govuk-body-s">
                    {record.builtIn ? t('frameworks', 'Built in') : t('frameworks', 'Imported')}
                  </span>
                </td>
                <td class="govuk-table__cell">{record.version}</td>
                <td class="govuk-table__cell">{record.framework.publishers.join(', ')}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  {listQuestions(record.framework).length}
                </td>
                <td class="govuk-table__cell">
                  <strong class={`govuk-tag ${STATUS_TAGS[record.framework.status]}`}>
                    {statusLabel(record.framework.status)}
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
