import { useLocation } from 'preact-iso';
import type { DeviceRole } from '../../../core';
import {
  currentSection,
  INSPECTION_SECTIONS,
  type InspectionSection,
  inspectorSections,
  sectionHref,
} from './inspectionSections';
import { useDeviceRole } from './useDeviceRole';
import './InspectionNav.css';
import { t } from '../../i18n/translate';

/** The parts of the inspection this device shows: all of them on the lead's. */
export function sectionsFor(role: DeviceRole): readonly InspectionSection[] {
  return role.role === 'lead' ? INSPECTION_SECTIONS : inspectorSections(role.member?.id ?? null);
}

/**
 * The inspection's sub-navigation: its parts, the current one marked. On an inspector's device,
 * what an inspector does, and the lead's tools behind one link. Given the device's role when
 * the page has read it already; otherwise reads it.
 */
export function InspectionNav({ inspectionId, role }: { inspectionId: string; role?: DeviceRole }) {
  return role ? (
    <SectionList inspectionId={inspectionId} sections={sectionsFor(role)} />
  ) : (
    <NavReadingRole inspectionId={inspectionId} />
  );
}

function NavReadingRole({ inspectionId }: { inspectionId: string }) {
  const role = useDeviceRole(inspectionId);
  return <SectionList inspectionId={inspectionId} sections={role ? sectionsFor(role) : []} />;
}

function SectionList({
  inspectionId,
  sections,
}: {
  inspectionId: string;
  sections: readonly InspectionSection[];
}) {
  const { path } = useLocation();
  const current = currentSection(path, inspectionId, sections);
  return (
    <nav class="ca-subnav" aria-label={t('common', 'Inspection')}>
      <ul class="ca-subnav__list">
        {sections.map((section) => {
          const active = section === current;
          return (
            <li
              key={section.label}
              class={`ca-subnav__item${active ? ' ca-subnav__item--active' : ''}${section.aside ? ' ca-subnav__item--aside' : ''}`}
            >
              <a
                class="govuk-link govuk-link--no-visited-state ca-subnav__link"
                href={sectionHref(inspectionId, section)}
                aria-current={active ? 'page' : undefined}
              >
                {section.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
