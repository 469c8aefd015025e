/**
 * The findings of an inspection (SPEC §4): what the lead inspector is here for. Every figure
 * with its numerator and base, its interval, what was left out of its base, and a way down to
 * the cases behind it; the ratings with the rule that produced them; the profile of the
 * sample; how complete the work is. The figures are computed in the findings worker; the
 * address holds what is shown (basis, confidence, section, breakdown).
 */
import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  breakdownChoicesOf,
  type FindingsResult,
  type Framework,
  formatCount,
  frameworkKey,
  type Inspection,
  indexFramework,
} from '../../../core';
import type { FindingsValues } from '../../../db/cases/findingsSource';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { WarningText } from '../../components/WarningText';
import type { Live } from '../../hooks/useLive';
import { currentTranslator, t } from '../../i18n/translate';
import { OpenConflictsNotice } from '../../team/TeamWork/OpenConflictsNotice';
import { CompareLink } from '../../trend/CompareAudits/CompareLink';
import { crossTabHref } from '../CrossTab/crossTabQuery';
import { ResearchTables } from '../Research/ResearchTables';
import { CompletenessSection } from './CompletenessSection';
import { FindingsControls } from './FindingsControls';
import { FindingsContents, FrameworkLine, HowToRead } from './FindingsParts';
import type { FindingsModel } from './findingsModel';
import {
  type ChosenBreakdown,
  chosenBreakdown,
  type FindingsView,
  PROFILE_SECTION,
  queryOfView,
  viewFromUrl,
} from './findingsQuery';
import { takeFlash } from './flash';
import { ModerationPanel } from './ModerationPanel';
import { ProfileSection } from './ProfileSection';
import { PublishedFiguresSection } from './PublishedFigures';
import { RatingsSection } from './RatingsSection';
import { StandardSection } from './StandardSection';
import { useFindingsData, useFindingsScreen } from './useFindingsScreen';
import { type PublishedFigures, usePublishedFigures } from './usePublishedFigures';
import './Findings.css';

export default function Findings({ inspectionId }: { inspectionId: string }) {
  // Read at once, while the frame reads the inspection and its framework.
  const data = useFindingsData(inspectionId);
  return (
    <InspectionFrame inspectionId={inspectionId} heading={t('findings', 'Findings')}>
      {({ inspection, framework }) =>
        framework ? (
          <FindingsBody data={data} inspection={inspection} framework={framework.framework} />
        ) : (
          <p class="govuk-body">
            {t(
              'findings',
              'The framework this inspection uses ({framework}) is not on this device, so its findings cannot be worked out. Import that framework version to see them.',
              { framework: frameworkKey(inspection.framework) },
            )}
          </p>
        )
      }
    </InspectionFrame>
  );
}

function basisLine(result: FindingsResult): string {
  const { total, counted } = result.cases;
  if (result.basis === 'complete-cases') {
    return t(
      'findings',
      'Based on {counted, plural, one {# complete case} other {# complete cases}} of {total}',
      { counted, total: formatCount(total) },
    );
  }
  const complete = result.completeness.markedComplete;
  return t(
    'findings',
    'Based on all {total, plural, one {# case} other {# cases}} ({complete} complete)',
    { total, complete },
  );
}

function FindingsBody({
  data,
  inspection,
  framework,
}: {
  data: Live<FindingsValues>;
  inspection: Inspection;
  framework: Framework;
}) {
  const { url, path, route } = useLocation();
  const view = useMemo(() => viewFromUrl(url), [url]);
  const [flash] = useState(takeFlash);
  const hasStrata = inspection.strata.length > 0;
  const tr = currentTranslator();
  const breakdowns = useMemo(
    () => breakdownChoicesOf(framework, {}, tr).filter((b) => b.by !== 'stratum' || hasStrata),
    [framework, hasStrata, tr],
  );

  const chosen = useMemo(() => chosenBreakdown(view.by, breakdowns), [view.by, breakdowns]);
  const { failed, computing, source, result, model } = useFindingsScreen(
    data,
    inspection,
    framework,
    view,
    chosen,
  );

  // While a new breakdown is worked out the figures before it stay on screen: they keep the
  // labels of the breakdown they were counted by, never the one just asked for.
  const figuresBreakdown = useMemo(
    () => (result?.breakdown ? chosenBreakdown(result.breakdown.by, breakdowns) : null),
    [result, breakdowns],
  );
  const published = usePublishedFigures(framework, inspection, view.published, result);
  const apply = (next: FindingsView) => route(`${path}${queryOfView(next)}`);
  const knownSection =
    view.section === null ||
    view.section === PROFILE_SECTION ||
    framework.sections.some((s) => s.id === view.section);

  if (failed) {
    return (
      <p class="govuk-body">
        {t(
          'findings',
          'The findings could not be worked out: this device’s storage did not answer, or the cases could not be read. Reload the page to try again.',
        )}
      </p>
    );
  }
  return (
    <div class="ca-findings" aria-busy={computing ? 'true' : 'false'}>
      {flash && <NotificationBanner type="success" heading={flash} />}
      <OpenConflictsNotice inspectionId={inspection.id} />
      <p class="govuk-body-l ca-findings__basis">
        {result ? basisLine(result) : t('findings', 'Working out the figures…')}
      </p>
      <FrameworkLine framework={framework} source={source} />
      <p class="govuk-body">
        <a class="govuk-link" href={crossTabHref(inspection.id)}>
          {t('findings', 'Cross-tab: two questions or profile fields against each other')}
        </a>
      </p>
      <CompareLink inspectionId={inspection.id} />
      <p class="govuk-body">
        <a class="govuk-link" href={inspectionHref(inspection.id, '/ready')}>
          {t(
            'findings',
            'Ready for inspection: a one-page summary of the ratings, the standards most at risk and the open actions',
          )}
        </a>
      </p>
      <FindingsControls
        key={url}
        view={view}
        sections={framework.sections}
        breakdowns={breakdowns}
        onApply={apply}
      />
      {!knownSection && (
        <p class="govuk-body">
          {t('findings', 'This framework has no section “{section}”, so every section is shown.', {
            section: view.section ?? '',
          })}
        </p>
      )}
      {view.by && !chosen && (
        <p class="govuk-body">
          {t(
            'findings',
            'This framework cannot be broken down by “{by}”, so the figures are shown without a breakdown.',
            { by: view.by },
          )}
        </p>
      )}
      {!model || !result ? (
        <Loading
          what={
            source ? t('findings', 'Working out the figures') : t('findings', 'Loading the cases')
          }
        />
      ) : result.cases.total === 0 ? (
        <p class="govuk-body">
          {t('findings', 'This inspection has no cases yet, so there are no findings.')}
        </p>
      ) : (
        <FindingsFigures
          inspection={inspection}
          framework={framework}
          view={view}
          shown={knownSection ? view.section : null}
          breakdown={figuresBreakdown}
          result={result}
          model={model}
          published={published}
          onShowPublished={(shown) => apply({ ...view, published: shown })}
        />
      )}
    </div>
  );
}

/** Every figure shown: ratings, completeness, moderation, the profile and each section. */
function FindingsFigures({
  inspection,
  framework,
  view,
  shown,
  breakdown,
  result,
  model,
  published,
  onShowPublished,
}: {
  inspection: Inspection;
  framework: Framework;
  view: FindingsView;
  /** The one section shown (or the profile), or null for all. */
  shown: string | null;
  breakdown: ChosenBreakdown | null;
  result: FindingsResult;
  model: FindingsModel;
  published: PublishedFigures;
  onShowPublished: (shown: boolean) => void;
}) {
  const index = indexFramework(framework);
  const sections = framework.sections.filter((s) => shown === null || shown === s.id);
  const showProfile = shown === null || shown === PROFILE_SECTION;
  return (
    <>
      {result.basis === 'complete-cases' && result.cases.counted === 0 && (
        <div class="govuk-inset-text">
          {t(
            'findings',
            'No case is marked complete yet, so there are no figures. Choose “All cases” to see the figures so far.',
          )}
        </div>
      )}
      {result.warnings.map((w) => (
        <WarningText key={w}> {w}</WarningText>
      ))}

      <HowToRead confidence={view.confidence} />
      <FindingsContents
        showProfile={showProfile}
        showPublished={published.available}
        sections={sections}
      />
      {published.available && (
        <PublishedFiguresSection
          shown={published.shown}
          set={published.set}
          onShow={onShowPublished}
        />
      )}
      <RatingsSection
        framework={framework}
        index={index}
        standards={result.standards}
        overall={result.overall}
        inspectionId={inspection.id}
        completeOnly={view.completeOnly}
      />
      <CompletenessSection completeness={result.completeness} inspection={inspection} />
      <ResearchTables
        inspection={inspection}
        framework={framework}
        result={result}
        breakdownLabel={breakdown?.dimensions.length === 1 ? breakdown.label : null}
      />
      <ModerationPanel inspectionId={inspection.id} />
      {showProfile && (
        <ProfileSection
          model={model}
          index={index}
          inspectionId={inspection.id}
          completeOnly={view.completeOnly}
        />
      )}
      {sections.map((section) => (
        <section class="ca-findings__section" id={`section-${section.id}`} key={section.id}>
          <h2 class="govuk-heading-l" id={`section-${section.id}-heading`}>
            {section.title}
          </h2>
          {section.standards.map((standard) => (
            <StandardSection
              key={standard.id}
              standard={standard}
              model={model}
              index={index}
              rules={framework.rating}
              inspectionId={inspection.id}
              completeOnly={view.completeOnly}
              breakdown={breakdown}
              confidence={view.confidence}
              published={published.comparisons}
            />
          ))}
        </section>
      ))}
    </>
  );
}
