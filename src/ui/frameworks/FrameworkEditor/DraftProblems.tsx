/**
 * The draft's problems, as the import checks find them, in a GOV.UK error summary. Each links
 * to its field: on the part of the editor that holds it, focused once it shows. The summary
 * changes as the author types, so it never takes focus itself.
 */
import { useLocation } from 'preact-iso';
import { type DraftProblem, fieldIdCandidates } from '../../../core';
import { focusWhenShown } from '../../components/moveFocus';
import { t } from '../../i18n/translate';
import { partPath } from './editorLinks';
import { useDraft } from './useDraftEditor';

/** How many problems the summary lists; the rest are counted. */
const LISTED = 20;

function findField(problem: DraftProblem): HTMLElement | null {
  const own = document.getElementById(problem.fieldId);
  if (own) return own;
  for (const id of fieldIdCandidates(problem.path)) {
    const field = document.getElementById(id);
    if (field) return field;
  }
  return null;
}

/** Goes to a problem's part (if not there) and focuses its field. */
export function useGoToProblem() {
  const { draftId } = useDraft();
  const { route, path } = useLocation();
  return (event: MouseEvent, problem: DraftProblem) => {
    event.preventDefault();
    const target = partPath(draftId, problem.part);
    if (target !== path) route(target);
    focusWhenShown(() => {
      const field = findField(problem);
      if (!field) return null;
      const legend = field.closest('fieldset')?.querySelector('legend');
      (legend ?? field).scrollIntoView?.();
      return field;
    });
  };
}

export function problemHref(draftId: string, problem: DraftProblem): string {
  return `${partPath(draftId, problem.part)}#${problem.fieldId}`;
}

/** "Section 1, standard 2, title: must not be empty". */
function problemText(problem: DraftProblem): string {
  return `${problem.place}: ${problem.message}`;
}

export function DraftProblems({ problems }: { problems: readonly DraftProblem[] | null }) {
  const { draftId } = useDraft();
  const go = useGoToProblem();
  if (!problems || problems.length === 0) return null;
  const rest = problems.length - LISTED;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary" data-testid="draft-problems">
      <h2 class="govuk-error-summary__title">
        {t(
          'frameworkEditor',
          '{count, plural, one {# problem} other {# problems}} to fix before publishing',
          { count: problems.length },
        )}
      </h2>
      <div class="govuk-error-summary__body">
        <ul class="govuk-list govuk-error-summary__list">
          {problems.slice(0, LISTED).map((problem, i) => (
            <li key={`${problem.path}-${i}`}>
              <a href={problemHref(draftId, problem)} onClick={(e) => go(e, problem)}>
                {problemText(problem)}
              </a>
            </li>
          ))}
        </ul>
        {rest > 0 && (
          <p class="govuk-body">
            {t(
              'frameworkEditor',
              '{count, plural, one {And # more problem.} other {And # more problems.}}',
              { count: rest },
            )}
          </p>
        )}
      </div>
    </div>
  );
}
