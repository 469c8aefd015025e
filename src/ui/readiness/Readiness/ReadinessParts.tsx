/**
 * The parts of the "Ready for inspection" page: the standards most at risk with the rule and
 * the reasons, each standard's rating and key figures beside the published ones, and the open
 * actions with overdue ones flagged in words (never by colour alone).
 */
import type { ComponentChildren } from 'preact';
import type {
  ReadinessAction,
  ReadinessFigure,
  ReadinessStandard,
  ReadinessSummary,
} from '../../../core';
import { smallBaseKey } from '../../findings/Findings/figures';
import { formatDate, t, tx } from '../../i18n/translate';
import { ragText } from '../../register/common/ragText';
import { benchmarkMethod, RatingWords, TableCaption } from './readinessWords';

export function AtRisk({ summary }: { summary: ReadinessSummary }) {
  return (
    <section class="ca-ready__part" aria-labelledby="ready-at-risk">
      <h2 class="govuk-heading-m" id="ready-at-risk">
        {t('readiness.parts', 'The standards most at risk')}
      </h2>
      <p class="govuk-body-s">{summary.atRiskRule}</p>
      {summary.atRisk.length === 0 ? (
        <p class="govuk-body">
          {t('readiness.parts', 'No standard is among those most at risk by this rule.')}
        </p>
      ) : (
        <ul class="govuk-list govuk-list--bullet ca-ready__risks">
          {summary.atRisk.map((s) => (
            <li key={s.standardId}>
              <strong>{s.title}</strong>
              <ul class="govuk-list ca-ready__reasons">
                {s.risks.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Yes", "No", or for a range of counts the outcome at its ends; worse ones flagged in words. */
function chanceOf(p: Extract<ReadinessFigure['published'], { status: 'compared' }>) {
  const answer = p.significant ? t('readiness.parts', 'Yes') : t('readiness.parts', 'No');
  return (
    <>
      {p.significant ? <strong>{answer}</strong> : answer}
      <span class="govuk-visually-hidden">: {p.outcome}</span>
      {p.worse && (
        <>
          {' '}
          <strong class="govuk-tag govuk-tag--red ca-ready__tag">
            {t('readiness.parts', 'Worse than published')}
          </strong>
        </>
      )}
    </>
  );
}

function PublishedCells({ figure }: { figure: ReadinessFigure }) {
  const p = figure.published;
  if (!p) {
    return (
      <>
        <td class="govuk-table__cell">–</td>
        <td class="govuk-table__cell">–</td>
        <td class="govuk-table__cell">–</td>
      </>
    );
  }
  const published = (
    <td class="govuk-table__cell ca-ready__published">
      {p.short}
      <span class="ca-ready__note">{p.place}</span>
    </td>
  );
  if (p.status === 'not-comparable') {
    return (
      <>
        {published}
        <td class="govuk-table__cell" colSpan={2}>
          {p.reason}
        </td>
      </>
    );
  }
  return (
    <>
      {published}
      <td class="govuk-table__cell ca-ready__points">{p.points}</td>
      <td class="govuk-table__cell">{chanceOf(p)}</td>
    </>
  );
}

/** The standard's name, and its rating with how it was reached when the framework rates. */
function StandardCell({
  standard,
  rated,
  rows,
}: {
  standard: ReadinessStandard;
  rated: boolean;
  rows: number;
}) {
  return (
    <th class="govuk-table__header" scope="row" rowSpan={rows}>
      {standard.title}
      {standard.risks.length > 0 && (
        <span class="ca-ready__flag"> {t('readiness.parts', '(at risk)')}</span>
      )}
      {rated && (
        <span class="ca-ready__rating">
          <RatingWords standard={standard} />
          <span class="ca-ready__note">{standard.ratingNote}</span>
        </span>
      )}
    </th>
  );
}

function StandardRows({
  standard,
  rated,
  benchmarks,
}: {
  standard: ReadinessStandard;
  rated: boolean;
  benchmarks: boolean;
}) {
  const head = (
    <StandardCell standard={standard} rated={rated} rows={Math.max(1, standard.figures.length)} />
  );
  if (standard.figures.length === 0) {
    return (
      <tr class="govuk-table__row">
        {head}
        <td class="govuk-table__cell" colSpan={benchmarks ? 5 : 2}>
          {t('readiness.parts', 'No key question with a share of cases')}
        </td>
      </tr>
    );
  }
  return (
    <>
      {standard.figures.map((f, i) => (
        <tr class="govuk-table__row" key={f.itemId}>
          {i === 0 && head}
          <td class="govuk-table__cell">{f.question}</td>
          <td class="govuk-table__cell ca-ready__figure">{f.text}</td>
          {benchmarks && <PublishedCells figure={f} />}
        </tr>
      ))}
    </>
  );
}

/** How the figures were chosen, how many more each standard has, and where the rest are. */
function ChoiceNote({
  summary,
  findingsHref,
}: {
  summary: ReadinessSummary;
  findingsHref: string;
}) {
  if (!summary.figureChoice) return null;
  return (
    <p class="govuk-body-s ca-ready__notes">
      {summary.figureChoice}
      {summary.notShown && ` ${summary.notShown}`}{' '}
      <a class="govuk-link" href={findingsHref}>
        {t('readiness.parts', 'All the findings')}
      </a>
    </p>
  );
}

export function StandardsTable({
  summary,
  findingsHref,
}: {
  summary: ReadinessSummary;
  findingsHref: string;
}) {
  const benchmarks = summary.benchmarks !== null;
  return (
    <section class="ca-ready__part" aria-labelledby="ready-standards">
      <h2 class="govuk-heading-m" id="ready-standards">
        {t('readiness.parts', 'Standards and key figures')}
      </h2>
      <table class="govuk-table ca-ready__table">
        <caption class="govuk-table__caption govuk-visually-hidden">
          <TableCaption rated={summary.rated} benchmarks={benchmarks} />
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th class="govuk-table__header ca-ready__standard" scope="col">
              {summary.rated
                ? t('readiness.parts', 'Standard and rating')
                : t('readiness.parts', 'Standard')}
            </th>
            <th class="govuk-table__header ca-ready__question" scope="col">
              {t('readiness.parts', 'Question')}
            </th>
            <th class="govuk-table__header" scope="col">
              {t('readiness.parts', 'This audit: what it counts, of its base')}
            </th>
            {benchmarks && (
              <>
                <th class="govuk-table__header" scope="col">
                  {t('readiness.parts', 'Published: the same answers, of its base')}
                  <span class="ca-ready__note">
                    {t('readiness.parts', 'where the report gives it')}
                  </span>
                </th>
                <th class="govuk-table__header" scope="col">
                  {t('readiness.parts', 'Difference in points (95% interval)')}
                </th>
                <th class="govuk-table__header" scope="col">
                  {t('readiness.parts', 'More than chance?')}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {summary.standards.map((s) => (
            <StandardRows
              key={s.standardId}
              standard={s}
              rated={summary.rated}
              benchmarks={benchmarks}
            />
          ))}
        </tbody>
      </table>
      <ChoiceNote summary={summary} findingsHref={findingsHref} />
      <p class="govuk-body-s ca-ready__notes">
        {t(
          'readiness.parts',
          'Each key figure is the cases giving the answers named, out of the cases where the question applied and was answered: “No: 55% (11/20)” is 11 of 20 cases.',
        )}{' '}
        {summary.ratingRule}
        {benchmarks && ` ${benchmarkMethod()}`}
        {summary.smallBase && ` ${smallBaseKey()}`}
      </p>
    </section>
  );
}

function ActionRow({ action }: { action: ReadinessAction }) {
  return (
    <tr class="govuk-table__row">
      <td class="govuk-table__cell ca-ready__action">
        {action.text}
        <span class="ca-ready__note">
          {t('readiness.parts', 'For: {recommendation} (RAG status: {rag})', {
            recommendation: action.recommendation,
            rag: ragText(action.rag),
          })}
        </span>
      </td>
      <td class="govuk-table__cell">{action.owner || t('readiness.parts', 'No owner named')}</td>
      <td class="govuk-table__cell">
        {action.dueDate ? formatDate(action.dueDate) : t('readiness.parts', 'No date set')}
        {action.overdue && (
          <>
            {' '}
            <strong class="govuk-tag govuk-tag--red ca-ready__tag">
              {t('readiness.parts', 'Overdue')}
            </strong>
          </>
        )}
      </td>
    </tr>
  );
}

/** The most actions listed on the page; the rest are in the register. */
const ACTIONS_SHOWN = 10;

export function OpenActions({
  summary,
  unreadable,
  registerHref,
}: {
  summary: ReadinessSummary;
  unreadable: boolean;
  registerHref: string;
}) {
  const { actions, overdue } = summary;
  const more = actions.length - ACTIONS_SHOWN;
  return (
    <section class="ca-ready__part" aria-labelledby="ready-actions">
      <h2 class="govuk-heading-m" id="ready-actions">
        {t('readiness.parts', 'Open actions')}
      </h2>
      {unreadable ? (
        <p class="govuk-body">
          {t(
            'readiness.parts',
            'The recommendations register stored for this inspection cannot be read by this version, so its actions are not shown.',
          )}
        </p>
      ) : actions.length === 0 ? (
        <p class="govuk-body">
          {t('readiness.parts', 'No open actions in the recommendations register.')}
        </p>
      ) : (
        <>
          <p class="govuk-body">
            {t(
              'readiness.parts',
              '{count, plural, one {# open action} other {# open actions}}, {overdue} overdue (due before today and not done).',
              { count: actions.length, overdue },
            )}
          </p>
          <table class="govuk-table ca-ready__table">
            <caption class="govuk-table__caption govuk-visually-hidden">
              {t('readiness.parts', 'Open actions, overdue first')}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th class="govuk-table__header" scope="col">
                  {t('readiness.parts', 'Action')}
                </th>
                <th class="govuk-table__header" scope="col">
                  {t('readiness.parts', 'Owner')}
                </th>
                <th class="govuk-table__header" scope="col">
                  {t('readiness.parts', 'Due')}
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {actions.slice(0, ACTIONS_SHOWN).map((a) => (
                <ActionRow key={`${a.recommendationId}/${a.actionId}`} action={a} />
              ))}
            </tbody>
          </table>
          {more > 0 && (
            <p class="govuk-body-s">
              {tx('readiness.parts', 'And {more} more <link>in the register</link>.', {
                more,
                link: (chunks: ComponentChildren) => (
                  <a class="govuk-link" href={registerHref}>
                    {chunks}
                  </a>
                ),
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
