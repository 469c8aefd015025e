import type { ComponentChildren } from 'preact';
import { type DeviceRole, type Inspection, LEADS_DEVICE } from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { getInspectionWithFramework } from '../../../db/inspections/inspectionStore';
import { useLive } from '../../hooks/useLive';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t } from '../../i18n/translate';
import { Loading } from '../Loading';
import { InspectionNav } from './InspectionNav';
import { readersRecord } from './readersFramework';
import { useDeviceRole } from './useDeviceRole';

export type InspectionData = {
  readonly inspection: Inspection;
  /** The pinned framework version, in the reader's language; null when it is not on this device. */
  readonly framework: FrameworkRecord | null;
  /** What this device is for the inspection: the lead's, or an inspector's. */
  readonly role: DeviceRole;
};

/**
 * The frame of every page of one inspection: loads it (kept up to date) and what this device is
 * for it, then shows the inspection's title as a caption, the page's heading, the
 * sub-navigation (the lead's tabs, or an inspector's) and the page. Says so plainly when the
 * inspection is not on this device.
 */
export function InspectionFrame({
  inspectionId,
  heading,
  caption,
  hasErrors = false,
  children,
}: {
  inspectionId: string;
  /** The page's h1; given the inspection when it depends on it. */
  heading: string | ((inspection: Inspection) => string);
  /** Above the heading; the inspection's title unless given. */
  caption?: (inspection: Inspection) => string;
  hasErrors?: boolean;
  children: (data: InspectionData) => ComponentChildren;
}) {
  const data = useLive(() => getInspectionWithFramework(inspectionId), [inspectionId]);
  const role = useDeviceRole(inspectionId);
  const inspection = data.status === 'ready' ? data.value?.inspection : undefined;
  // The tab's title names the screen, never the inspection: browsers keep titles in their
  // history in plain text.
  const title =
    data.status === 'ready' && !inspection
      ? t('frameworkText', 'Inspection not found')
      : typeof heading === 'string'
        ? heading
        : t('frameworkText', 'Inspection');
  usePageTitle(title, hasErrors);

  if (data.status === 'loading' || (data.status === 'ready' && data.value && !role)) {
    return <Loading what={t('frameworkText', 'Loading the inspection')} />;
  }
  if (data.status === 'failed') {
    return (
      <>
        <h1 class="govuk-heading-l">{t('frameworkText', 'The inspection could not be read')}</h1>
        <p class="govuk-body">
          {t(
            'frameworkText',
            "This device's storage did not answer. Reload the page to try again.",
          )}
        </p>
      </>
    );
  }
  if (!data.value) {
    return (
      <>
        <h1 class="govuk-heading-l">{t('frameworkText', 'Inspection not found')}</h1>
        <p class="govuk-body">
          {t(
            'frameworkText',
            'There is no such inspection on this device. It may have been deleted, or created on another device.',
          )}
        </p>
        <p class="govuk-body">
          <a class="govuk-link" href="/inspections">
            {t('frameworkText', 'See the inspections on this device')}
          </a>
        </p>
      </>
    );
  }
  const { inspection: current } = data.value;
  const framework = data.value.framework ? readersRecord(data.value.framework) : null;
  const known = role ?? LEADS_DEVICE;
  return (
    <>
      <span class="govuk-caption-l">{caption ? caption(current) : current.title}</span>
      <h1 class="govuk-heading-l">{typeof heading === 'string' ? heading : heading(current)}</h1>
      <InspectionNav inspectionId={current.id} role={known} />
      {children({ inspection: current, framework, role: known })}
    </>
  );
}
