/**
 * Adds the cross-tab shown to the report draft (or takes it out), and lists those already
 * there. The draft is read again just before saving, so only its list of cross-tabs changes.
 */
import { useState } from 'preact/hooks';
import type { CrossTabChoice, ReportDraft } from '../../../core';
import { loadReportDraft, saveReportDraft } from '../../../db/inspections/reportStore';
import { useLive } from '../../hooks/useLive';
import { t } from '../../i18n/translate';
import { crossTabHref } from './crossTabQuery';

type Pair = { readonly rows: string; readonly cols: string };

const same = (a: Pair, b: Pair) => a.rows === b.rows && a.cols === b.cols;

function withPair(draft: ReportDraft, pair: Pair, add: boolean): ReportDraft {
  const others = (draft.crossTabs ?? []).filter((listed) => !same(listed, pair));
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
  const inReport = listed.some((one) => same(one, pair));
  const label = (id: string) => choices.find((c) => c.by === id)?.label ?? id;
  const change = async (add: boolean) => {
    const stored = await loadReportDraft(inspectionId);
    if (stored.status !== 'ok') {
      setMessage(t('findings.crosstab', 'The report draft cannot be read, so it was not changed.'));
      return;
    }
    const outcome = await saveReportDraft(inspectionId, withPair(stored.draft, pair, add));
    setMessage(
      outcome.status !== 'saved'
        ? t('findings.crosstab', 'The report draft could not be saved. Try again.')
        : add
          ? t(
              'findings.crosstab',
              'Added to the report: it is printed in the report’s cross-tabulations chapter.',
            )
          : t('findings.crosstab', 'Taken out of the report.'),
    );
  };
  return (
    <div class="ca-crosstab__report">
      <h2 class="govuk-heading-m">{t('findings.crosstab', 'In the report')}</h2>
      {listed.length > 0 && (
        <ul class="govuk-list govuk-list--bullet">
          {listed.map((one) => (
            <li key={`${one.rows} ${one.cols}`}>
              <a class="govuk-link" href={crossTabHref(inspectionId, { ...one, completeOnly })}>
                {t('findings.crosstab', '{rows} by {cols}', {
                  rows: label(one.rows),
                  cols: label(one.cols),
                })}
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
        {inReport
          ? t('findings.crosstab', 'Take this cross-tab out of the report')
          : t('findings.crosstab', 'Add this cross-tab to the report')}
      </button>
      {message && (
        <p class="govuk-body" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
