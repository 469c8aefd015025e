import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MigrationPlan } from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { listFrameworks } from '../../../db/frameworks/frameworkStore';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadiosField } from '../../components/InspectionFrame/formFields';
import {
  type InspectionData,
  InspectionFrame,
} from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { frameworkHref } from '../../frameworks/Frameworks/frameworkStatus';
import { useLive } from '../../hooks/useLive';
import { t, tx } from '../../i18n/translate';
import { link } from '../link';
import { MappingStep } from './MappingStep';
import { MovePreview } from './MovePreview';
import { moveTargets } from './moveChoices';
import { useFrameworkMove } from './useFrameworkMove';

/**
 * Move an inspection to another version of its framework: `/inspections/:inspectionId/framework`,
 * a lead's tool reached from the inspection's settings. Nothing changes until the lead confirms.
 */
export default function FrameworkMove({ inspectionId }: { inspectionId: string }) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={t('setup', 'Move to another version')}
      hasErrors={hasErrors}
    >
      {(data) =>
        data.framework ? (
          <MoveSteps data={data} current={data.framework} onErrors={setHasErrors} />
        ) : (
          <p class="govuk-body">
            {t(
              'setup',
              'The inspection’s framework ({id}, version {version}) is not on this device: import it first.',
              { id: data.inspection.framework.id, version: data.inspection.framework.version },
            )}
          </p>
        )
      }
    </InspectionFrame>
  );
}

function MoveSteps({
  data,
  current,
  onErrors,
}: {
  data: InspectionData;
  current: FrameworkRecord;
  onErrors: (hasErrors: boolean) => void;
}) {
  const { inspection } = data;
  const library = useLive(listFrameworks, []);
  const move = useFrameworkMove(inspection, current);
  const { state } = move;
  const errors = useMemo(() => {
    if (state.step === 'choose' && state.problem)
      return [{ href: '#move-to', text: state.problem }];
    if (state.step === 'map') return state.problems.map((text) => ({ text }));
    if (state.step === 'refused') return [{ text: state.message }];
    return [];
  }, [state]);
  useEffect(() => onErrors(errors.length > 0), [errors.length > 0]);
  if (library.status !== 'ready')
    return <Loading what={t('setup', 'Loading the framework library')} />;
  if (state.step === 'done') {
    return (
      <MoveDone inspectionId={inspection.id} from={state.from} to={state.to} plan={state.plan} />
    );
  }
  return (
    <>
      <ErrorSummary errors={errors} />
      <p class="govuk-body">
        {tx(
          'setup',
          'This inspection uses <link>{title}, version {version}</link>. Moving it to a newer version keeps every answer: answers to questions the new version still asks are kept or mapped to their new names; the others are no longer asked, and stay in each case’s history. Nothing changes until you confirm.',
          {
            link: link(frameworkHref(current.key)),
            title: current.title,
            version: current.version,
          },
        )}
      </p>
      {(state.step === 'choose' || state.step === 'refused') && (
        <ChooseStep
          targets={moveTargets(current, library.value)}
          problem={state.step === 'choose' ? state.problem : undefined}
          onChoose={move.choose}
        />
      )}
      {state.step === 'map' && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void move.preview();
          }}
        >
          <h2 class="govuk-heading-l" id="move-step" tabIndex={-1}>
            {t('setup', 'Map the changes to version {version}', { version: state.to.version })}
          </h2>
          <MappingStep
            from={current.framework}
            to={state.to.framework}
            mapping={state.mapping}
            onChange={move.setMapping}
          />
          <div class="govuk-button-group">
            <button type="submit" class="govuk-button" aria-disabled={move.busy}>
              {t('setup', 'Preview the move')}
            </button>
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={move.restart}
            >
              {t('setup', 'Choose another version')}
            </button>
          </div>
        </form>
      )}
      {state.step === 'preview' && (
        <>
          <h2 class="govuk-heading-l" id="move-step" tabIndex={-1}>
            {t('setup', 'Check the move to version {version}', { version: state.to.version })}
          </h2>
          <MovePreview plan={state.plan} from={current.framework} to={state.to.framework} />
          <div class="govuk-button-group">
            <button
              type="button"
              class="govuk-button"
              aria-disabled={move.busy}
              onClick={() => void move.confirm()}
            >
              {t('setup', 'Move the inspection to version {version}', {
                version: state.to.version,
              })}
            </button>
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={move.backToMapping}
            >
              {t('setup', 'Change the mapping')}
            </button>
          </div>
        </>
      )}
    </>
  );
}

function ChooseStep({
  targets,
  problem,
  onChoose,
}: {
  targets: readonly FrameworkRecord[];
  problem: string | undefined;
  onChoose: (to: FrameworkRecord | undefined) => void;
}) {
  const [chosen, setChosen] = useState(targets.length === 1 ? targets[0]!.key : '');
  if (targets.length === 0) {
    return (
      <p class="govuk-body" id="move-step" tabIndex={-1}>
        {tx(
          'setup',
          'There is no newer version of this framework on this device. Publish one from the <link>framework library</link> (open the framework and choose Edit), or import one.',
          { link: link('/frameworks') },
        )}
      </p>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onChoose(targets.find((t) => t.key === chosen));
      }}
    >
      <RadiosField
        id="move-to"
        legend={
          <span id="move-step">{t('setup', 'Which version should the inspection move to?')}</span>
        }
        legendClass="govuk-fieldset__legend--m"
        error={problem}
        value={chosen}
        items={targets.map((target) => ({
          value: target.key,
          label: t('setup', '{title}, version {version}', {
            title: target.title,
            version: target.version,
          }),
          hint: target.framework.basedOn
            ? t('setup', 'A copy of {title}', { title: target.framework.basedOn.title })
            : undefined,
        }))}
        onChange={setChosen}
      />
      <button type="submit" class="govuk-button">
        {t('setup', 'Continue')}
      </button>
    </form>
  );
}

function MoveDone({
  inspectionId,
  from,
  to,
  plan,
}: {
  inspectionId: string;
  from: FrameworkRecord;
  to: FrameworkRecord;
  plan: MigrationPlan;
}) {
  return (
    <NotificationBanner
      type="success"
      heading={t('setup', 'The inspection now uses {title}, version {version}', {
        title: to.title,
        version: to.version,
      })}
      focus
    >
      <p class="govuk-body">
        {tx(
          'setup',
          'It was moved from version {version}: {kept, plural, one {# answer} other {# answers}} kept, {mapped, plural, one {# answer} other {# answers}} mapped, {lapsed, plural, one {# answer} other {# answers}} no longer asked (still in each case’s history). Each case’s history records the move. <findings>See the findings</findings> or <cases>go to the cases</cases>.',
          {
            version: from.version,
            kept: plan.counts.kept,
            mapped: plan.counts.mapped,
            lapsed: plan.counts.noLongerAsked,
            findings: link(
              inspectionHref(inspectionId, '/findings'),
              'govuk-notification-banner__link',
            ),
            cases: link(inspectionHref(inspectionId), 'govuk-notification-banner__link'),
          },
        )}
      </p>
    </NotificationBanner>
  );
}
