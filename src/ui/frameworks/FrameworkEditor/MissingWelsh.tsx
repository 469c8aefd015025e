/**
 * The draft's texts with no Welsh, once it has some Welsh: not problems (a framework may be
 * published with texts in English only), so a list to open rather than an error summary, each
 * a link to the text's Welsh field.
 */
import { useMemo } from 'preact/hooks';
import { type DraftProblem, draftMissingWelsh, type Framework } from '../../../core';
import { t } from '../../i18n/translate';
import { problemHref, useGoToProblem } from './DraftProblems';
import { useDraft } from './useDraftEditor';

/** How many texts the list shows; the rest are counted. */
const LISTED = 50;

export function MissingWelsh({ framework }: { framework: Framework }) {
  const { draftId } = useDraft();
  const go = useGoToProblem();
  const missing: readonly DraftProblem[] = useMemo(() => draftMissingWelsh(framework), [framework]);
  if (missing.length === 0) return null;
  const rest = missing.length - LISTED;
  return (
    <details class="govuk-details" data-testid="missing-welsh">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">
          {t(
            'frameworkEditor',
            '{count, plural, one {# text has no Welsh} other {# texts have no Welsh}}',
            { count: missing.length },
          )}
        </span>
      </summary>
      <div class="govuk-details__text">
        <ul class="govuk-list">
          {missing.slice(0, LISTED).map((text) => (
            <li key={text.path}>
              <a class="govuk-link" href={problemHref(draftId, text)} onClick={(e) => go(e, text)}>
                {t('frameworkEditor', '{place}: no Welsh text', { place: text.place })}
              </a>
            </li>
          ))}
        </ul>
        {rest > 0 && (
          <p class="govuk-body">
            {t(
              'frameworkEditor',
              '{count, plural, one {And # more text.} other {And # more texts.}}',
              { count: rest },
            )}
          </p>
        )}
      </div>
    </details>
  );
}
