import { useState } from 'preact/hooks';
import {
  type FrameworkMapping,
  type Inspection,
  leadActionBy,
  type MigrationPlan,
  mappingProblems,
  suggestMapping,
} from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { scorerFor } from '../../../db/device/identityStore';
import {
  moveInspectionFramework,
  previewFrameworkMove,
} from '../../../db/inspections/moveFramework';
import { focusWhenShown } from '../../components/moveFocus';
import { t } from '../../i18n/translate';

export type MoveStep =
  | { step: 'choose'; problem?: string }
  | { step: 'map'; to: FrameworkRecord; mapping: FrameworkMapping; problems: string[] }
  | { step: 'preview'; to: FrameworkRecord; mapping: FrameworkMapping; plan: MigrationPlan }
  | { step: 'done'; to: FrameworkRecord; plan: MigrationPlan; from: FrameworkRecord }
  | { step: 'refused'; message: string };

/** What went wrong reading the inspection, in words (nothing was changed). */
function refusedWords(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return t('setup', 'Nothing was changed: {detail}', { detail });
}

const focusStep = () => focusWhenShown(() => document.getElementById('move-step'));

/**
 * Moving an inspection to another version, step by step: choose the version, map renamed
 * questions and answer codes (pre-filled with the suggestion), preview what happens to every
 * answer, then confirm. Nothing is written before the confirmation.
 */
export function useFrameworkMove(inspection: Inspection, current: FrameworkRecord) {
  const [state, setState] = useState<MoveStep>({ step: 'choose' });
  const [busy, setBusy] = useState(false);
  const go = (next: MoveStep) => {
    setState(next);
    focusStep();
  };
  const choose = (to: FrameworkRecord | undefined) => {
    if (!to) {
      setState({ step: 'choose', problem: t('setup', 'Choose the version to move to') });
      return;
    }
    go({ step: 'map', to, mapping: suggestMapping(current.framework, to.framework), problems: [] });
  };
  const setMapping = (mapping: FrameworkMapping) => {
    if (state.step === 'map') setState({ ...state, mapping, problems: [] });
  };
  const preview = async () => {
    if (state.step !== 'map' || busy) return;
    const problems = mappingProblems(current.framework, state.to.framework, state.mapping);
    if (problems.length > 0) {
      setState({ ...state, problems });
      return;
    }
    setBusy(true);
    try {
      const plan = await previewFrameworkMove(inspection.id, state.to.key, state.mapping);
      go({ step: 'preview', to: state.to, mapping: state.mapping, plan });
    } catch (error) {
      go({ step: 'refused', message: refusedWords(error) });
    } finally {
      setBusy(false);
    }
  };
  const backToMapping = () => {
    if (state.step === 'preview') go({ ...state, step: 'map', problems: [] });
  };
  const confirm = async () => {
    if (state.step !== 'preview' || busy) return;
    setBusy(true);
    try {
      const by = leadActionBy(inspection.team, await scorerFor(inspection.id));
      const outcome = await moveInspectionFramework(inspection.id, state.to.key, state.mapping, by);
      go(
        outcome.status === 'moved'
          ? { step: 'done', to: state.to, plan: state.plan, from: current }
          : { step: 'refused', message: outcome.message },
      );
    } catch (error) {
      go({ step: 'refused', message: refusedWords(error) });
    } finally {
      setBusy(false);
    }
  };
  const restart = () => go({ step: 'choose' });
  return { state, busy, choose, setMapping, preview, backToMapping, confirm, restart };
}
