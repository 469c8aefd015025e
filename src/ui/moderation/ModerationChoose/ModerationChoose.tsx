/**
 * Choosing cases for a second reading (the lead): a number or a percentage of the complete
 * cases drawn at random with a seed (shown, editable, reproducible), optionally at least one
 * case of each inspector; or cases ticked by hand. Each chosen case gets a second reader who is
 * not its inspector, shared out in turn automatically and changeable case by case.
 */

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { type Inspection, memberName, moderationCandidates } from '../../../core';
import type { CaseRecord } from '../../../db/database';
import { listCases } from '../../../db/inspections/caseListStore';
import { listModeration } from '../../../db/moderation/moderationStore';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadiosField } from '../../components/InspectionFrame/formFields';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { useLive } from '../../hooks/useLive';
import { t, tx } from '../../i18n/translate';
import { moderationPath } from '../ModerationCommon/moderationLinks';
import { orderedChosen } from './choiceHelpers';
import { HandChoice } from './HandChoice';
import { RandomDraw } from './RandomDraw';
import { SecondReaders } from './SecondReaders';
import { useAssign, useModerationChoice } from './useModerationChoice';
import '../ModerationCommon/moderation.css';

export default function ModerationChoose({ inspectionId }: { inspectionId: string }) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={t('moderation.choose', 'Choose cases for a second reading')}
      hasErrors={hasErrors}
    >
      {({ inspection }) => <Choose inspection={inspection} onErrors={setHasErrors} />}
    </InspectionFrame>
  );
}

function Choose({
  inspection,
  onErrors,
}: {
  inspection: Inspection;
  onErrors: (has: boolean) => void;
}) {
  const data = useLive(
    () => Promise.all([listCases(inspection.id), listModeration(inspection.id)]),
    [inspection.id],
  );
  if (data.status === 'loading')
    return <Loading what={t('moderation.choose', 'Loading the cases')} />;
  if (data.status === 'failed') {
    return (
      <p class="govuk-body">
        {t('moderation.choose', 'The cases could not be read. Reload the page to try again.')}
      </p>
    );
  }
  const [cases, records] = data.value;
  const candidates = moderationCandidates(cases, records);
  if (inspection.team.length < 2) {
    return (
      <p class="govuk-body">
        {tx(
          'moderation.choose',
          'A second reader must be a team member other than the case’s inspector, so moderation needs a team of at least two. <link>Add the team</link> first.',
          {
            link: (chunks: ComponentChildren) => (
              <a class="govuk-link" href={inspectionHref(inspection.id, '/team')}>
                {chunks}
              </a>
            ),
          },
        )}
      </p>
    );
  }
  if (candidates.length === 0) {
    return (
      <>
        <p class="govuk-body">
          {records.length > 0
            ? t(
                'moderation.choose',
                'Every complete case has already been chosen for a second reading.',
              )
            : t(
                'moderation.choose',
                'No case is marked complete yet. Cases can be read a second time once their inspector has marked them complete.',
              )}
        </p>
        <p class="govuk-body">
          <a class="govuk-link" href={moderationPath(inspection.id)}>
            {t('moderation.choose', 'Back to moderation')}
          </a>
        </p>
      </>
    );
  }
  return <ChooseForm inspection={inspection} candidates={candidates} onErrors={onErrors} />;
}

function ChooseForm({
  inspection,
  candidates,
  onErrors,
}: {
  inspection: Inspection;
  candidates: readonly CaseRecord[];
  onErrors: (has: boolean) => void;
}) {
  const choice = useModerationChoice(inspection, candidates, onErrors);
  const { saving, assign } = useAssign(inspection, choice);
  const { method, chosen, selection, errors, errorOf } = choice;
  const name = (id: string | null) =>
    id === null ? t('moderation.choose', 'Not assigned') : memberName(inspection.team, id);
  const ordered = orderedChosen(chosen, choice.byId);
  return (
    <>
      <ErrorSummary errors={errors.map(({ href, text }) => (href ? { href, text } : { text }))} />
      <p class="govuk-body">
        {t(
          'moderation.choose',
          '{count, plural, one {# complete case} other {# complete cases}} can be chosen. Each is read again by another inspector, who will not see the first reading.',
          { count: candidates.length },
        )}
      </p>
      <form onSubmit={choice.draw} noValidate>
        <RadiosField
          id="method"
          legend={t('moderation.choose', 'How do you want to choose the cases?')}
          value={method}
          onChange={choice.chooseMethod}
          items={[
            {
              value: 'random',
              label: t('moderation.choose', 'At random'),
              hint: t(
                'moderation.choose',
                'Drawn with a seed, so the same cases can be drawn again',
              ),
            },
            {
              value: 'hand',
              label: t('moderation.choose', 'By hand'),
              hint: t('moderation.choose', 'Tick the cases to read again'),
            },
          ]}
        />
        {method === 'random' && (
          <RandomDraw settings={choice.settings} candidates={candidates.length} errorOf={errorOf} />
        )}
      </form>
      {method === 'hand' && (
        <HandChoice candidates={candidates} chosen={chosen} name={name} onToggle={choice.toggle} />
      )}

      {ordered.length > 0 && selection && (
        <SecondReaders
          inspection={inspection}
          cases={ordered}
          selection={selection}
          chosen={chosen}
          saving={saving}
          name={name}
          errorOf={errorOf}
          onReader={(caseId, reader) => {
            const next = new Map(chosen);
            next.set(caseId, reader);
            choice.setChosen(next);
          }}
          onShareOut={() => choice.setChosen(choice.shareOut([...chosen.keys()]))}
          onAssign={assign}
        />
      )}
      <p class="govuk-body">
        <a class="govuk-link" href={moderationPath(inspection.id)}>
          {t('moderation.choose', 'Cancel and go back to moderation')}
        </a>
      </p>
    </>
  );
}
