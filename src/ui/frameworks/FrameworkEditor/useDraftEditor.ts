/**
 * The draft an editor screen shows: loaded from storage (and kept up to date when another tab
 * saves it), edited through the tab's one session of it, and checked as it is typed (the checks
 * run once typing pauses, so a keystroke only ever costs its own redraw).
 */
import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type DraftProblem, type Framework, followTranslations } from '../../../core';
import { getDraft } from '../../../db/frameworks/frameworkDrafts';
import {
  type DraftSaveState,
  type FrameworkDraftSession,
  openDraftSession,
} from '../../../editing/frameworkDraftSession';
import { useLive } from '../../hooks/useLive';
import { checkDraft } from './checkDraft';

/** How long typing must pause before the checks run again. */
const CHECK_AFTER_MS = 150;

export type DraftEditor = DraftHandle & {
  readonly handle: DraftHandle;
  readonly framework: Framework;
  readonly saveState: DraftSaveState;
  /** Every problem of the draft as it stands (null while the first check runs). */
  readonly problems: readonly DraftProblem[] | null;
  readonly problemAt: ReadonlyMap<string, string>;
};

export type DraftScreen =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  | { readonly status: 'ready'; readonly editor: DraftEditor };

const checked = new WeakMap<Framework, DraftProblem[]>();

function useSessionFramework(session: FrameworkDraftSession | null) {
  const [, redraw] = useState(0);
  useEffect(() => session?.subscribe(() => redraw((n) => n + 1)), [session]);
  return session;
}

function sameProblems(a: readonly DraftProblem[] | null, b: readonly DraftProblem[]): boolean {
  return (
    a !== null &&
    a.length === b.length &&
    a.every((p, i) => p.path === b[i]!.path && p.message === b[i]!.message)
  );
}

/** The checks of the draft as typed, run once typing pauses (in a worker). */
function useChecks(framework: Framework | undefined): readonly DraftProblem[] | null {
  const [problems, setProblems] = useState<readonly DraftProblem[] | null>(() =>
    framework ? (checked.get(framework) ?? null) : null,
  );
  useEffect(() => {
    if (!framework) return;
    const known = checked.get(framework);
    if (known) {
      setProblems(known);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void checkDraft(framework).then((found) => {
        checked.set(framework, found);
        // The same problems as shown: keep them, so no field redraws for nothing.
        if (current) setProblems((shown) => (sameProblems(shown, found) ? shown : found));
      });
    }, CHECK_AFTER_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [framework]);
  return problems;
}

export function useDraftEditor(draftId: string): DraftScreen {
  const stored = useLive(() => getDraft(draftId), [draftId]);
  const record = stored.status === 'ready' ? stored.value : undefined;
  const session = useMemo(() => (record ? openDraftSession(record) : null), [record?.draftId]);
  useSessionFramework(session);
  useEffect(() => {
    if (session && record) session.stored(record);
  }, [session, record]);
  const framework = session?.framework;
  const problems = useChecks(framework);
  const problemAt = useMemo(() => {
    const map = new Map<string, string>();
    for (const p of problems ?? []) if (!map.has(p.fieldId)) map.set(p.fieldId, p.message);
    return map;
  }, [problems]);
  const handle = useMemo<DraftHandle | null>(
    () =>
      session && {
        draftId,
        session,
        edit: (change, immediate = false) => {
          const before = session.framework;
          // Welsh follows its text: to a renamed id, or away with a removed text.
          session.edit(followTranslations(before, change(before)), immediate);
        },
      },
    [session, draftId],
  );
  if (stored.status === 'loading') return { status: 'loading' };
  if (!session || !framework || !handle) return { status: 'missing' };
  return {
    status: 'ready',
    editor: { ...handle, handle, framework, saveState: session.state, problems, problemAt },
  };
}

/**
 * What every field of an editor screen shares, the same object while the screen shows one
 * draft: so a keystroke redraws only what shows the changed part, not every field.
 */
export type DraftHandle = {
  readonly draftId: string;
  readonly session: FrameworkDraftSession;
  readonly edit: (change: (framework: Framework) => Framework, immediate?: boolean) => void;
};

export const DraftContext = createContext<DraftHandle | null>(null);

/** The draft of the editor screen this component is part of. */
export function useDraft(): DraftHandle {
  const editor = useContext(DraftContext);
  if (!editor) throw new Error('useDraft outside an editor screen');
  return editor;
}

/**
 * Something computed from the draft, kept up to date as it changes: the component redraws
 * only when the value does (compared with `same`, by identity unless given).
 */
export function useDraftValue<T>(
  select: (framework: Framework) => T,
  same: (a: T, b: T) => boolean = Object.is,
): T {
  const { session } = useDraft();
  const [value, setValue] = useState(() => select(session.framework));
  const latest = useRef({ select, same, value });
  latest.current = { select, same, value };
  useEffect(
    () =>
      session.subscribe(() => {
        const { select: pick, same: equal, value: shown } = latest.current;
        const next = pick(session.framework);
        if (!equal(shown, next)) setValue(() => next);
      }),
    [session],
  );
  // A new selection (the component moved to another item) is read at once.
  const now = select(session.framework);
  return same(value, now) ? value : now;
}
