/** The report editor's parts: a section each, and the list of links to them. */
import type { ComponentChildren } from 'preact';
import type { Framework } from '../../../core';
import { t } from '../../i18n/translate';

/** One part of the report, headed so the list of parts can move focus to it. */
export function ReportPart({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ComponentChildren;
}) {
  return (
    <section class="ca-report-editor__part" aria-labelledby={id}>
      <h2 class="govuk-heading-m" id={id} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function PartsList({ framework }: { framework: Framework }) {
  return (
    <nav class="ca-report-editor__parts" aria-labelledby="report-parts">
      <h2 class="govuk-heading-s" id="report-parts">
        {t('reportScreen', 'Parts of the report')}
      </h2>
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href="#part-look">
            {t('reportScreen', 'Look and credits')}
          </a>
        </li>
        <li>
          <a class="govuk-link" href="#part-summary">
            {t('reportScreen', 'Foreword and summary')}
          </a>
        </li>
        <li>
          <a class="govuk-link" href="#part-recommendations">
            {t('reportScreen', 'Recommendations')}
          </a>
        </li>
        <li>
          <a class="govuk-link" href="#part-examples">
            {t('reportScreen', 'Case and good-practice examples')}
          </a>
        </li>
        {framework.sections.map((s) => (
          <li key={s.id}>
            <a class="govuk-link" href={`#part-${s.id}`}>
              {t('reportScreen', 'Chapter: {title}', { title: s.title })}
            </a>
          </li>
        ))}
        <li>
          <a class="govuk-link" href="#part-conclusion">
            {t('reportScreen', 'Conclusion')}
          </a>
        </li>
      </ul>
    </nav>
  );
}
