/**
 * The state of choosing cases for a second reading: how they are chosen, the draw's settings,
 * the chosen cases with their second readers, the problems, and assigning them.
 */
import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  assignSecondReaders,
  drawModerationCases,
  type Inspection,
  leadActionBy,
  type ModerationSelection,
  nextReader,
} from '../../../core';
import type { CaseRecord } from '../../../db/database';
import { assignSecondReadings } from '../../../db/moderation/moderationAssignment';
import { randomSeed } from '../../components/randomSeed';
import { currentTranslator, t } from '../../i18n/translate';
import { setModerationFlash } from '../ModerationCommon/flash';
import { moderationPath } from '../ModerationCommon/moderationLinks';
import { useScorer } from '../ModerationCommon/useScorer';
import {
  assignFailure,
  type ChoiceError,
  candidateOf,
  type Method,
  missingReaders,
  type SizeKind,
  sizeOf,
} from './choiceHelpers';

/** The random draw's settings, as typed. */
export function useDrawSettings() {
  const [sizeKind, setSizeKind] = useState<SizeKind>('percent');
  const [amount, setAmount] = useState('20');
  const [seed, setSeed] = useState(randomSeed);
  const [perInspector, setPerInspector] = useState(true);
  return { sizeKind, setSizeKind, amount, setAmount, seed, setSeed, perInspector, setPerInspector };
}
export type DrawSettings = ReturnType<typeof useDrawSettings>;
export type ModerationChoice = ReturnType<typeof useModerationChoice>;

export function useModerationChoice(
  inspection: Inspection,
  candidates: readonly CaseRecord[],
  onErrors: (has: boolean) => void,
) {
  const { scorer } = useScorer(inspection.id);
  const settings = useDrawSettings();
  const [method, setMethod] = useState<Method>('random');
  /** Chosen cases → second reader id ('' for none yet), in order of choosing. */
  const [chosen, setChosen] = useState<Map<string, string>>(new Map());
  const [selection, setSelection] = useState<ModerationSelection | null>(null);
  const [errors, setErrors] = useState<ChoiceError[]>([]);
  const readers = useMemo(() => inspection.team.map((m) => m.id), [inspection.team]);
  const byId = useMemo(() => new Map(candidates.map((c) => [c.id, c])), [candidates]);
  const by = leadActionBy(inspection.team, scorer);

  const show = (list: ChoiceError[]) => {
    setErrors(list);
    onErrors(list.length > 0);
  };
  const shareOut = (caseIds: readonly string[]) => {
    const assigned = assignSecondReaders(
      caseIds.map((id) => candidateOf(byId.get(id)!)),
      readers,
    );
    return new Map(caseIds.map((id) => [id, assigned.get(id) ?? '']));
  };
  const choose = (next: Map<string, string>, chosenBy: ModerationSelection | null) => {
    setChosen(next);
    setSelection(chosenBy);
  };

  const draw = (event: Event) => {
    event.preventDefault();
    const result = drawModerationCases(
      {
        candidates: candidates.map(candidateOf),
        size: sizeOf(settings.sizeKind, settings.amount),
        atLeastOnePerInspector: settings.perInspector,
        seed: settings.seed,
      },
      currentTranslator(),
    );
    if (result.status === 'invalid') {
      show(
        result.errors.map((e) => {
          const field = e.path === 'seed' ? 'seed' : 'amount';
          return { field, href: `#${field}`, text: e.message };
        }),
      );
      return;
    }
    show([]);
    const { seed, description } = result.value;
    const at = new Date().toISOString();
    choose(shareOut(result.value.chosen.map((c) => c.caseId)), {
      method: 'random',
      seed,
      description,
      at,
      by,
    });
  };

  const toggle = (caseId: string, on: boolean) => {
    const next = new Map(chosen);
    if (on) next.set(caseId, nextReader(next, readers, byId.get(caseId)!.inspectorId));
    else next.delete(caseId);
    const hand = { method: 'hand', seed: null, description: null } as const;
    choose(next, next.size > 0 ? { ...hand, at: new Date().toISOString(), by } : null);
  };

  const chooseMethod = (value: string) => {
    setMethod(value as Method);
    choose(new Map(), null);
    show([]);
  };

  const errorOf = (field: string) => errors.find((e) => e.field === field)?.text;
  return {
    ...{ settings, method, chosen, setChosen, selection, errors, errorOf, byId, show, shareOut },
    scorer,
    ...{ draw, toggle, chooseMethod },
  };
}

/** Assigning the chosen cases' second readings, all or none, then back to moderation. */
export function useAssign(inspection: Inspection, choice: ModerationChoice) {
  const { route } = useLocation();
  const [saving, setSaving] = useState(false);
  const assign = async (event: Event) => {
    event.preventDefault();
    const { chosen, selection, byId, show, scorer } = choice;
    if (!selection || chosen.size === 0) return;
    const missing = missingReaders(chosen, byId);
    if (missing.length > 0) {
      show(missing);
      return;
    }
    setSaving(true);
    const outcome = await assignSecondReadings({
      inspectionId: inspection.id,
      assignments: [...chosen].map(([caseId, secondReaderId]) => ({ caseId, secondReaderId })),
      selection: { ...selection, at: new Date().toISOString() },
      by: scorer ?? selection.by,
    });
    setSaving(false);
    if (outcome.status === 'done') {
      setModerationFlash(
        t(
          'moderation.choose',
          '{count, plural, one {# case} other {# cases}} chosen for a second reading',
          { count: outcome.added },
        ),
      );
      route(moderationPath(inspection.id));
      return;
    }
    show([{ field: 'assign', text: assignFailure(outcome) }]);
  };
  return { saving, assign };
}
