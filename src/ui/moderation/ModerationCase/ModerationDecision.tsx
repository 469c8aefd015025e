/**
 * The lead's final answer to one disagreement: keep the first reading's answer, take the
 * second's, or record another; always with a rationale. Saved through the moderation store,
 * which writes the final answer into the case (via the case store) in one transaction with the
 * decision.
 */

import { useState } from 'preact/hooks';
import { describeAnswer, type Framework, type Inspection } from '../../../core';
import { ErrorSummary } from '../../components/ErrorSummary';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { Loading } from '../../components/Loading';
import { t } from '../../i18n/translate';
import { DecisionRationale, FinalAnswerChoice } from './DecisionFields';
import { ReadingsSideBySide } from './ReadingsSideBySide';
import { useComparison } from './useComparison';
import { useDecision } from './useDecision';
import '../ModerationCommon/moderation.css';
import '../../scoring/StandardPage/StandardPage.css';

type Props = { inspectionId: string; caseId: string; itemId: string };

export default function ModerationDecision({ inspectionId, caseId, itemId }: Props) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={t('moderation.case', 'Decide the final answer')}
      hasErrors={hasErrors}
    >
      {({ inspection, framework }) =>
        framework ? (
          <DecisionForm
            inspection={inspection}
            framework={framework.framework}
            caseId={caseId}
            itemId={itemId}
            onErrors={setHasErrors}
          />
        ) : (
          <p class="govuk-body">
            {t('moderation.case', 'The framework of this inspection is not on this device.')}
          </p>
        )
      }
    </InspectionFrame>
  );
}

function DecisionForm({
  inspection,
  framework,
  caseId,
  itemId,
  onErrors,
}: {
  inspection: Inspection;
  framework: Framework;
  caseId: string;
  itemId: string;
  onErrors: (has: boolean) => void;
}) {
  const { live, index, value, differences, name } = useComparison(inspection, framework, caseId);
  const existing = value?.record.data.decisions[itemId];
  const form = useDecision(inspection, { caseId, itemId }, existing, onErrors);
  const { back, errors, errorOf } = form;

  if (live.status === 'loading') {
    return <Loading what={t('moderation.case', 'Loading the two readings')} />;
  }
  const difference = differences.find((d) => d.itemId === itemId);
  const entry = index.itemById.get(itemId);
  if (!value || !difference || !entry) {
    return (
      <>
        <p class="govuk-body">
          {t(
            'moderation.case',
            'There is nothing to decide here: the second reading is not finished, or the two readings agree on this question.',
          )}
        </p>
        <p class="govuk-body">
          <a class="govuk-link" href={back}>
            {t('moderation.case', 'Back to the comparison')}
          </a>
        </p>
      </>
    );
  }
  const { data } = value.record;

  return (
    <>
      <ErrorSummary errors={errors.map(({ href, text }) => (href ? { href, text } : { text }))} />
      <span class="govuk-caption-m">
        {entry.type === 'question'
          ? t('moderation.case', 'Case {ref} · {standard}', {
              ref: data.caseRef,
              standard: entry.standard.title,
            })
          : t('moderation.case', 'Case {ref}', { ref: data.caseRef })}
      </span>
      <h2 class="govuk-heading-m">{entry.item.text}</h2>
      <ReadingsSideBySide
        itemId={itemId}
        index={index}
        first={value.first}
        second={value.second}
        firstReader={name(data.firstReaderId ?? value.caseRecord?.inspectorId ?? null)}
        secondReader={name(data.secondReaderId)}
        caption={t('moderation.case', 'The two readings')}
      />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit(data.caseRef);
        }}
        noValidate
      >
        <FinalAnswerChoice
          entry={entry}
          index={index}
          choice={form.choice}
          other={form.other}
          firstText={describeAnswer(index, itemId, difference.first)}
          secondText={describeAnswer(index, itemId, difference.second)}
          errorOf={errorOf}
          onChoice={form.setChoice}
          onOther={form.setOther}
        />
        <DecisionRationale
          value={form.rationale}
          error={errorOf('rationale')}
          onInput={form.setRationale}
        />
        {errorOf('form') && (
          <p class="govuk-body" role="alert">
            {errorOf('form')}
          </p>
        )}
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" disabled={form.saving}>
            {t('moderation.case', 'Save decision')}
          </button>
          <a class="govuk-link" href={back}>
            {t('moderation.case', 'Cancel')}
          </a>
        </div>
      </form>
    </>
  );
}
