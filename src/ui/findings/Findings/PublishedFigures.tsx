/**
 * Published figures beside this audit's: the section that says whose figures they are and how a
 * difference is judged, with the choice to show them; and the line under a question's figure.
 * Whether a difference is more than chance is said in words, never by colour alone.
 */
import { type BenchmarkResult, type BenchmarkSet, benchmarkWords } from '../../../core';
import { CheckboxField } from '../../components/InspectionFrame/formFields';
import { currentTranslator, t, tx } from '../../i18n/translate';
import { benchmarkMethod } from '../../readiness/Readiness/readinessWords';

export function PublishedFiguresSection({
  shown,
  set,
  onShow,
}: {
  shown: boolean;
  /** The figures, once loaded. */
  set: BenchmarkSet | null;
  onShow: (shown: boolean) => void;
}) {
  return (
    <section
      class="ca-findings__published-section"
      id="published-figures"
      aria-labelledby="published-heading"
    >
      <h2 class="govuk-heading-m" id="published-heading">
        {t('findings', 'Published figures')}
      </h2>
      <CheckboxField
        id="findings-published"
        small
        label={t('findings', 'Show the published figures beside this audit’s')}
        hint={
          // The set's title says whose figures they are: "Published figures: HMI Probation, …".
          `${shown && set ? set.title : t('findings', 'The figures the inspection report published for this framework’s questions')}.`
        }
        checked={shown}
        onChange={onShow}
      />
      <p class="govuk-body-s">{benchmarkMethod()}</p>
    </section>
  );
}

/** Under a question's figure: the published figure, the difference and what chance explains. */
export function PublishedLine({
  result,
  question,
}: {
  result: BenchmarkResult;
  /** The question's text, so each "What the report said" is told apart when read out. */
  question: string;
}) {
  const words = benchmarkWords(result, currentTranslator());
  const quote = (
    <details class="govuk-details ca-findings__published-quote">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">
          {t('findings', 'What the report said')}{' '}
          <span class="govuk-visually-hidden">({question})</span>
        </span>
      </summary>
      <div class="govuk-details__text">
        <blockquote class="ca-findings__quote">“{result.figure.source.quote}”</blockquote>
        <p class="govuk-body-s">
          {result.figure.source.document}, {result.figure.source.location}.
        </p>
      </div>
    </details>
  );
  if (words.status === 'not-comparable') {
    return (
      <div class="ca-findings__published">
        <p class="govuk-body-s govuk-!-margin-bottom-1">
          {t('findings', 'Published: {published}, {location} · {reason}', {
            published: words.published,
            location: words.location,
            reason: words.reason,
          })}
        </p>
        {quote}
      </div>
    );
  }
  return (
    <div class="ca-findings__published">
      <p class="govuk-body-s govuk-!-margin-bottom-1">
        {tx(
          'findings',
          'Published: {published}, {location} · This audit: {audit} · Difference: {difference}: {outcome}',
          {
            published: words.published,
            location: words.location,
            audit: words.audit,
            difference: words.difference,
            outcome: words.significant ? <strong>{words.outcome}</strong> : words.outcome,
          },
        )}
      </p>
      {words.note && <p class="govuk-body-s govuk-!-margin-bottom-1">{words.note}</p>}
      {quote}
    </div>
  );
}
