import { useLocation } from 'preact-iso';
import { currentSection, INSPECTION_SECTIONS, inspectionHref } from './inspectionSections';
import './InspectionNav.css';

/** The inspection's sub-navigation: its parts, the current one marked. */
export function InspectionNav({ inspectionId }: { inspectionId: string }) {
  const { path } = useLocation();
  const current = currentSection(path, inspectionId);
  return (
    <nav class="ca-subnav" aria-label="Inspection">
      <ul class="ca-subnav__list">
        {INSPECTION_SECTIONS.map((section) => {
          const active = section === current;
          return (
            <li
              key={section.label}
              class={`ca-subnav__item${active ? ' ca-subnav__item--active' : ''}`}
            >
              <a
                class="govuk-link govuk-link--no-visited-state ca-subnav__link"
                href={inspectionHref(inspectionId, section.suffix)}
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
