/**
 * The recommendations in turn, as the register has them and the paper will set them out: to
 * whom, what, the RAG status in words and the actions still open or overdue; a link to the
 * register, where they are recorded.
 */
import type { ComponentChildren } from 'preact';
import type { RegisterRecommendation } from '../../../core';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { t, tx } from '../../i18n/translate';
import { ragText } from '../../register/common/ragText';

function actionsInWords(r: RegisterRecommendation, today: string): string {
  if (r.actions.length === 0) return t('committeePaper', 'No actions');
  const done = r.actions.filter((a) => a.doneOn !== null).length;
  const overdue = r.actions.filter(
    (a) => a.doneOn === null && a.dueDate !== null && a.dueDate < today,
  ).length;
  const values = { total: r.actions.length, done, overdue };
  return overdue > 0
    ? t(
        'committeePaper',
        '{total, plural, one {# action} other {# actions}}: {done} done, {overdue} overdue',
        values,
      )
    : t('committeePaper', '{total, plural, one {# action} other {# actions}}: {done} done', values);
}

/** The line under a recommendation: its RAG status, its actions, and whether it has a position. */
function statusLine(r: RegisterRecommendation, today: string): string {
  const values = { rag: ragText(r.rag), actions: actionsInWords(r, today) };
  return r.localPosition.trim() === ''
    ? t('committeePaper', 'RAG status: {rag} · {actions} · No local position yet', values)
    : t('committeePaper', 'RAG status: {rag} · {actions}', values);
}

function registerLink(inspectionId: string) {
  return (chunks: ComponentChildren) => (
    <a class="govuk-link" href={inspectionHref(inspectionId, '/register')}>
      {chunks}
    </a>
  );
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
  const link = registerLink(inspectionId);
  return (
    <section aria-labelledby="paper-recommendations-heading" data-paper-recommendations>
      <h2 class="govuk-heading-m" id="paper-recommendations-heading">
        {t('committeePaper', 'The recommendations in turn')}
      </h2>
      {recommendations === null ? (
        <p class="govuk-body">
          {tx(
            'committeePaper',
            'The register stored for this inspection cannot be read by this version. Open <link>the register</link> to see it.',
            { link },
          )}
        </p>
      ) : recommendations.length === 0 ? (
        <p class="govuk-body">
          {tx(
            'committeePaper',
            'No recommendations are recorded yet. Add them in <link>the register</link>: the paper sets them out in the register’s order.',
            { link },
          )}
        </p>
      ) : (
        <>
          <p class="govuk-body">
            {tx(
              'committeePaper',
              'The paper sets these out in the register’s order, each with its local position and actions. Change them in <link>the register</link>.',
              { link },
            )}
          </p>
          <ol class="govuk-list govuk-list--number">
            {recommendations.map((r) => (
              <li key={r.id}>
                <strong>{r.addressee.trim() || t('committeePaper', 'No body named')}</strong>:{' '}
                {r.text}
                <br />
                <span class="govuk-body-s">{statusLine(r, today)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
