/**
 * The lead's final answer to one disagreement: keep the first reading's answer, take the
 * second's, or record another; always with a rationale. Saved through the moderation store,
 * which writes the final answer into the case (via the case store) in one transaction with the
 * decision.
 */

import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  type AnswerValue,
  type ModerationDecision as Decision,
  describeAnswer,
  type Framework,
  type Inspection,
} from '../../../core';
import { decideDisagreement } from '../../../db/moderation/moderationDecisions';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { Loading } from '../../components/Loading';
import { ChoiceControl } from '../../scoring/StandardPage/AnswerControls';
import { setModerationFlash } from '../ModerationCommon/flash';
import { comparisonPath } from '../ModerationCommon/moderationLinks';
import { useScorer } from '../ModerationCommon/useScorer';
import { ReadingsSideBySide } from './ReadingsSideBySide';
import { useComparison } from './useComparison';
import '../ModerationCommon/moderation.css';
import '../../scoring/StandardPage/StandardPage.css';

type Props = { inspectionId: string; caseId: string; itemId: string };

export default function ModerationDecision({ inspectionId, caseId, itemId }: Props) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading="Decide the final answer"
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
          <p class="govuk-body">The framework of this inspection is not on this device.</p>
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
  const { route } = useLocation();
  const { live, index, value, differences, name } = useComparison(inspection, framework, caseId);
  const { scorer, device } = useScorer(inspection.id);
  const existing = value?.record.data.decisions[itemId];
  const [choice, setChoice] = useState<Decision['choice'] | ''>(existing?.choice ?? '');
  const [other, setOther] = useState<AnswerValue>(
    existing?.choice === 'other' ? existing.value : null,
  );
  const [rationale, setRationale] = useState(existing?.rationale ?? '');
  const [errors, setErrors] = useState<(SummaryError & { field: string })[]>([]);
  const [saving, setSaving] = useState(false);
  const back = comparisonPath(inspection.id, caseId);

  if (live.status === 'loading') return <Loading what="Loading the two readings" />;
  const difference = differences.find((d) => d.itemId === itemId);
  const entry = index.itemById.get(itemId);
  if (!value || !difference || !entry) {
    return (
      <>
        <p class="govuk-body">
          There is nothing to decide here: the second reading is not finished, or the two readings
          agree on this question.
        </p>
        <p class="govuk-body">
          <a class="govuk-link" href={back}>
            Back to the comparison
          </a>
        </p>
      </>
    );
  }
  const { data } = value.record;
  const firstReader = name(data.firstReaderId ?? value.caseRecord?.inspectorId ?? null);
  const secondReader = name(data.secondReaderId);
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.text;
  const show = (list: (SummaryError & { field: string })[]) => {
    setErrors(list);
    onErrors(list.length > 0);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: (SummaryError & { field: string })[] = [];
    if (choice === '') {
      found.push({ field: 'choice', href: '#choice', text: 'Choose which answer is final' });
    }
    if (choice === 'other' && other === null) {
      found.push({ field: 'value', href: `#${itemId}-option-0`, text: 'Choose the final answer' });
    }
    if (rationale.trim() === '') {
      found.push({
        field: 'rationale',
        href: '#rationale',
        text: 'Enter the rationale for this decision',
      });
    }
    if (found.length > 0 || choice === '') {
      show(found);
      return;
    }
    setSaving(true);
    const outcome = await decideDisagreement({
      inspectionId: inspection.id,
      caseId,
      itemId,
      choice,
      ...(choice === 'other' ? { value: other } : {}),
      rationale,
      by: scorer ?? inspection.team.find((m) => m.role === 'lead')?.id ?? 'lead',
      device: device ?? 'unknown',
    });
    setSaving(false);
    if (outcome.status === 'done') {
      setModerationFlash(
        outcome.caseModerated
          ? `Decision saved. Every disagreement is decided: case ${data.caseRef} is moderated.`
          : 'Decision saved',
      );
      route(back);
      return;
    }
    if (outcome.status === 'invalid') {
      show(
        outcome.errors.map((e) => ({
          field: e.path,
          href: e.path === 'rationale' ? '#rationale' : `#${itemId}-option-0`,
          text: e.message,
        })),
      );
      return;
    }
    show([
      {
        field: 'form',
        text:
          outcome.status === 'failed'
            ? `Nothing was saved: the browser’s storage refused the change (${outcome.detail}).`
            : outcome.message,
      },
    ]);
  };

  const firstText = describeAnswer(index, itemId, difference.first);
  const secondText = describeAnswer(index, itemId, difference.second);
  const radio = (id: string, value: Decision['choice'], label: string) => (
    <div class="govuk-radios__item">
      <input
        class="govuk-radios__input"
        id={id}
        name="choice"
        type="radio"
        value={value}
        checked={choice === value}
        aria-controls={value === 'other' ? 'other-answer' : undefined}
        onChange={() => setChoice(value)}
      />
      <label class="govuk-label govuk-radios__label" for={id}>
        {label}
      </label>
    </div>
  );

  return (
    <>
      <ErrorSummary errors={errors.map(({ href, text }) => (href ? { href, text } : { text }))} />
      <span class="govuk-caption-m">
        Case {data.caseRef}
        {entry.type === 'question' ? ` · ${entry.standard.title}` : ''}
      </span>
      <h2 class="govuk-heading-m">{entry.item.text}</h2>
      <ReadingsSideBySide
        itemId={itemId}
        index={index}
        first={value.first}
        second={value.second}
        firstReader={firstReader}
        secondReader={secondReader}
        caption="The two readings"
      />
      <form onSubmit={submit} noValidate>
        <div class={`govuk-form-group${errorOf('choice') ? ' govuk-form-group--error' : ''}`}>
          <fieldset
            class="govuk-fieldset"
            aria-describedby={errorOf('choice') ? 'choice-error' : undefined}
          >
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
              Which answer is final?
            </legend>
            {errorOf('choice') && (
              <p class="govuk-error-message" id="choice-error">
                <span class="govuk-visually-hidden">Error:</span> {errorOf('choice')}
              </p>
            )}
            <div class="govuk-radios" data-module="govuk-radios">
              {radio('choice', 'first', `Keep the first reading’s answer: ${firstText}`)}
              {radio('choice-second', 'second', `Take the second reading’s answer: ${secondText}`)}
              {radio('choice-other', 'other', 'Another answer')}
              <div
                class={`govuk-radios__conditional${choice === 'other' ? '' : ' govuk-radios__conditional--hidden'}`}
                id="other-answer"
              >
                {choice === 'other' && (
                  <div
                    class={`govuk-form-group${errorOf('value') ? ' govuk-form-group--error' : ''}`}
                  >
                    <fieldset class="govuk-fieldset" aria-describedby="value-hint">
                      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                        The final answer
                      </legend>
                      <div class="govuk-hint" id="value-hint">
                        Neither reading’s answer is right
                      </div>
                      {errorOf('value') && (
                        <p class="govuk-error-message">
                          <span class="govuk-visually-hidden">Error:</span> {errorOf('value')}
                        </p>
                      )}
                      <ChoiceControl
                        entry={entry}
                        index={index}
                        value={other}
                        disabled={false}
                        describedBy="value-hint"
                        onChoose={(v) => setOther(v)}
                        onType={(v) => setOther(v)}
                        onLeave={() => undefined}
                        onProblem={() => undefined}
                      />
                    </fieldset>
                  </div>
                )}
              </div>
            </div>
          </fieldset>
        </div>
        <div class={`govuk-form-group${errorOf('rationale') ? ' govuk-form-group--error' : ''}`}>
          <label class="govuk-label govuk-label--s" for="rationale">
            Rationale
          </label>
          <div class="govuk-hint" id="rationale-hint">
            Why this answer is the right one: what in the case file decides it. It is kept with the
            decision and shown beside it.
          </div>
          {errorOf('rationale') && (
            <p class="govuk-error-message" id="rationale-error">
              <span class="govuk-visually-hidden">Error:</span> {errorOf('rationale')}
            </p>
          )}
          <textarea
            class={`govuk-textarea${errorOf('rationale') ? ' govuk-textarea--error' : ''}`}
            id="rationale"
            name="rationale"
            rows={4}
            value={rationale}
            aria-describedby={`rationale-hint${errorOf('rationale') ? ' rationale-error' : ''}`}
            onInput={(e) => setRationale(e.currentTarget.value)}
          />
        </div>
        {errorOf('form') && (
          <p class="govuk-body" role="alert">
            {errorOf('form')}
          </p>
        )}
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" disabled={saving}>
            Save decision
          </button>
          <a class="govuk-link" href={back}>
            Cancel
          </a>
        </div>
      </form>
    </>
  );
}
