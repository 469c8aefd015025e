/**
 * The findings of an inspection (SPEC §4): what the lead inspector is here for. Every figure
 * with its numerator and base, its interval, what was left out of its base, and a way down to
 * the cases behind it; the ratings with the rule that produced them; the profile of the
 * sample; how complete the work is. The figures are computed in the findings worker; the
 * address holds what is shown (basis, confidence, section, breakdown).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  breakdownChoicesOf,
  type FindingsResult,
  type Framework,
  formatCount,
  frameworkKey,
  type Inspection,
  indexFramework,
  isOrAre,
  itOrThem,
  plural,
} from '../../../core';
import { groupNamesOf, loadFindingsCases } from '../../../db/cases/findingsSource';
import { warmFindingsWorker } from '../../../workers/findingsBridge';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { WarningText } from '../../components/WarningText';
import { frameworkHref } from '../../frameworks/Frameworks/frameworkStatus';
import { useLive } from '../../hooks/useLive';
import { OpenConflictsNotice } from '../../team/TeamWork/OpenConflictsNotice';
import { CompletenessSection } from './CompletenessSection';
import { FindingsControls } from './FindingsControls';
import { cases } from './figures';
import { findingsModel } from './findingsModel';
import { type FindingsView, PROFILE_SECTION, queryOfView, viewFromUrl } from './findingsQuery';
import { takeFlash } from './flash';
import { ModerationPanel } from './ModerationPanel';
import { ProfileSection } from './ProfileSection';
import { RatingsSection } from './RatingsSection';
import { StandardSection } from './StandardSection';
import { useFindings } from './useFindings';
import './Findings.css';

/** Performance marks: the cases read → the figures on screen (README, `npm run bench`). */
export const LOAD_START_MARK = 'case-audit:findings-load-start';
export const DATA_LOADED_MARK = 'case-audit:findings-data-loaded';
export const LOAD_MEASURE = 'case-audit:findings-load';
export const RENDERED_MARK = 'case-audit:findings-rendered';
export const RENDER_MEASURE = 'case-audit:findings-render';

export default function Findings({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame inspectionId={inspectionId} heading="Findings">
      {({ inspection, framework }) =>
        framework ? (
          <FindingsBody inspection={inspection} framework={framework.framework} />
        ) : (
          <p class="govuk-body">
            The framework this inspection uses ({frameworkKey(inspection.framework)}) is not on this
            device, so its findings cannot be worked out. Import that framework version to see them.
          </p>
        )
      }
    </InspectionFrame>
  );
}

function basisLine(result: FindingsResult): string {
  const { total, counted } = result.cases;
  if (result.basis === 'complete-cases') {
    return `Based on ${plural(counted, 'complete case')} of ${formatCount(total)}`;
  }
  const complete = result.completeness.markedComplete;
  return `Based on all ${cases(total)} (${complete} complete)`;
}

function FindingsBody({ inspection, framework }: { inspection: Inspection; framework: Framework }) {
  const { url, path, route } = useLocation();
  const view = useMemo(() => viewFromUrl(url), [url]);
  const [flash] = useState(takeFlash);
  const index = indexFramework(framework);
  const hasStrata = inspection.strata.length > 0;
  const breakdowns = useMemo(
    () => breakdownChoicesOf(framework).filter((b) => b.by !== 'stratum' || hasStrata),
    [framework, hasStrata],
  );
  const chosen = breakdowns.find((b) => b.by === view.by) ?? null;
  useEffect(warmFindingsWorker, []);
  const live = useLive(() => {
    performance.mark(LOAD_START_MARK);
    return loadFindingsCases(inspection.id).then((loaded) => {
      performance.mark(DATA_LOADED_MARK);
      performance.measure(LOAD_MEASURE, LOAD_START_MARK, DATA_LOADED_MARK);
      return loaded;
    });
  }, [inspection.id]);
  const source = live.status === 'ready' ? live.value : null;

  const names = useMemo(() => groupNamesOf(inspection), [inspection]);
  const overrides = inspection.ratingOverrides;
  const options = {
    completeOnly: view.completeOnly,
    breakdownBy: chosen?.by ?? null,
    names,
    ratingOverrides: overrides,
    confidence: view.confidence / 100,
  };
  const optionsKey = JSON.stringify([
    view.completeOnly,
    chosen?.by,
    view.confidence,
    overrides,
    names,
  ]);
  const state = useFindings(framework, source?.cases ?? null, options, optionsKey);
  const result =
    state.status === 'ready' ? state.result : state.status === 'computing' ? state.previous : null;
  const model = useMemo(() => (result ? findingsModel(result) : null), [result]);
  useEffect(() => {
    if (state.status !== 'ready') return;
    performance.mark(RENDERED_MARK);
    try {
      performance.measure(RENDER_MEASURE, DATA_LOADED_MARK, RENDERED_MARK);
    } catch {
      // No data-loaded mark (cleared by a test): nothing to measure.
    }
  }, [state]);

  const apply = (next: FindingsView) => route(`${path}${queryOfView(next)}`);
  const knownSection =
    view.section === null ||
    view.section === PROFILE_SECTION ||
    framework.sections.some((s) => s.id === view.section);
  const shown = knownSection ? view.section : null;
  const sections = framework.sections.filter((s) => shown === null || shown === s.id);
  const showProfile = shown === null || shown === PROFILE_SECTION;

  if (live.status === 'failed' || state.status === 'failed') {
    return (
      <p class="govuk-body">
        The findings could not be worked out: this device’s storage did not answer, or the cases
        could not be read. Reload the page to try again.
      </p>
    );
  }
  return (
    <div class="ca-findings" aria-busy={state.status === 'computing' ? 'true' : 'false'}>
      {flash && <NotificationBanner type="success" heading={flash} />}
      <OpenConflictsNotice inspectionId={inspection.id} />
      <p class="govuk-body-l ca-findings__basis">
        {result ? basisLine(result) : 'Working out the figures…'}
      </p>
      <p class="govuk-body">
        Framework:{' '}
        <a class="govuk-link" href={frameworkHref(frameworkKey(framework))}>
          {framework.title}
        </a>
        , version {framework.version}.{' '}
        {source && source.unusedReserves > 0 && (
          <>
            {plural(source.unusedReserves, 'reserve')} not started {isOrAre(source.unusedReserves)}{' '}
            not counted.{' '}
          </>
        )}
        {source && source.heldForSecondReading > 0 && (
          <>
            {plural(source.heldForSecondReading, 'case')} you are reading a second time{' '}
            {isOrAre(source.heldForSecondReading)} not counted here: the lead counts{' '}
            {itOrThem(source.heldForSecondReading)}.{' '}
          </>
        )}
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
          This framework has no section “{view.section}”, so every section is shown.
        </p>
      )}
      {view.by && !chosen && (
        <p class="govuk-body">
          This framework cannot be broken down by “{view.by}”, so the figures are shown without a
          breakdown.
        </p>
      )}
      {!model || !result ? (
        <Loading what={source ? 'Working out the figures' : 'Loading the cases'} />
      ) : result.cases.total === 0 ? (
        <p class="govuk-body">This inspection has no cases yet, so there are no findings.</p>
      ) : (
        <>
          {result.basis === 'complete-cases' && result.cases.counted === 0 && (
            <div class="govuk-inset-text">
              No case is marked complete yet, so there are no figures. Choose “All cases” to see the
              figures so far.
            </div>
          )}
          {result.warnings.map((w) => (
            <WarningText key={w}> {w}</WarningText>
          ))}
          <details class="govuk-details">
            <summary class="govuk-details__summary">
              <span class="govuk-details__summary-text">How to read these figures</span>
            </summary>
            <div class="govuk-details__text">
              <p class="govuk-body">
                A percentage is the cases with a positive answer out of the cases where the question
                applied and was answered: 56% (9/16) is 9 of 16. Answers of N/A, questions not asked
                because of a rule, and questions not answered are left out of the base and counted
                under “Not in the base”; so is “not known”, unless the framework counts it in.
              </p>
              <p class="govuk-body">
                The interval is a {view.confidence}% Wilson score confidence interval. A base under
                10 cases is a small base (marked “Small base”, or † in tables by group): interpret
                it with care.
              </p>
            </div>
          </details>
          <nav class="ca-findings__contents" aria-label="Findings contents">
            <h2 class="govuk-heading-s">Contents</h2>
            <ul class="govuk-list">
              <li>
                <a class="govuk-link" href="#ratings">
                  Ratings
                </a>
              </li>
              <li>
                <a class="govuk-link" href="#completeness">
                  How complete the work is
                </a>
              </li>
              <li>
                <a class="govuk-link" href="#moderation">
                  Moderation
                </a>
              </li>
              {showProfile && (
                <li>
                  <a class="govuk-link" href="#profile">
                    Profile of the sample
                  </a>
                </li>
              )}
              {sections.map((s) => (
                <li key={s.id}>
                  <a class="govuk-link" href={`#section-${s.id}`}>
                    {s.title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <RatingsSection
            framework={framework}
            index={index}
            standards={result.standards}
            overall={result.overall}
            inspectionId={inspection.id}
            completeOnly={view.completeOnly}
          />
          <CompletenessSection completeness={result.completeness} inspection={inspection} />
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
                  breakdown={chosen}
                  confidence={view.confidence}
                />
              ))}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
