/** The state of the add-a-case form, and adding the case (one at a time, by hand). */
import { useMemo, useState } from 'preact/hooks';
import { type Inspection, leadActionBy, referencesThatLookLikeNames } from '../../../core';
import { deviceId } from '../../../db/device/identityStore';
import { addCases } from '../../../db/inspections/caseListStore';
import type { SummaryError } from '../../components/ErrorSummary';
import { addProblems, caseProblems, type Problem } from './caseProblems';

export type Placement = { areaId: string; stratumId: string; inspectorId: string };

export function useCaseAdd(inspection: Inspection, onErrorsChange: (has: boolean) => void) {
  const [ref, setRef] = useState('');
  const [placement, setPlacement] = useState<Placement>({
    areaId: inspection.areas.length === 1 ? inspection.areas[0]!.id : '',
    stratumId: '',
    inspectorId: '',
  });
  const [notAName, setNotAName] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const looksLikeName = referencesThatLookLikeNames('reference', [{ rowNumber: 1, ref }]) !== null;
  const show = (list: Problem[]) => {
    setProblems(list);
    onErrorsChange(list.length > 0);
  };
  const summary: SummaryError[] = useMemo(
    () => problems.map((p) => ({ href: `#${p.field}`, text: p.message })),
    [problems],
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    const trimmed = ref.trim();
    const { areaId, stratumId, inspectorId } = placement;
    const hasStrata = inspection.strata.length > 0;
    const list = caseProblems({
      ref: trimmed,
      looksLikeName,
      notAName,
      areaId,
      stratumId,
      hasStrata,
    });
    if (list.length > 0) {
      show(list);
      return;
    }
    setSaving(true);
    const lead = leadActionBy(inspection.team);
    const outcome = await addCases(
      inspection.id,
      [{ ref: trimmed, areaId, stratumId: stratumId || null, inspectorId: inspectorId || null }],
      { by: lead, device: await deviceId(), source: 'added by hand' },
    );
    setSaving(false);
    if (outcome.status !== 'saved') {
      show(addProblems(outcome, trimmed));
      return;
    }
    show([]);
    setAdded(trimmed);
    setRef('');
    setNotAName(false);
  };

  return {
    ...{ ref, setRef, placement, setPlacement, notAName, setNotAName, looksLikeName },
    ...{ added, saving, summary, submit },
    errorOf: (field: string) => problems.find((p) => p.field === field)?.message,
  };
}
