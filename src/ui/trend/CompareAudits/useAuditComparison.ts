/**
 * Two audits' findings, each worked out in the findings worker as the findings screen works out
 * one audit's (from the cases as the findings read them), then compared question by question.
 * The worker holds one audit's cases at a time and a newer request cancels the one running, so
 * the two are asked for one after the other, and a comparison replaced meanwhile asks no more.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  type AuditComparison,
  compareAudits,
  type FindingsCase,
  type Framework,
  findingsOptionsFor,
} from '../../../core';
import { loadFindingsValues } from '../../../db/cases/findingsSource';
import { findingsOfValuesOffPage, isCancelled } from '../../../workers/findingsBridge';
import { useLive } from '../../hooks/useLive';

export type ComparisonState =
  | { readonly status: 'computing' }
  | { readonly status: 'ready'; readonly comparison: AuditComparison }
  | { readonly status: 'failed' };

/** What a comparison was worked out for; figures of another choice are never shown as this one's. */
type Held =
  | { readonly key: string; readonly status: 'ready'; readonly comparison: AuditComparison }
  | { readonly key: string; readonly status: 'failed' };

/** Both audits' cases, with the earlier audit's id: until a new choice is read, the old one stays. */
async function loadBoth(earlierId: string, currentId: string) {
  const both = await Promise.all([loadFindingsValues(earlierId), loadFindingsValues(currentId)]);
  return { earlierId, both };
}

export function useAuditComparison(
  framework: Framework,
  earlierId: string,
  currentId: string,
  completeOnly: boolean,
): ComparisonState {
  const live = useLive(() => loadBoth(earlierId, currentId), [earlierId, currentId]);
  const key = `${earlierId}\u001f${completeOnly}`;
  // Kept while an update is worked out, so the figures do not blank when a case changes.
  const [held, setHeld] = useState<Held | null>(null);
  useEffect(() => {
    if (live.status === 'failed') {
      setHeld({ key, status: 'failed' });
      return;
    }
    if (live.status !== 'ready' || live.value.earlierId !== earlierId) return;
    const [earlier, current] = live.value.both;
    const options = findingsOptionsFor(null, { completeOnly });
    let asked = true;
    const figures = (cases: readonly FindingsCase[]) =>
      findingsOfValuesOffPage(framework, cases, options);
    (async () => {
      const then = await figures(earlier.cases);
      // A newer comparison has started: asking the worker now would cancel its request.
      if (!asked) return;
      const now = await figures(current.cases);
      if (asked) setHeld({ key, status: 'ready', comparison: compareAudits(then, now) });
    })().catch((error: unknown) => {
      if (asked && !isCancelled(error)) setHeld({ key, status: 'failed' });
    });
    return () => {
      asked = false;
    };
  }, [live, framework, key]);
  if (held === null || held.key !== key) return { status: 'computing' };
  return held.status === 'ready'
    ? { status: 'ready', comparison: held.comparison }
    : { status: 'failed' };
}
