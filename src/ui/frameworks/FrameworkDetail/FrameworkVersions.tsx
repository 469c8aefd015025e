import { useLocation } from 'preact-iso';
import { compareVersions, longDate } from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { listFrameworks } from '../../../db/frameworks/frameworkStore';
import { NotificationBanner } from '../../components/NotificationBanner';
import { useLive } from '../../hooks/useLive';
import { compareHref } from '../FrameworkDrafts/draftLinks';
import { frameworkHref } from '../Frameworks/frameworkStatus';

/** The first characters of a content hash: enough to tell two versions apart by eye. */
export function shortHash(hash: string | undefined): string {
  return hash ? hash.slice(0, 12) : 'Not worked out yet';
}

function when(record: FrameworkRecord): string {
  if (record.publishedAt) return `Published ${longDate(record.publishedAt.slice(0, 10))}`;
  return record.builtIn ? 'Built in' : `Imported ${longDate(record.addedAt.slice(0, 10))}`;
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
          A copy of{' '}
          <a class="govuk-link" href={frameworkHref(basedKey)}>
            {basedOn.title}, version {basedOn.version}
          </a>
          .{' '}
          <a class="govuk-link" href={compareHref(basedKey, record.key)}>
            Compare with the original
          </a>
        </p>
      )}
      <table class="govuk-table ca-no-print">
        <caption class="govuk-table__caption govuk-table__caption--m">Versions</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Version
            </th>
            <th scope="col" class="govuk-table__header">
              Published
            </th>
            <th scope="col" class="govuk-table__header">
              Content hash
            </th>
            <th scope="col" class="govuk-table__header">
              <span class="govuk-visually-hidden">Compare</span>
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {versions.map((v) => (
            <tr class="govuk-table__row" key={v.key}>
              <td class="govuk-table__cell">
                {v.key === record.key ? (
                  <>
                    {v.version} <span class="govuk-body-s">(this version)</span>
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
                    Compare<span class="govuk-visually-hidden"> version {v.version}</span> with this
                    version
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
      heading={`Version ${record.version} of ${record.title} was published`}
      focus
    >
      <p class="govuk-body">
        It never changes from now on (content hash{' '}
        <code class="ca-code">{shortHash(record.hash)}</code>
        ). Inspections can use it, and those on an earlier version can move to it from their
        settings.
      </p>
    </NotificationBanner>
  );
}
