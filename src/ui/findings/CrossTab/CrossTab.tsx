/**
 * Cross-tab (SPEC §4): two questions, profile fields, or the area, stratum or inspector,
 * against each other — counts, row and column percentages with their bases, the cases left
 * out and why, the test of independence in words and its warning, and the table as CSV. The
 * address holds the two variables and which cases count. Classifying two answers per case is
 * a few milliseconds even at 5,000 cases, so it runs on the page.
 */
import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  type CrossTabChoice,
  type CrossTab as CrossTabResult,
  computeCrossTab,
  crossTabBasisText,
  crossTabChoicesOf,
  crossTabCsv,
  crossTabLeftOutLines,
  crossTabReading,
  type Framework,
  findingsCasesOf,
  findingsOptionsFor,
  type Inspection,
  inspectionShortName,
} from '../../../core';
import { loadFindingsCases } from '../../../db/cases/findingsSource';
import { downloadFile } from '../../components/downloadFile';
import { Loading } from '../../components/Loading';
import { WarningText } from '../../components/WarningText';
import { useLive } from '../../hooks/useLive';
import { currentTranslator, t } from '../../i18n/translate';
import { todayLocal } from '../../report/Exports/exportDate';
import { FindingsPageFrame } from '../Findings/FindingsPageFrame';
import { findingsHref } from '../Findings/findingsLinks';
import { CrossTabInReport } from './CrossTabInReport';
import { CrossTabTable } from './CrossTabTable';
import { type CrossTabView, crossTabViewFromUrl, queryOfCrossTab } from './crossTabQuery';
import '../Findings/Findings.css';
import './CrossTab.css';

export default function CrossTab({ inspectionId }: { inspectionId: string }) {
  return (
    <FindingsPageFrame
      inspectionId={inspectionId}
      caption={(inspection) =>
        t('findings.crosstab', 'Findings – {inspection}', { inspection: inspection.title })
      }
      heading={() => t('findings.crosstab', 'Cross-tab')}
    >
      {({ inspection, framework }) => (
        <CrossTabBody inspection={inspection} framework={framework} />
      )}
    </FindingsPageFrame>
  );
}

const groups = (): readonly { kind: CrossTabChoice['kind']; label: string }[] => [
  { kind: 'case', label: t('findings.crosstab', 'The case') },
  { kind: 'profile', label: t('findings.crosstab', 'Profile of the sample') },
  { kind: 'question', label: t('findings.crosstab', 'Questions') },
];

function VariableSelect({
  id,
  label,
  value,
  choices,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  choices: readonly CrossTabChoice[];
  onChange: (value: string) => void;
}) {
  return (
    <div class="govuk-form-group">
      <label class="govuk-label govuk-label--s" for={id}>
        {label}
      </label>
      <select
        class="govuk-select"
        id={id}
        name={id}
        value={value}
        onChange={(e) => onChange((e.target as HTMLSelectElement).value)}
      >
        <option value="">{t('findings.crosstab', 'Choose…')}</option>
        {groups().map((group) => (
          <optgroup label={group.label} key={group.kind}>
            {choices
              .filter((c) => c.kind === group.kind)
              .map((c) => (
                <option value={c.by} key={c.by}>
                  {c.label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

function CrossTabControls({
  view,
  choices,
  onApply,
}: {
  view: CrossTabView;
  choices: readonly CrossTabChoice[];
  onApply: (view: CrossTabView) => void;
}) {
  const [draft, setDraft] = useState(view);
  const same = draft.rows !== null && draft.rows === draft.cols;
  return (
    <form
      class="ca-crosstab__controls"
      onSubmit={(event) => {
        event.preventDefault();
        if (!same) onApply(draft);
      }}
    >
      <div class={`ca-crosstab__selects${same ? ' govuk-form-group--error' : ''}`}>
        <VariableSelect
          id="crosstab-rows"
          label={t('findings.crosstab', 'Rows')}
          value={draft.rows ?? ''}
          choices={choices}
          onChange={(rows) => setDraft({ ...draft, rows: rows || null })}
        />
        <VariableSelect
          id="crosstab-cols"
          label={t('findings.crosstab', 'Columns')}
          value={draft.cols ?? ''}
          choices={choices}
          onChange={(cols) => setDraft({ ...draft, cols: cols || null })}
        />
      </div>
      {same && (
        <p class="govuk-error-message">
          <span class="govuk-visually-hidden">{t('findings.crosstab', 'Error:')}</span>{' '}
          {t('findings.crosstab', 'Choose two different things for the rows and the columns')}
        </p>
      )}
      <div class="govuk-form-group">
        <div class="govuk-checkboxes govuk-checkboxes--small">
          <div class="govuk-checkboxes__item">
            <input
              class="govuk-checkboxes__input"
              id="crosstab-complete"
              name="basis"
              type="checkbox"
              checked={draft.completeOnly}
              onChange={(e) =>
                setDraft({ ...draft, completeOnly: (e.target as HTMLInputElement).checked })
              }
            />
            <label class="govuk-label govuk-checkboxes__label" for="crosstab-complete">
              {t('findings.crosstab', 'Complete cases only')}
            </label>
          </div>
        </div>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary">
        {t('findings.crosstab', 'Show the cross-tab')}
      </button>
    </form>
  );
}

function fileNameOf(inspection: Inspection, framework: Framework, table: CrossTabResult): string {
  const slug = (id: string) => id.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `${inspectionShortName(inspection, framework)}-crosstab-${slug(table.rows.by)}-by-${slug(table.cols.by)}-${todayLocal()}.csv`;
}

function CrossTabResultView({
  inspection,
  framework,
  table,
}: {
  inspection: Inspection;
  framework: Framework;
  table: CrossTabResult;
}) {
  const tr = currentTranslator();
  const reading = crossTabReading(table, tr);
  return (
    <>
      <p class="govuk-body">{crossTabBasisText(table, tr)}</p>
      <CrossTabTable table={table} />
      <h2 class="govuk-heading-m">{t('findings.crosstab', 'Test of independence')}</h2>
      {reading.lines.map((line) => (
        <p class="govuk-body" key={line}>
          {line}
        </p>
      ))}
      {reading.warning && <WarningText>{reading.warning}</WarningText>}
      {table.leftOut.length > 0 && (
        <>
          <h2 class="govuk-heading-m">{t('findings.crosstab', 'Cases left out')}</h2>
          {crossTabLeftOutLines(table, tr).map((line) => (
            <p class="govuk-body" key={line}>
              {line}
            </p>
          ))}
        </>
      )}
      <p class="govuk-body">
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          onClick={() =>
            downloadFile(
              fileNameOf(inspection, framework, table),
              new Blob([crossTabCsv(table)], { type: 'text/csv;charset=utf-8' }),
            )
          }
        >
          {t('findings.crosstab', 'Download this cross-tab (CSV)')}
        </button>
      </p>
    </>
  );
}

function CrossTabBody({ inspection, framework }: { inspection: Inspection; framework: Framework }) {
  const { url, path, route } = useLocation();
  const view = useMemo(() => crossTabViewFromUrl(url), [url]);
  const hasStrata = inspection.strata.length > 0;
  const tr = currentTranslator();
  const choices = useMemo(
    () => crossTabChoicesOf(framework, {}, tr).filter((c) => c.by !== 'stratum' || hasStrata),
    [framework, hasStrata, tr],
  );
  const live = useLive(() => loadFindingsCases(inspection.id), [inspection.id]);
  const cases = useMemo(
    () => (live.status === 'ready' ? findingsCasesOf(live.value.cases) : null),
    [live],
  );
  const known = (id: string | null) => id !== null && choices.some((c) => c.by === id);
  const ready = known(view.rows) && known(view.cols) && view.rows !== view.cols;
  const table = useMemo(() => {
    if (!cases || !ready) return null;
    const { names } = findingsOptionsFor(inspection, {});
    // The case fields are named in the language chosen; a question keeps its framework text.
    return computeCrossTab(
      framework,
      cases,
      {
        rows: view.rows!,
        cols: view.cols!,
        completeOnly: view.completeOnly,
        ...(names ? { names } : {}),
      },
      tr,
    );
  }, [cases, ready, view, framework, inspection, tr]);
  return (
    <div class="ca-crosstab">
      <p class="govuk-body">
        {t(
          'findings.crosstab',
          'Choose two questions or profile fields — or the area, stratum or inspector — to count the cases by both at once, with a test of whether they are associated.',
        )}{' '}
        <a class="govuk-link" href={findingsHref(inspection.id)}>
          {t('findings.crosstab', 'Back to the findings')}
        </a>
      </p>
      <CrossTabControls
        key={url}
        view={view}
        choices={choices}
        onApply={(next) => route(`${path}${queryOfCrossTab(next)}`)}
      />
      {(view.rows !== null && !known(view.rows)) || (view.cols !== null && !known(view.cols)) ? (
        <p class="govuk-body">
          {t(
            'findings.crosstab',
            'This framework has nothing of that name to cross-tabulate: choose again above.',
          )}
        </p>
      ) : live.status === 'failed' ? (
        <p class="govuk-body">
          {t(
            'findings.crosstab',
            'The cases could not be read: this device’s storage did not answer. Reload the page to try again.',
          )}
        </p>
      ) : !ready ? null : !table ? (
        <Loading what={t('findings.crosstab', 'Loading the cases')} />
      ) : (
        <>
          <CrossTabResultView inspection={inspection} framework={framework} table={table} />
          <CrossTabInReport
            inspectionId={inspection.id}
            pair={{ rows: table.rows.by, cols: table.cols.by }}
            choices={choices}
            completeOnly={view.completeOnly}
          />
        </>
      )}
    </div>
  );
}
