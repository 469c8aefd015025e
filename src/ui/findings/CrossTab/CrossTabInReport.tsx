/**
 * Adds the cross-tab shown to the report draft (or takes it out), and lists those already
 * there. The draft is read again just before saving, so only its list of cross-tabs changes.
 */
import { useState } from 'preact/hooks';
import type { CrossTabChoice, ReportDraft } from '../../../core';
import { loadReportDraft, saveReportDraft } from '../../../db/inspections/reportStore';
import { useLive } from '../../hooks/useLive';
import { crossTabHref } from './crossTabQuery';

type Pair = { readonly rows: string; readonly cols: string };

const same = (a: Pair, b: Pair) => a.rows === b.rows && a.cols === b.cols;

function withPair(draft: ReportDraft, pair: Pair, add: boolean): ReportDraft {
  const others = (draft.crossTabs ?? []).filter((t) => !same(t, pair));
  return { ...draft, crossTabs: add ? [...others, { rows: pair.rows, cols: pair.cols }] : others };
}

export function CrossTabInReport({
  inspectionId,
  pair,
  choices,
  completeOnly,
}: {
  inspectionId: string;
  pair: Pair;
  choices: readonly CrossTabChoice[];
  completeOnly: boolean;
}) {
  const live = useLive(() => loadReportDraft(inspectionId), [inspectionId]);
  const [message, setMessage] = useState<string | null>(null);
  if (live.status !== 'ready' || live.value.status !== 'ok') return null;
  const listed = live.value.draft.crossTabs ?? [];
  const inReport = listed.some((t) => same(t, pair));
  const label = (id: string) => choices.find((c) => c.by === id)?.label ?? id;
  const change = async (add: boolean) => {
    const stored = await loadReportDraft(inspectionId);
    if (stored.status !== 'ok') {
      setMessage('The report draft cannot be read, so it was not changed.');
      return;
    }
    const outcome = await saveReportDraft(inspectionId, withPair(stored.draft, pair, add));
    setMessage(
      outcome.status !== 'saved'
        ? 'The report draft could not be saved. Try again.'
        : add
          ? 'Added to the report: it is printed in the report’s cross-tabulations chapter.'
          : 'Taken out of the report.',
    );
  };
  return (
    <div class="ca-crosstab__report">
      <h2 class="govuk-heading-m">In the report</h2>
      {listed.length > 0 && (
        <ul class="govuk-list govuk-list--bullet">
          {listed.map((t) => (
            <li key={`${t.rows} ${t.cols}`}>
              <a class="govuk-link" href={crossTabHref(inspectionId, { ...t, completeOnly })}>
                {label(t.rows)} by {label(t.cols)}
              </a>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        onClick={() => void change(!inReport)}
      >
        {inReport ? 'Take this cross-tab out of the report' : 'Add this cross-tab to the report'}
      </button>
      {message && (
        <p class="govuk-body" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
