/**
 * The recommendation form's state and its save: the dates and who is recording it read first,
 * then the store's checks (a form that fails is refused whole, nothing stored, each problem at
 * its field), and "Saved" said only once the write has committed. A new recommendation gets its
 * id on its first save and its page's address then.
 */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Inspection, RegisterRecommendation } from '../../../core';
import { saveRecommendation } from '../../../db/register/registerStore';
import { t } from '../../i18n/translate';
import { setRegisterFlash } from '../common/flash';
import { recommendationHref } from '../common/registerLinks';
import { useRecordedBy } from '../common/useRecordedBy';
import {
  type FieldProblem,
  fieldsOf,
  problemOfError,
  type RecommendationFields,
  recommendationOf,
} from './recommendationForm';

export const newId = () => crypto.randomUUID();

export function useRecommendationForm(
  inspection: Inspection,
  stored: RegisterRecommendation | null,
  onErrors: (has: boolean) => void,
) {
  const { route } = useLocation();
  const [fields, setFieldsNow] = useState<RecommendationFields>(() => fieldsOf(stored));
  const [problems, setProblemsNow] = useState<readonly FieldProblem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [by, setBy] = useRecordedBy(inspection);
  const current = { ...fields, by };

  const setProblems = (next: readonly FieldProblem[]) => {
    setProblemsNow(next);
    onErrors(next.length > 0);
  };
  const setFields = (next: RecommendationFields) => {
    setSaved(null);
    setFieldsNow(next);
    if (next.by !== by) setBy(next.by);
  };

  async function save() {
    const id = stored?.id ?? newId();
    const { recommendation, problems: typed } = recommendationOf(current, stored, id);
    if (typed.length > 0) return setProblems(typed);
    setBusy(true);
    const outcome = await saveRecommendation(inspection.id, recommendation, by.trim());
    setBusy(false);
    if (outcome.status === 'invalid') return setProblems(outcome.errors.map(problemOfError));
    if (outcome.status !== 'saved') {
      const message =
        outcome.status === 'missing'
          ? outcome.message
          : t('register', 'Not saved: this device’s storage did not answer. Try again.');
      return setProblems([{ field: 'save', message }]);
    }
    setProblems([]);
    if (stored === null) {
      setRegisterFlash(t('register', 'Saved'));
      route(recommendationHref(inspection.id, id));
    } else setSaved(t('register', 'Saved'));
  }

  return { fields: current, setFields, problems, saved, busy, save };
}
