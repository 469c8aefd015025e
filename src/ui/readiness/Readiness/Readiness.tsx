/**
 * "Ready for inspection": one printable page a service reads before an inspection — the
 * standards most at risk (by the rule it states), each standard's rating and key figures beside
 * the published ones, and the open actions of its recommendations register. Every figure says
 * what it counts and its base; small bases are marked. At most two figures a standard (the rest
 * are in the findings), so thirteen standards print on one A4 page (Readiness.css).
 *
 *   ?basis=all   all cases (default: complete cases only, as the findings)
 */
import { useLocation } from 'preact-iso';
import { type Framework, frameworkKey, type Inspection } from '../../../core';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { formatDate, t } from '../../i18n/translate';
import { AtRisk, OpenActions, StandardsTable } from './ReadinessParts';
import { useReadiness } from './useReadiness';
import './Readiness.css';

/** After `/inspections/:id`: this page's address. */
const READY_SUFFIX = '/ready';

export default function Readiness({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame inspectionId={inspectionId} heading={t('readiness', 'Ready for inspection')}>
      {({ inspection, framework }) =>
        framework ? (
          <ReadinessBody inspection={inspection} framework={framework.framework} />
        ) : (
          <p class="govuk-body">
            {t(
              'readiness',
              'The framework this inspection uses ({framework}) is not on this device, so its figures cannot be worked out. Import that framework version to see them.',
              { framework: frameworkKey(inspection.framework) },
            )}
          </p>
        )
      }
    </InspectionFrame>
  );
}

function ReadinessBody({
  inspection,
  framework,
}: {
  inspection: Inspection;
  framework: Framework;
}) {
  const { query } = useLocation();
  const completeOnly = query.basis !== 'all';
  const readiness = useReadiness(inspection, framework, completeOnly);
  const here = inspectionHref(inspection.id, READY_SUFFIX);

  if (readiness.status === 'failed') {
    return (
      <p class="govuk-body">
        {t(
          'readiness',
          'The summary could not be made: this device’s storage did not answer, or the cases could not be read. Reload the page to try again.',
        )}
      </p>
    );
  }
  if (readiness.status === 'loading') return <Loading what={readiness.what} />;
  const { summary, today } = readiness;
  return (
    <div class="ca-ready">
      <p class="govuk-body ca-ready__basis">
        {t('readiness', '{basis}, on {date}. Framework: {framework}, version {version}.', {
          basis: summary.basis,
          date: formatDate(today),
          framework: framework.title,
          version: framework.version,
        })}
        {summary.benchmarks &&
          // Said once, whether or not the set's title starts with it (the shipped one does).
          ` ${t('readiness', 'Published figures: {title}.', {
            title: summary.benchmarks.title.replace(/^Published figures:\s*/i, ''),
          })}`}
      </p>
      <div class="govuk-button-group ca-no-print">
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          onClick={() => window.print()}
        >
          {t('readiness', 'Print this page')}
        </button>
        <a class="govuk-link" href={completeOnly ? `${here}?basis=all` : here}>
          {completeOnly
            ? t('readiness', 'Count all cases, complete or not')
            : t('readiness', 'Count only complete cases')}
        </a>
        <a class="govuk-link" href={inspectionHref(inspection.id, '/findings')}>
          {t('readiness', 'All the findings')}
        </a>
      </div>
      {readiness.casesTotal === 0 ? (
        <p class="govuk-body">
          {t('readiness', 'This inspection has no cases yet, so there are no figures.')}
        </p>
      ) : (
        <>
          <AtRisk summary={summary} />
          <StandardsTable
            summary={summary}
            findingsHref={inspectionHref(inspection.id, '/findings')}
          />
        </>
      )}
      <OpenActions
        summary={summary}
        unreadable={readiness.registerUnreadable}
        registerHref={inspectionHref(inspection.id, '/register')}
      />
    </div>
  );
}
