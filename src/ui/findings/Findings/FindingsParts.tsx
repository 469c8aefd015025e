/** The findings screen's framing: what the figures count, how to read them, and its contents. */
import {
  type FindingsCases,
  type Framework,
  frameworkKey,
  isOrAre,
  itOrThem,
  plural,
  type Section,
} from '../../../core';
import { frameworkHref } from '../../frameworks/Frameworks/frameworkStatus';

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
      Framework:{' '}
      <a class="govuk-link" href={frameworkHref(frameworkKey(framework))}>
        {framework.title}
      </a>
      , version {framework.version}.{' '}
      {source && source.unusedReserves > 0 && (
        <>
          {plural(source.unusedReserves, 'reserve')} not started {isOrAre(source.unusedReserves)}{' '}
          not counted.{' '}
        </>
      )}
      {source && source.heldForSecondReading > 0 && (
        <>
          {plural(source.heldForSecondReading, 'case')} you are reading a second time{' '}
          {isOrAre(source.heldForSecondReading)} not counted here: the lead counts{' '}
          {itOrThem(source.heldForSecondReading)}.{' '}
        </>
      )}
    </p>
  );
}

export function HowToRead({ confidence }: { confidence: number }) {
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">How to read these figures</span>
      </summary>
      <div class="govuk-details__text">
        <p class="govuk-body">
          A percentage is the cases with a positive answer out of the cases where the question
          applied and was answered: 56% (9/16) is 9 of 16. Answers of N/A, questions not asked
          because of a rule, and questions not answered are left out of the base and counted under
          “Not in the base”; so is “not known”, unless the framework counts it in.
        </p>
        <p class="govuk-body">
          The interval is a {confidence}% Wilson score confidence interval. A base under 10 cases is
          a small base (marked “Small base”, or † in tables by group): interpret it with care.
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
    <nav class="ca-findings__contents" aria-label="Findings contents">
      <h2 class="govuk-heading-s">Contents</h2>
      <ul class="govuk-list">
        {showPublished && (
          <li>
            <a class="govuk-link" href="#published-figures">
              Published figures
            </a>
          </li>
        )}
        <li>
          <a class="govuk-link" href="#ratings">
            Ratings
          </a>
        </li>
        <li>
          <a class="govuk-link" href="#completeness">
            How complete the work is
          </a>
        </li>
        <li>
          <a class="govuk-link" href="#moderation">
            Moderation
          </a>
        </li>
        {showProfile && (
          <li>
            <a class="govuk-link" href="#profile">
              Profile of the sample
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
