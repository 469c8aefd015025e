import { useLocation } from 'preact-iso';
import { compareVersions } from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { listFrameworks } from '../../../db/frameworks/frameworkStore';
import { NotificationBanner } from '../../components/NotificationBanner';
import { useLive } from '../../hooks/useLive';
import { formatDate, t, tx } from '../../i18n/translate';
import { compareHref } from '../FrameworkDrafts/draftLinks';
import { frameworkHref } from '../Frameworks/frameworkStatus';

/** The first characters of a content hash: enough to tell two versions apart by eye. */
export function shortHash(hash: string | undefined): string {
  return hash ? hash.slice(0, 12) : t('frameworks', 'Not worked out yet');
}

function when(record: FrameworkRecord): string {
  if (record.publishedAt) {
    return t('frameworks', 'Published {date}', {
      date: formatDate(record.publishedAt.slice(0, 10)),
    });
  }
  return record.builtIn
    ? t('frameworks', 'Built in')
    : t('frameworks', 'Imported {date}', { date: formatDate(record.addedAt.slice(0, 10)) });
}

/**
 * Every version of this framework on this device, newest first, each with its content hash (a
 * version never changes, so the same hash means the same content) and when it was published.
 */
export function FrameworkVersions({ record }: { record: FrameworkRecord }) {
  const all = useLive(listFrameworks, []);
  if (all.status !== 'ready') return null;
  const versions = all.value
    .filter((r) => r.id === record.id)
    .sort((a, b) => compareVersions(b.version, a.version));
  const basedOn = record.framework.basedOn;
  const basedKey = basedOn && `${basedOn.id}@${basedOn.version}`;
  return (
    <>
      {basedOn && basedKey && (
        <p class="govuk-body ca-no-print">
          {tx('frameworks', 'A copy of <link>{title}, version {version}</link>.', {
            title: basedOn.title,
            version: basedOn.version,
            link: (chunks: string[]) => (
              <a class="govuk-link" href={frameworkHref(basedKey)}>
                {chunks}
              </a>
            ),
          })}{' '}
          <a class="govuk-link" href={compareHref(basedKey, record.key)}>
            {t('frameworks', 'Compare with the original')}
          </a>
        </p>
      )}
      <table class="govuk-table ca-no-print">
        <caption class="govuk-table__caption govuk-table__caption--m">
          {t('frameworks', 'Versions')}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {t('frameworks', 'Version')}
            </th>
            <th scope="col" class="govuk-table__header">
              {t('frameworks', 'Published')}
            </th>
            <th scope="col" class="govuk-table__header">
              {t('frameworks', 'Content hash')}
            </th>
            <th scope="col" class="govuk-table__header">
              <span class="govuk-visually-hidden">{t('frameworks', 'Compare')}</span>
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {versions.map((v) => (
            <tr class="govuk-table__row" key={v.key}>
              <td class="govuk-table__cell">
                {v.key === record.key ? (
                  <>
                    {v.version}{' '}
                    <span class="govuk-body-s">{t('frameworks', '(this version)')}</span>
                  </>
                ) : (
                  <a class="govuk-link" href={frameworkHref(v.key)}>
                    {v.version}
                  </a>
                )}
              </td>
              <td class="govuk-table__cell">{when(v)}</td>
              <td class="govuk-table__cell">
                <code class="ca-code" title={v.hash}>
                  {shortHash(v.hash)}
                </code>
              </td>
              <td class="govuk-table__cell">
                {v.key !== record.key && (
                  <a class="govuk-link" href={compareHref(v.key, record.key)}>
                    {tx(
                      'frameworks',
                      'Compare<hidden> version {version}</hidden> with this version',
                      {
                        version: v.version,
                        hidden: (chunks: string[]) => (
                          <span class="govuk-visually-hidden">{chunks}</span>
                        ),
                      },
                    )}
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** After publishing, the new version's page says so (the Publish screen adds `?published=1`). */
export function PublishedBanner({ record }: { record: FrameworkRecord }) {
  // Read without a router too (the page is also shown on its own, as in print previews).
  const { query } = useLocation();
  if (query?.published !== '1') return null;
  return (
    <NotificationBanner
      type="success"
      heading={t('frameworks', 'Version {version} of {title} was published', {
        version: record.version,
        title: record.title,
      })}
      focus
    >
      <p class="govuk-body">
        {tx(
          'frameworks',
          'It never changes from now on (content hash <code>{hash}</code>). Inspections can use it, and those on an earlier version can move to it from their settings.',
          {
            hash: shortHash(record.hash),
            code: (chunks: string[]) => <code class="ca-code">{chunks}</code>,
          },
        )}
      </p>
    </NotificationBanner>
  );
}
