/**
 * Inspections analysed together (for example one per council of a national review): the lead
 * chooses inspections on this device that use the same framework version and sees every figure
 * over all of them, with its base, beside the same figure in each inspection. The address
 * holds the choice (`/analysis?ids=a,b`), so a reload or a shared link shows the same figures.
 */
import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { type FindingsResult, type Framework, formatCount, indexFramework } from '../../../core';
import type { FindingsSource } from '../../../db/cases/findingsSource';
import { listInspections } from '../../../db/inspections/inspectionList';
import { Loading } from '../../components/Loading';
import { WarningText } from '../../components/WarningText';
import { useLive } from '../../hooks/useLive';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t } from '../../i18n/translate';
import { findingsModel } from '../Findings/findingsModel';
import { CombinedDownloads } from './CombinedDownloads';
import { CombinedFigures } from './CombinedFigures';
import { type CombinedView, combinedHref, combinedViewFromUrl } from './combinedQuery';
import { InspectionChooser } from './InspectionChooser';
import { useCombinedFindings } from './useCombinedFindings';
import '../Findings/Findings.css';

export default function Combined() {
  const title = t('findings.combined', 'Analyse inspections together');
  usePageTitle(title);
  const { url, route } = useLocation();
  const view = useMemo(() => combinedViewFromUrl(url), [url]);
  const inspections = useLive(listInspections, []);
  return (
    <>
      <a href="/inspections" class="govuk-back-link">
        {t('findings.combined', 'Inspections')}
      </a>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">
        {t(
          'findings.combined',
          'See the figures of several inspections as one — for example one inspection per council — with each figure’s base over all of them and in each inspection.',
        )}
      </p>
      {inspections.status === 'loading' && (
        <Loading what={t('findings.combined', 'Loading your inspections')} />
      )}
      {inspections.status === 'failed' && (
        <p class="govuk-body">
          {t(
            'findings.combined',
            'Your inspections could not be read from this device’s storage. Reload the page to try again.',
          )}
        </p>
      )}
      {inspections.status === 'ready' &&
        (inspections.value.length < 2 ? (
          <p class="govuk-body">
            {t(
              'findings.combined',
              'This device holds {count, plural, one {# inspection} other {# inspections}}: at least two on the same framework version are needed to analyse together.',
              { count: inspections.value.length },
            )}
          </p>
        ) : (
          <InspectionChooser
            key={url}
            inspections={inspections.value}
            view={view}
            onApply={(next: CombinedView) => route(combinedHref(next))}
          />
        ))}
      {view.ids.length >= 2 && <CombinedResults view={view} />}
    </>
  );
}

function basisLine(result: FindingsResult, inspections: number): string {
  const { total, counted } = result.cases;
  if (result.basis === 'complete-cases') {
    return t(
      'findings.combined',
      'Based on {counted, plural, one {# complete case} other {# complete cases}} of {total}, from {inspections, plural, one {# inspection} other {# inspections}}',
      { counted, total: formatCount(total), inspections },
    );
  }
  return t(
    'findings.combined',
    'Based on all {total, plural, one {# case} other {# cases}}, from {inspections, plural, one {# inspection} other {# inspections}}',
    { total, inspections },
  );
}

function CombinedResults({ view }: { view: CombinedView }) {
  const state = useCombinedFindings(view);
  if (state.status === 'loading') {
    return <Loading what={t('findings.combined', 'Working out the figures')} />;
  }
  if (state.status === 'failed') {
    return (
      <p class="govuk-body">
        {t(
          'findings.combined',
          'The findings could not be worked out: this device’s storage did not answer. Reload the page to try again.',
        )}
      </p>
    );
  }
  if (state.status === 'refused') {
    return (
      <div class="govuk-inset-text" role="status">
        {t('findings.combined', 'These inspections cannot be analysed together.')} {state.problem}
      </div>
    );
  }
  return (
    <CombinedReady
      view={view}
      framework={state.framework}
      sources={state.sources}
      result={state.result}
    />
  );
}

function CombinedReady({
  view,
  framework,
  sources,
  result,
}: {
  view: CombinedView;
  framework: Framework;
  sources: readonly FindingsSource[];
  result: FindingsResult;
}) {
  const model = useMemo(() => findingsModel(result, framework), [result, framework]);
  const index = useMemo(() => indexFramework(framework), [framework]);
  const groups = result.breakdown?.groups ?? [];
  return (
    <div class="ca-findings">
      <h2 class="govuk-heading-l">
        {t(
          'findings.combined',
          'Findings of {count, plural, one {# inspection} other {# inspections}} together',
          { count: sources.length },
        )}
      </h2>
      <p class="govuk-body-l ca-findings__basis">{basisLine(result, sources.length)}</p>
      <p class="govuk-body">
        {t(
          'findings.combined',
          'Framework {title}, version {version}. Ratings changed by a lead in one inspection do not apply here: ratings are those the figures give.',
          { title: framework.title, version: framework.version },
        )}
      </p>
      {result.basis === 'complete-cases' && result.cases.counted === 0 && (
        <div class="govuk-inset-text">
          {t(
            'findings.combined',
            'No case is marked complete yet, so there are no figures. Choose “All cases” to see the figures so far.',
          )}
        </div>
      )}
      {result.warnings.map((w) => (
        <WarningText key={w}> {w}</WarningText>
      ))}
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--m">
          {t('findings.combined', 'Cases by inspection')}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {t('findings.combined', 'Inspection')}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {t('findings.combined', 'Cases counted')}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {t('findings.combined', 'Cases')}
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {sources.map(({ inspection, cases }) => {
            const group = groups.find((g) => g.key === inspection.id);
            return (
              <tr class="govuk-table__row" key={inspection.id}>
                <th scope="row" class="govuk-table__header">
                  <a class="govuk-link" href={`/inspections/${inspection.id}/findings`}>
                    {group?.label ?? inspection.title}
                  </a>
                </th>
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  {formatCount(group?.cases ?? 0)}
                </td>
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  {formatCount(cases.length)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <CombinedDownloads view={view} framework={framework} result={result} />
      <CombinedFigures framework={framework} index={index} model={model} />
    </div>
  );
}
