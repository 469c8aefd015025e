import {
  describeScopeApplicability,
  type Framework,
  indexFramework,
  type Named,
  standardRatedBy,
} from '../../../core';
import { currentTranslator, t, tx } from '../../i18n/translate';
import { AnswerScales } from './AnswerScales';
import { ItemDetails } from './ItemDetails';
import { Paragraphs } from './Paragraphs';
import { RatingRules } from './RatingRules';
import { ratedByInWords } from './ratingInWords';

function NamedList({ entries }: { entries: readonly Named[] }) {
  return (
    <dl class="govuk-summary-list">
      {entries.map((entry) => (
        <div class="govuk-summary-list__row" key={entry.id}>
          <dt class="govuk-summary-list__key">{entry.name}</dt>
          <dd class="govuk-summary-list__value">
            {entry.description ? <Paragraphs text={entry.description} /> : <code>{entry.id}</code>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The framework's contents: its parts, and each section with its standards. */
function FrameworkContents({ framework, hasPlaces }: { framework: Framework; hasPlaces: boolean }) {
  return (
    <nav class="ca-framework__contents" aria-labelledby="contents-heading">
      <h2 class="govuk-heading-m" id="contents-heading">
        {t('frameworks', 'Contents')}
      </h2>
      <ol class="govuk-list govuk-list--number">
        {framework.scales.length > 0 && (
          <li>
            <a class="govuk-link" href="#answer-scales">
              {t('frameworks', 'Answer scales')}
            </a>
          </li>
        )}
        {framework.profile.length > 0 && (
          <li>
            <a class="govuk-link" href="#case-profile">
              {t('frameworks', 'Case profile')}
            </a>
          </li>
        )}
        {framework.sections.map((section) => (
          <li key={section.id}>
            <a class="govuk-link" href={`#section-${section.id}`}>
              {section.title}
            </a>
            <ul class="govuk-list ca-framework__standards">
              {section.standards.map((standard) => (
                <li key={standard.id}>
                  <a class="govuk-link" href={`#standard-${standard.id}`}>
                    {standard.title}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
        {hasPlaces && (
          <li>
            <a class="govuk-link" href="#areas-strata">
              {t('frameworks', 'Suggested areas and strata')}
            </a>
          </li>
        )}
        {framework.rating && (
          <li>
            <a class="govuk-link" href="#rating-rules">
              {t('frameworks', 'Rating rules')}
            </a>
          </li>
        )}
        {framework.glossary && framework.glossary.length > 0 && (
          <li>
            <a class="govuk-link" href="#glossary">
              {t('frameworks', 'Glossary')}
            </a>
          </li>
        )}
      </ol>
    </nav>
  );
}

/**
 * The full structure of a framework, in reading order: contents, answer scales, case profile,
 * every section → standard → question, areas and strata, rating rules, glossary. Plain markup
 * so a framework of hundreds of questions renders at once and prints cleanly.
 */
export function FrameworkDocument({ framework }: { framework: Framework }) {
  const index = indexFramework(framework);
  const standards = framework.sections.flatMap((s) => s.standards);
  const hasPlaces = (framework.areas?.length ?? 0) > 0 || (framework.strata?.length ?? 0) > 0;
  let questionNumber = 0;

  return (
    <div class="ca-framework">
      <FrameworkContents framework={framework} hasPlaces={hasPlaces} />

      <p class="govuk-body">
        {tx(
          'frameworks',
          'Every question must be answered unless it is marked <em>Optional</em>. <em>Key questions</em> count towards their standard’s rating. A question with a rule is asked only when the rule holds; otherwise it is hidden and counts nowhere. The reference in brackets beside each question names it in exported data.',
          { em: (chunks: string[]) => <em>{chunks}</em> },
        )}
      </p>

      {framework.scales.length > 0 && (
        <section aria-labelledby="answer-scales" class="ca-framework__part">
          <h2 class="govuk-heading-l" id="answer-scales">
            {t('frameworks', 'Answer scales')}
          </h2>
          <p class="govuk-body">
            {t(
              'frameworks',
              'The answers each question allows. A percentage counts the cases with a positive answer among the cases where the question applied and was answered.',
            )}
          </p>
          <AnswerScales scales={framework.scales} />
        </section>
      )}

      {framework.profile.length > 0 && (
        <section aria-labelledby="case-profile" class="ca-framework__part">
          <h2 class="govuk-heading-l" id="case-profile">
            {t('frameworks', 'Case profile')}
          </h2>
          <p class="govuk-body">
            {t(
              'frameworks',
              'Recorded for every case, to describe the sample. Questions below may depend on these answers.',
            )}
          </p>
          {framework.profile.map((field, i) => (
            <ItemDetails
              key={field.id}
              item={field}
              index={index}
              number={t('frameworks', 'Profile field {number}', { number: i + 1 })}
              heading="h3"
            />
          ))}
        </section>
      )}

      {framework.sections.map((section) => (
        <section
          aria-labelledby={`section-${section.id}`}
          class="ca-framework__part"
          key={section.id}
        >
          <h2 class="govuk-heading-l" id={`section-${section.id}`}>
            {section.title}
          </h2>
          {section.description && <Paragraphs text={section.description} />}
          {section.showWhen && (
            <p class="govuk-body ca-item__rule">
              {describeScopeApplicability(section.showWhen, index, 'section', currentTranslator())}
            </p>
          )}
          {section.standards.map((standard) => (
            <div class="ca-standard" key={standard.id}>
              <h3 class="govuk-heading-m" id={`standard-${standard.id}`}>
                {standard.title}
              </h3>
              {standard.description && <Paragraphs text={standard.description} />}
              {standard.showWhen && (
                <p class="govuk-body ca-item__rule">
                  {describeScopeApplicability(
                    standard.showWhen,
                    index,
                    'standard',
                    currentTranslator(),
                  )}
                </p>
              )}
              {framework.rating && (
                <p class="govuk-body ca-standard__rated">
                  {ratedByInWords(standardRatedBy(standard))}
                </p>
              )}
              {standard.questions.length === 0 && (
                <p class="govuk-body">{t('frameworks', 'This standard has no case questions.')}</p>
              )}
              {standard.questions.map((question) => {
                questionNumber += 1;
                return (
                  <ItemDetails
                    key={question.id}
                    item={question}
                    index={index}
                    number={t('frameworks', 'Question {number}', { number: questionNumber })}
                    heading="h4"
                  />
                );
              })}
            </div>
          ))}
        </section>
      ))}

      {hasPlaces && (
        <section aria-labelledby="areas-strata" class="ca-framework__part">
          <h2 class="govuk-heading-l" id="areas-strata">
            {t('frameworks', 'Suggested areas and strata')}
          </h2>
          <p class="govuk-body">
            {t(
              'frameworks',
              'An inspection using this framework starts with these; its lead can change them.',
            )}
          </p>
          {framework.areas && framework.areas.length > 0 && (
            <>
              <h3 class="govuk-heading-m">{t('frameworks', 'Areas')}</h3>
              <NamedList entries={framework.areas} />
            </>
          )}
          {framework.strata && framework.strata.length > 0 && (
            <>
              <h3 class="govuk-heading-m">{t('frameworks', 'Strata')}</h3>
              <NamedList entries={framework.strata} />
            </>
          )}
        </section>
      )}

      {framework.rating && (
        <section aria-labelledby="rating-rules" class="ca-framework__part">
          <h2 class="govuk-heading-l" id="rating-rules">
            {t('frameworks', 'Rating rules')}
          </h2>
          <RatingRules rules={framework.rating} standards={standards} />
        </section>
      )}

      {framework.glossary && framework.glossary.length > 0 && (
        <section aria-labelledby="glossary" class="ca-framework__part">
          <h2 class="govuk-heading-l" id="glossary">
            {t('frameworks', 'Glossary')}
          </h2>
          <dl class="govuk-summary-list">
            {framework.glossary.map((entry, i) => (
              <div class="govuk-summary-list__row" key={i}>
                <dt class="govuk-summary-list__key">{entry.term}</dt>
                <dd class="govuk-summary-list__value">
                  <Paragraphs text={entry.definition} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
