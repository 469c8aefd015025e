/**
 * The state of the case-list import screen: the step it is at, the preview of the first rows,
 * and what each step's buttons do. Parsing, checking and storing run in the worker.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  type CaseListContext,
  type CaseListPreview,
  columnTargetChoices,
  type Inspection,
} from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { populationSummary } from '../../../db/inspections/populationStore';
import { registerUnsavedWork } from '../../../editing/unsavedWork';
import { caseListWorker } from '../../../workers/caseListBridge';
import { useLive } from '../../hooks/useLive';
import { checkCaseList, type ImportDeps, readCaseList, storeCaseList } from './importActions';
import type { Step } from './importStep';
import { summaryOf } from './importSummary';
import { useFileSession } from './useFileSession';

function contextOf(inspection: Inspection, framework: FrameworkRecord): CaseListContext {
  return {
    framework: { profile: framework.framework.profile, scales: framework.framework.scales },
    areas: inspection.areas,
    strata: inspection.strata,
  };
}

/** The first rows as they will be imported, asked of the worker whenever the choices change. */
function usePreview(state: Step, context: CaseListContext) {
  const [preview, setPreview] = useState<CaseListPreview | null>(null);
  const mapping = state.step === 'map' ? state.mapping : null;
  const mapSession = state.step === 'map' ? state.file.session : null;
  useEffect(() => {
    if (!mapping || !mapSession) return;
    let current = true;
    void caseListWorker
      .call('preview', { session: mapSession, mapping, context })
      .then((result) => {
        if (current && !('status' in result)) setPreview(result);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [mapping, mapSession, context]);
  return [preview, setPreview] as const;
}

/** While a list is being stored, an app update waits for it rather than reloading over it. */
function useStoringGuard(isStoring: boolean) {
  const storing = useRef<Promise<unknown> | null>(null);
  useEffect(() => {
    if (!isStoring) return;
    return registerUnsavedWork({
      hasUnsaved: () => storing.current !== null,
      flush: async () => {
        await storing.current?.catch(() => undefined);
      },
    });
  }, [isStoring]);
  return storing;
}

export function useCaseListImport(
  inspection: Inspection,
  framework: FrameworkRecord,
  onErrorsChange: (hasErrors: boolean) => void,
) {
  const [state, setState] = useState<Step>({ step: 'choose' });
  const fileInput = useRef<HTMLInputElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const session = useFileSession();
  const context = useMemo(() => contextOf(inspection, framework), [inspection, framework]);
  const choices = useMemo(() => columnTargetChoices(framework.framework), [framework]);
  const population = useLive(() => populationSummary(inspection.id), [inspection.id]);
  const [preview, setPreview] = usePreview(state, context);
  const storing = useStoringGuard(state.step === 'storing');

  useEffect(() => {
    if (state.step === 'confirm' || state.step === 'done') stepHeading.current?.focus();
  }, [state.step]);

  const errors = useMemo(() => summaryOf(state), [state]);
  useEffect(() => onErrorsChange(errors.length > 0), [errors, onErrorsChange]);

  const deps: ImportDeps = { inspection, context, setState, session };
  const storedPopulation = population.status === 'ready' ? population.value : null;
  return {
    state,
    setState,
    errors,
    preview,
    choices,
    population: storedPopulation,
    fileInput,
    stepHeading,
    read: (event: Event) => {
      event.preventDefault();
      void readCaseList(fileInput.current?.files?.[0], deps, () => setPreview(null));
    },
    check: (event: Event) => {
      event.preventDefault();
      if (state.step === 'map') void checkCaseList(state, deps);
    },
    store: () => {
      if (state.step !== 'confirm') return;
      if (state.purpose === 'population' && storedPopulation && !state.replace) {
        setState({ ...state, replaceMissing: true });
        return;
      }
      void storeCaseList(state, deps, (call) => {
        storing.current = call;
      });
    },
    chooseAgain: () => {
      session.close();
      setState({ step: 'choose' });
    },
  };
}
