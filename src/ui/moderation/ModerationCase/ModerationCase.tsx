/**
 * The two readings of a case compared (the lead): shown only once the second reading is
 * finished. Every disagreement side by side — question, each reading's answer and evidence note
 * and who gave it — with the lead's decision or a link to make it. A case whose readings agree
 * on everything is confirmed as moderated with one button.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import {
  compareReadings,
  type Framework,
  type Inspection,
  leadActionBy,
  readingValues,
} from '../../../core';
import { confirmReadingsAgree } from '../../../db/moderation/moderationDecisions';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { t, tx } from '../../i18n/translate';
import { takeModerationFlash } from '../ModerationCommon/flash';
import { moderationPath } from '../ModerationCommon/moderationLinks';
import { useScorer } from '../ModerationCommon/useScorer';
import { ComparisonSummary, Disagreement } from './ComparisonParts';
import { useComparison } from './useComparison';
import '../ModerationCommon/moderation.css';

type Props = { inspectionId: string; caseId: string };

export default function ModerationCase({ inspectionId, caseId }: Props) {
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={t('moderation.case', 'Two readings compared')}
    >
      {({ inspection, framework }) =>
        framework ? (
          <Comparison inspection={inspection} framework={framework.framework} caseId={caseId} />
        ) : (
          <p class="govuk-body">
            {t(
              'moderation.case',
              'The framework of this inspection is not on this device, so the readings cannot be compared.',
            )}
          </p>
        )
      }
    </InspectionFrame>
  );
}

function Comparison({
  inspection,
  framework,
  caseId,
}: {
  inspection: Inspection;
  framework: Framework;
  caseId: string;
}) {
  const [flash] = useState(takeModerationFlash);
  const { live, index, value, differences, name } = useComparison(inspection, framework, caseId);
  const { scorer, device } = useScorer(inspection.id);
  const [problem, setProblem] = useState<string | null>(null);
  const back = (
    <p class="govuk-body">
      <a class="govuk-link" href={moderationPath(inspection.id)}>
        {t('moderation.case', 'Back to moderation')}
      </a>
    </p>
  );
  if (live.status === 'loading') {
    return <Loading what={t('moderation.case', 'Loading the two readings')} />;
  }
  if (live.status === 'failed') {
    return (
      <p class="govuk-body">
        {t('moderation.case', 'The readings could not be read. Reload the page to try again.')}
      </p>
    );
  }
  if (live.value.status !== 'ready' || !value) {
    return (
      <>
        <NotCompared status={live.value.status} />
        {back}
      </>
    );
  }
  const { record, first, second } = value;
  const { data } = record;
  const firstReader = name(data.firstReaderId ?? value.caseRecord?.inspectorId ?? null);
  const secondReader = name(data.secondReaderId);
  const mine = compareReadings(framework, [
    {
      caseId,
      first: readingValues(first),
      second: readingValues(second),
      place: value.caseRecord ?? undefined,
    },
  ]).overall;
  const undecided = differences.filter((d) => !(d.itemId in data.decisions));
  const lead = leadActionBy(inspection.team, scorer);

  const confirm = async () => {
    const outcome = await confirmReadingsAgree({
      inspectionId: inspection.id,
      caseId,
      by: lead,
      device: device ?? 'unknown',
    });
    setProblem(
      outcome.status === 'done'
        ? null
        : outcome.status === 'failed'
          ? t('moderation.case', 'Nothing was saved ({detail}). Try again.', {
              detail: outcome.detail,
            })
          : outcome.message,
    );
  };

  return (
    <>
      {flash && <NotificationBanner type="success" heading={flash} />}
      <h2 class="govuk-heading-m">{t('moderation.case', 'Case {ref}', { ref: data.caseRef })}</h2>
      <ComparisonSummary
        record={record}
        firstReader={firstReader}
        secondReader={secondReader}
        mine={mine}
        differences={differences.length}
        undecided={undecided.length}
      />
      <p class="govuk-body-s">
        {t(
          'moderation.case',
          'Compared: judgement, rating, choice and multiple-choice questions that applied in both readings and were answered in both. N/A and “not known” are answers like any other, so N/A against Yes is a disagreement. Numbers, dates and text are not compared.',
        )}
      </p>
      {problem && (
        <p class="govuk-body" role="alert">
          {problem}
        </p>
      )}

      {differences.length === 0 ? (
        <Agreed toConfirm={data.status === 'read'} onConfirm={() => void confirm()} />
      ) : (
        <>
          <h2 class="govuk-heading-m">{t('moderation.case', 'Disagreements')}</h2>
          {undecided.length === 0 && (
            <div class="govuk-inset-text">
              {t(
                'moderation.case',
                'Every disagreement is decided: the final answers are in the case, and the case is moderated.',
              )}
            </div>
          )}
          {differences.map((d, i) => (
            <Disagreement
              key={d.itemId}
              d={d}
              i={i}
              index={index}
              decision={data.decisions[d.itemId]}
              readings={{ first, second, firstReader, secondReader }}
              name={name}
              inspectionId={inspection.id}
              caseId={caseId}
            />
          ))}
        </>
      )}
      {back}
    </>
  );
}

/** The two readings agree: the case is moderated, or the lead confirms it. */
function Agreed({ toConfirm, onConfirm }: { toConfirm: boolean; onConfirm: () => void }) {
  return (
    <>
      <p class="govuk-body">
        {t('moderation.case', 'The two readings agree on every compared answer.')}
      </p>
      {toConfirm ? (
        <button type="button" class="govuk-button" onClick={onConfirm}>
          {t('moderation.case', 'Mark the case as moderated')}
        </button>
      ) : (
        <p class="govuk-body">{t('moderation.case', 'The case is moderated.')}</p>
      )}
    </>
  );
}

/** Why the readings are not compared here: no second reading, held elsewhere, or not finished. */
function NotCompared({ status }: { status: 'missing' | 'elsewhere' | 'blind' | 'ready' }) {
  if (status === 'missing') {
    return (
      <p class="govuk-body">
        {t('moderation.case', 'This case has no second reading on this device.')}
      </p>
    );
  }
  if (status === 'elsewhere') {
    return (
      <p class="govuk-body" data-testid="compared-elsewhere">
        {tx(
          'moderation.case',
          'This device holds the second reading only. The two readings are compared, and any disagreement decided, on the lead inspector’s device, once this second reading has reached it: in <em>Team work</em>, <em>Export my work</em>, and send the file to the lead.',
          { em: (chunks: ComponentChildren) => <em>{chunks}</em> },
        )}
      </p>
    );
  }
  return (
    <p class="govuk-body">
      {t(
        'moderation.case',
        'The second reading of this case is not finished. The two readings are compared once the second reader has said they have finished, so that nothing of the first reading can be seen before then.',
      )}
    </p>
  );
}
