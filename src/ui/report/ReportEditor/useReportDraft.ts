/** The report text being edited, saved as it is typed (structural changes at once). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReportDraft } from '../../../core';
import { type AutosaveState, ReportAutosave } from '../../../editing/reportAutosave';

export function useReportDraft(inspectionId: string, initial: ReportDraft) {
  const [draft, setDraft] = useState<ReportDraft>(initial);
  const [saveState, setSaveState] = useState<AutosaveState>({ kind: 'idle' });
  const autosave = useRef<ReportAutosave | null>(null);
  useEffect(() => {
    const saver = new ReportAutosave({ inspectionId });
    autosave.current = saver;
    const off = saver.onChange(setSaveState);
    return () => {
      off();
      void saver.close();
      autosave.current = null;
    };
  }, [inspectionId]);

  const update = (next: ReportDraft, immediate = false) => {
    setDraft(next);
    autosave.current?.change(next, immediate);
  };
  const flush = () => void autosave.current?.flush();
  /** Resolves once everything typed so far is saved (or its save has failed). */
  const saved = async () => {
    await autosave.current?.flush();
  };
  return { draft, saveState, update, flush, saved };
}
