import type { ComponentChildren } from 'preact';
import { type Framework, frameworkKey, type Inspection } from '../../../core';
import { getInspectionWithFramework } from '../../../db/inspections/inspectionStore';
import { InspectionNav } from '../../components/InspectionFrame/InspectionNav';
import { readersFramework } from '../../components/InspectionFrame/readersFramework';
import { Loading } from '../../components/Loading';
import { useLive } from '../../hooks/useLive';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t } from '../../i18n/translate';

export type FrameData = { readonly inspection: Inspection; readonly framework: Framework };

/**
 * The frame of the pages under the findings (a rating, the cases behind a figure): like the
 * inspection's own frame, but the heading may name something of the framework, such as a
 * standard or a question. Says so plainly when the inspection or its framework is missing.
 */
export function FindingsPageFrame({
  inspectionId,
  heading,
  caption = (inspection) => inspection.title,
  hasErrors = false,
  children,
}: {
  inspectionId: string;
  /** The page's h1, from the inspection and its framework; null: the thing named is missing. */
  heading: (data: FrameData) => string | null;
  caption?: (inspection: Inspection) => string;
  hasErrors?: boolean;
  children: (data: FrameData) => ComponentChildren;
}) {
  const live = useLive(() => getInspectionWithFramework(inspectionId), [inspectionId]);
  const value = live.status === 'ready' ? live.value : null;
  const data: FrameData | null = value?.framework
    ? { inspection: value.inspection, framework: readersFramework(value.framework.framework) }
    : null;
  const title = data ? heading(data) : null;
  usePageTitle(
    // Framework wording only: browsers keep titles in their history in plain text.
    data && title
      ? title
      : live.status === 'loading'
        ? t('findings', 'Findings')
        : t('findings', 'Not found'),
    hasErrors,
  );
  if (live.status === 'loading') {
    return <Loading what={t('findings', 'Loading the inspection')} />;
  }
  if (live.status === 'failed') {
    return (
      <>
        <h1 class="govuk-heading-l">{t('findings', 'The inspection could not be read')}</h1>
        <p class="govuk-body">
          {t('findings', 'This device’s storage did not answer. Reload the page to try again.')}
        </p>
      </>
    );
  }
  if (!value || !data || title === null) {
    return (
      <>
        <h1 class="govuk-heading-l">{t('findings', 'Page not found')}</h1>
        <p class="govuk-body">
          {!value
            ? t(
                'findings',
                'There is no such inspection on this device. It may have been deleted, or created on another device.',
              )
            : !value.framework
              ? t(
                  'findings',
                  'The framework this inspection uses ({framework}) is not on this device.',
                  { framework: frameworkKey(value.inspection.framework) },
                )
              : t(
                  'findings',
                  'This inspection’s framework has nothing of that name: the address may be mistyped, or the link old.',
                )}
        </p>
        <p class="govuk-body">
          <a
            class="govuk-link"
            href={
              value ? `/inspections/${encodeURIComponent(inspectionId)}/findings` : '/inspections'
            }
          >
            {value
              ? t('findings', 'Go to the findings')
              : t('findings', 'See the inspections on this device')}
          </a>
        </p>
      </>
    );
  }
  return (
    <>
      <span class="govuk-caption-l">{caption(data.inspection)}</span>
      <h1 class="govuk-heading-l">{title}</h1>
      <InspectionNav inspectionId={data.inspection.id} />
      {children(data)}
    </>
  );
}
