/**
 * The state of the lead's decision on one disagreement: which answer is final, another answer
 * if neither reading's is right, the rationale, their problems, and saving the decision.
 */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  type AnswerValue,
  type ModerationDecision as Decision,
  type Inspection,
  leadActionBy,
} from '../../../core';
import { decideDisagreement } from '../../../db/moderation/moderationDecisions';
import type { SummaryError } from '../../components/ErrorSummary';
import { t } from '../../i18n/translate';
import { setModerationFlash } from '../ModerationCommon/flash';
import { comparisonPath } from '../ModerationCommon/moderationLinks';
import { useScorer } from '../ModerationCommon/useScorer';

export type DecisionError = SummaryError & { field: string };
export type Choice = Decision['choice'] | '';

function decisionProblems(
  choice: Choice,
  other: AnswerValue,
  rationale: string,
  itemId: string,
): DecisionError[] {
  const found: DecisionError[] = [];
  if (choice === '') {
    found.push({
      field: 'choice',
      href: '#choice',
      text: t('moderation.case', 'Choose which answer is final'),
    });
  }
  if (choice === 'other' && other === null) {
    found.push({
      field: 'value',
      href: `#${itemId}-option-0`,
      text: t('moderation.case', 'Choose the final answer'),
    });
  }
  if (rationale.trim() === '') {
    found.push({
      field: 'rationale',
      href: '#rationale',
      text: t('moderation.case', 'Enter the rationale for this decision'),
    });
  }
  return found;
}

export function useDecision(
  inspection: Inspection,
  ids: { caseId: string; itemId: string },
  existing: Decision | undefined,
  onErrors: (has: boolean) => void,
) {
  const { caseId, itemId } = ids;
  const { route } = useLocation();
  const { scorer, device } = useScorer(inspection.id);
  const [choice, setChoice] = useState<Choice>(existing?.choice ?? '');
  const [other, setOther] = useState<AnswerValue>(
    existing?.choice === 'other' ? existing.value : null,
  );
  const [rationale, setRationale] = useState(existing?.rationale ?? '');
  const [errors, setErrors] = useState<DecisionError[]>([]);
  const [saving, setSaving] = useState(false);
  const back = comparisonPath(inspection.id, caseId);
  const show = (list: DecisionError[]) => {
    setErrors(list);
    onErrors(list.length > 0);
  };

  /** Saves the decision on case `caseRef`, then back to the comparison with a message. */
  const submit = async (caseRef: string) => {
    const found = decisionProblems(choice, other, rationale, itemId);
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
      by: leadActionBy(inspection.team, scorer),
      device: device ?? 'unknown',
    });
    setSaving(false);
    if (outcome.status === 'done') {
      setModerationFlash(
        outcome.caseModerated
          ? t(
              'moderation.case',
              'Decision saved. Every disagreement is decided: case {ref} is moderated.',
              { ref: caseRef },
            )
          : t('moderation.case', 'Decision saved'),
      );
      route(back);
    } else if (outcome.status === 'invalid') {
      show(
        outcome.errors.map((e) => ({
          field: e.path,
          href: e.path === 'rationale' ? '#rationale' : `#${itemId}-option-0`,
          text: e.message,
        })),
      );
    } else {
      const text =
        outcome.status === 'failed'
          ? t(
              'moderation.case',
              'Nothing was saved: the browser’s storage refused the change ({detail}).',
              { detail: outcome.detail },
            )
          : outcome.message;
      show([{ field: 'form', text }]);
    }
  };

  return {
    ...{ choice, setChoice, other, setOther, rationale, setRationale, errors, saving, back },
    errorOf: (field: string) => errors.find((e) => e.field === field)?.text,
    submit,
  };
}
