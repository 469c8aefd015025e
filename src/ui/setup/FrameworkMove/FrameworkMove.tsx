import { useEffect, useMemo, useState } from 'preact/hooks';
import { type MigrationPlan, plural } from '../../../core';
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
      heading="Move to another version"
      hasErrors={hasErrors}
    >
      {(data) =>
        data.framework ? (
          <MoveSteps data={data} current={data.framework} onErrors={setHasErrors} />
        ) : (
          <p class="govuk-body">
            The inspection’s framework ({data.inspection.framework.id}, version{' '}
            {data.inspection.framework.version}) is not on this device: import it first.
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
  if (library.status !== 'ready') return <Loading what="Loading the framework library" />;
  if (state.step === 'done') {
    return (
      <MoveDone inspectionId={inspection.id} from={state.from} to={state.to} plan={state.plan} />
    );
  }
  return (
    <>
      <ErrorSummary errors={errors} />
      <p class="govuk-body">
        This inspection uses{' '}
        <a class="govuk-link" href={frameworkHref(current.key)}>
          {current.title}, version {current.version}
        </a>
        . Moving it to a newer version keeps every answer: answers to questions the new version
        still asks are kept or mapped to their new names; the others are no longer asked, and stay
        in each case’s history. Nothing changes until you confirm.
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
            Map the changes to version {state.to.version}
          </h2>
          <MappingStep
            from={current.framework}
            to={state.to.framework}
            mapping={state.mapping}
            onChange={move.setMapping}
          />
          <div class="govuk-button-group">
            <button type="submit" class="govuk-button" aria-disabled={move.busy}>
              Preview the move
            </button>
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={move.restart}
            >
              Choose another version
            </button>
          </div>
        </form>
      )}
      {state.step === 'preview' && (
        <>
          <h2 class="govuk-heading-l" id="move-step" tabIndex={-1}>
            Check the move to version {state.to.version}
          </h2>
          <MovePreview plan={state.plan} from={current.framework} to={state.to.framework} />
          <div class="govuk-button-group">
            <button
              type="button"
              class="govuk-button"
              aria-disabled={move.busy}
              onClick={() => void move.confirm()}
            >
              Move the inspection to version {state.to.version}
            </button>
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={move.backToMapping}
            >
              Change the mapping
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
        There is no newer version of this framework on this device. Publish one from the{' '}
        <a class="govuk-link" href="/frameworks">
          framework library
        </a>{' '}
        (open the framework and choose Edit), or import one.
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
        legend={<span id="move-step">Which version should the inspection move to?</span>}
        legendClass="govuk-fieldset__legend--m"
        error={problem}
        value={chosen}
        items={targets.map((t) => ({
          value: t.key,
          label: `${t.title}, version ${t.version}`,
          hint: t.framework.basedOn ? `A copy of ${t.framework.basedOn.title}` : undefined,
        }))}
        onChange={setChosen}
      />
      <button type="submit" class="govuk-button">
        Continue
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
      heading={`The inspection now uses ${to.title}, version ${to.version}`}
      focus
    >
      <p class="govuk-body">
        It was moved from version {from.version}: {plural(plan.counts.kept, 'answer')} kept,{' '}
        {plural(plan.counts.mapped, 'answer')} mapped, {plural(plan.counts.noLongerAsked, 'answer')}{' '}
        no longer asked (still in each case’s history). Each case’s history records the move.{' '}
        <a class="govuk-notification-banner__link" href={inspectionHref(inspectionId, '/findings')}>
          See the findings
        </a>{' '}
        or{' '}
        <a class="govuk-notification-banner__link" href={inspectionHref(inspectionId)}>
          go to the cases
        </a>
        .
      </p>
    </NotificationBanner>
  );
}
