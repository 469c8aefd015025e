/** The findings screen's framing: what the figures count, how to read them, and its contents. */
import type { ComponentChildren } from 'preact';
import { type FindingsCases, type Framework, frameworkKey, type Section } from '../../../core';
import { frameworkHref } from '../../frameworks/Frameworks/frameworkStatus';
import { t, tx } from '../../i18n/translate';

/** The framework, and the cases on this device the figures leave out. */
export function FrameworkLine({
  framework,
  source,
}: {
  framework: Framework;
  /** What was read: only the counts of cases left out are shown. */
  source: Pick<FindingsCases, 'unusedReserves' | 'heldForSecondReading'> | null;
}) {
  return (
    <p class="govuk-body">
      {tx('findings', 'Framework: <link>{title}</link>, version {version}.', {
        link: (chunks: ComponentChildren) => (
          <a class="govuk-link" href={frameworkHref(frameworkKey(framework))}>
            {chunks}
          </a>
        ),
        title: framework.title,
        version: framework.version,
      })}{' '}
      {source && source.unusedReserves > 0 && (
        <>
          {t(
            'findings',
            '{count, plural, one {# reserve not started is not counted.} other {# reserves not started are not counted.}}',
            { count: source.unusedReserves },
          )}{' '}
        </>
      )}
      {source && source.heldForSecondReading > 0 && (
        <>
          {t(
            'findings',
            '{count, plural, one {# case you are reading a second time is not counted here: the lead counts it.} other {# cases you are reading a second time are not counted here: the lead counts them.}}',
            { count: source.heldForSecondReading },
          )}{' '}
        </>
      )}
    </p>
  );
}

export function HowToRead({ confidence }: { confidence: number }) {
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">
          {t('findings', 'How to read these figures')}
        </span>
      </summary>
      <div class="govuk-details__text">
        <p class="govuk-body">
          {t(
            'findings',
            'A percentage is the cases with a positive answer out of the cases where the question applied and was answered: 56% (9/16) is 9 of 16. Answers of N/A, questions not asked because of a rule, and questions not answered are left out of the base and counted under “Not in the base”; so is “not known”, unless the framework counts it in.',
          )}
        </p>
        <p class="govuk-body">
          {t(
            'findings',
            'The interval is a {confidence}% Wilson score confidence interval. A base under 10 cases is a small base (marked “Small base”, or † in tables by group): interpret it with care.',
            { confidence },
          )}
        </p>
      </div>
    </details>
  );
}

export function FindingsContents({
  showProfile,
  showPublished,
  sections,
}: {
  showProfile: boolean;
  /** Published figures ship for the framework: their section is listed. */
  showPublished: boolean;
  sections: readonly Section[];
}) {
  return (
    <nav class="ca-findings__contents" aria-label={t('findings', 'Findings contents')}>
      <h2 class="govuk-heading-s">{t('findings', 'Contents')}</h2>
      <ul class="govuk-list">
        {showPublished && (
          <li>
            <a class="govuk-link" href="#published-figures">
              {t('findings', 'Published figures')}
            </a>
          </li>
        )}
        <li>
          <a class="govuk-link" href="#ratings">
            {t('findings', 'Ratings')}
          </a>
        </li>
        <li>
          <a class="govuk-link" href="#completeness">
            {t('findings', 'How complete the work is')}
          </a>
        </li>
        <li>
          <a class="govuk-link" href="#moderation">
            {t('findings', 'Moderation')}
          </a>
        </li>
        {showProfile && (
          <li>
            <a class="govuk-link" href="#profile">
              {t('findings', 'Profile of the sample')}
            </a>
          </li>
        )}

        {sections.map((s) => (
          <li key={s.id}>
            <a class="govuk-link" href={`#section-${s.id}`}>
              {s.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
