/**
 * The recommendations in turn, as the register has them and the paper will set them out: to
 * whom, what, the RAG status in words and the actions still open or overdue; a link to the
 * register, where they are recorded.
 */
import { type RegisterRecommendation, ragLabel } from '../../../core';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';

function actionsInWords(r: RegisterRecommendation, today: string): string {
  if (r.actions.length === 0) return 'No actions';
  const done = r.actions.filter((a) => a.doneOn !== null).length;
  const overdue = r.actions.filter(
    (a) => a.doneOn === null && a.dueDate !== null && a.dueDate < today,
  ).length;
  const total = `${r.actions.length} ${r.actions.length === 1 ? 'action' : 'actions'}`;
  return `${total}: ${done} done${overdue > 0 ? `, ${overdue} overdue` : ''}`;
}

export function RegisterPreview({
  inspectionId,
  recommendations,
  today,
}: {
  inspectionId: string;
  /** Null: the stored register cannot be read by this version. */
  recommendations: readonly RegisterRecommendation[] | null;
  today: string;
}) {
  const link = (
    <a class="govuk-link" href={inspectionHref(inspectionId, '/register')}>
      the register
    </a>
  );
  return (
    <section aria-labelledby="paper-recommendations-heading" data-paper-recommendations>
      <h2 class="govuk-heading-m" id="paper-recommendations-heading">
        The recommendations in turn
      </h2>
      {recommendations === null ? (
        <p class="govuk-body">
          The register stored for this inspection cannot be read by this version. Open {link} to see
          it.
        </p>
      ) : recommendations.length === 0 ? (
        <p class="govuk-body">
          No recommendations are recorded yet. Add them in {link}: the paper sets them out in the
          register’s order.
        </p>
      ) : (
        <>
          <p class="govuk-body">
            The paper sets these out in the register’s order, each with its local position and
            actions. Change them in {link}.
          </p>
          <ol class="govuk-list govuk-list--number">
            {recommendations.map((r) => (
              <li key={r.id}>
                <strong>{r.addressee.trim() || 'No body named'}</strong>: {r.text}
                <br />
                <span class="govuk-body-s">
                  RAG status: {ragLabel(r.rag)} · {actionsInWords(r, today)}
                  {r.localPosition.trim() === '' ? ' · No local position yet' : ''}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
