/**
 * The tables a research extraction reports (seed 002): how completely a question is recorded in
 * each group (its Table 2.3), every coded answer by group with its base, and the 0–4 score
 * grids, with the three as one CSV. The groups are those of the one-way breakdown chosen above;
 * the grids need none. Figures come from the findings result already on screen.
 */
import { useMemo, useState } from 'preact/hooks';
import {
  type BasedCount,
  type CodedVariablesTable,
  codedVariablesByGroup,
  type FindingsResult,
  type Framework,
  type Inspection,
  indexFramework,
  inspectionShortName,
  leastRecordedItem,
  type RecordingTable,
  recordingByGroup,
  researchTablesCsv,
  type ScoreGrid,
  scoreGrids,
} from '../../../core';
import { downloadFile } from '../../components/downloadFile';
import { t } from '../../i18n/translate';
import { todayLocal } from '../../report/Exports/exportDate';
import { Figure } from '../Findings/ItemResult';
import { ScrollRegion } from '../Findings/ScrollRegion';

const num = 'govuk-table__header govuk-table__header--numeric';
const cellNum = 'govuk-table__cell govuk-table__cell--numeric';

function BasedCell({ f }: { f: BasedCount }) {
  return <Figure percent={f.percent} count={f.count} base={f.base} />;
}

function RecordingSection({
  result,
  groupLabel,
  textOf,
}: {
  result: FindingsResult;
  groupLabel: string;
  textOf: (id: string) => string;
}) {
  const [itemId, setItemId] = useState(() => leastRecordedItem(result) ?? '');
  const table: RecordingTable = recordingByGroup(result, itemId);
  const items = [...result.profile, ...result.questions];
  return (
    <>
      <h3 class="govuk-heading-m">
        {t('findings', 'Recording by {by}', { by: groupLabel.toLowerCase() })}
      </h3>
      <div class="govuk-form-group">
        <label class="govuk-label" for="research-recording-item">
          {t('findings', 'Question')}
        </label>
        <select
          class="govuk-select"
          id="research-recording-item"
          value={itemId}
          onChange={(e) => setItemId((e.target as HTMLSelectElement).value)}
        >
          {items.map((f) => (
            <option key={f.itemId} value={f.itemId}>
              {textOf(f.itemId)}
            </option>
          ))}
        </select>
      </div>
      <ScrollRegion
        label={t('findings', 'Recording of {question} by {by}', {
          question: textOf(itemId),
          by: groupLabel.toLowerCase(),
        })}
      >
        <table class="govuk-table ca-research__recording">
          <caption class="govuk-table__caption govuk-table__caption--s">
            {t(
              'findings',
              '{question}: cases asked, and those where the answer is not recorded (not known or left blank)',
              { question: textOf(itemId) },
            )}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {groupLabel}
              </th>
              <th scope="col" class={num}>
                {t('findings', 'Cases')}
              </th>
              <th scope="col" class={num}>
                {t('findings', 'Not recorded')}
              </th>
              <th scope="col" class={num}>
                {t('findings', '% recorded')}
              </th>
              <th scope="col" class={num}>
                {t('findings', 'Recorded')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {[...table.rows, table.total].map((r) => (
              <tr class="govuk-table__row" key={r === table.total ? '#total' : r.key}>
                <th scope="row" class="govuk-table__header">
                  {r.label}
                </th>
                <td class={cellNum}>{r.cases.toLocaleString('en-GB')}</td>
                <td class={cellNum}>{r.notRecorded.toLocaleString('en-GB')}</td>
                <td class={cellNum}>
                  {r.percentRecorded === null ? '–' : `${r.percentRecorded}%`}
                </td>
                <td class={cellNum}>{r.recorded.toLocaleString('en-GB')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

function GridTable({ grid }: { grid: ScoreGrid }) {
  return (
    <ScrollRegion label={t('findings', 'Scores: {title}', { title: grid.title })}>
      <table class="govuk-table ca-research__grid">
        <caption class="govuk-table__caption govuk-table__caption--s">
          {t('findings', '{title}: cases giving each score, % (cases/base)', { title: grid.title })}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {t('findings', 'Question')}
            </th>
            {grid.scores.map((s) => (
              <th scope="col" class="govuk-table__header" key={s}>
                {t('findings', 'Score {score}', { score: s })}
              </th>
            ))}
            <th scope="col" class="govuk-table__header">
              {t('findings', 'High (positive scores)')}
            </th>
            <th scope="col" class={num}>
              {t('findings', 'Not known or blank')}
            </th>
            <th scope="col" class={num}>
              {t('findings', 'Mean score')}
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {grid.rows.map((r) => (
            <tr class="govuk-table__row" key={r.itemId}>
              <th scope="row" class="govuk-table__header">
                {r.text}
              </th>
              {r.scores.map((s, i) => (
                <td class="govuk-table__cell" key={grid.scores[i]}>
                  <BasedCell f={s} />
                </td>
              ))}
              <td class="govuk-table__cell">
                <BasedCell f={r.high} />
              </td>
              <td class={cellNum}>{r.notKnown + r.unanswered}</td>
              <td class={cellNum}>{r.mean === null ? '–' : r.mean.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function CodedTables({
  table,
  groupLabel,
  textOf,
}: {
  table: CodedVariablesTable;
  groupLabel: string;
  textOf: (id: string) => string;
}) {
  // Drawn when opened: by area, every coded answer of a large framework is thousands of cells.
  const [open, setOpen] = useState(false);
  return (
    <details
      class="govuk-details"
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">
          {t(
            'findings',
            'Coded answers by {by} ({count, plural, one {# question} other {# questions}})',
            { by: groupLabel.toLowerCase(), count: table.variables.length },
          )}
        </span>
      </summary>
      <div class="govuk-details__text">
        {open &&
          table.variables.map((v) => (
            <ScrollRegion
              key={v.itemId}
              label={t('findings', '{title} by {by}', {
                title: textOf(v.itemId),
                by: groupLabel.toLowerCase(),
              })}
            >
              <table class="govuk-table ca-findings__crosstab">
                <caption class="govuk-table__caption govuk-table__caption--s">
                  {t('findings', '{question}: % (cases/base)', { question: textOf(v.itemId) })}
                  {v.type === 'multichoice' &&
                    ` — ${t('findings', 'several answers can be chosen')}`}
                </caption>
                <thead class="govuk-table__head">
                  <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">
                      {t('findings', 'Answer')}
                    </th>
                    <th scope="col" class="govuk-table__header">
                      {t('findings', 'All cases')}
                    </th>
                    {table.groups.map((g) => (
                      <th scope="col" class="govuk-table__header" key={g.key}>
                        {g.label}
                        <span class="ca-findings__n">
                          {t('findings', '{count, plural, one {# case} other {# cases}}', {
                            count: g.cases,
                          })}
                        </span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody class="govuk-table__body">
                  {v.options.map((o) => (
                    <tr class="govuk-table__row" key={o.value}>
                      <th scope="row" class="govuk-table__header">
                        {o.label}
                      </th>
                      <td class="govuk-table__cell">
                        <BasedCell f={o.all} />
                      </td>
                      {o.groups.map((f, i) => (
                        <td class="govuk-table__cell" key={table.groups[i]!.key}>
                          <BasedCell f={f} />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          ))}
      </div>
    </details>
  );
}

export function ResearchTables({
  inspection,
  framework,
  result,
  breakdownLabel,
}: {
  inspection: Inspection;
  framework: Framework;
  result: FindingsResult;
  /** The one-way breakdown's name ("Area"), or null when there is none (or it is two-way). */
  breakdownLabel: string | null;
}) {
  const index = useMemo(() => indexFramework(framework), [framework]);
  const grids = useMemo(() => scoreGrids(framework, result), [framework, result]);
  const oneWay = breakdownLabel !== null && result.breakdown?.dimensions.length === 1;
  const coded = useMemo(() => (oneWay ? codedVariablesByGroup(result) : null), [oneWay, result]);
  if (!oneWay && grids.length === 0) return null;
  const textOf = (id: string) => index.itemById.get(id)?.item.text ?? id;
  const download = () => {
    const name = `${inspectionShortName(inspection, framework)}-research-tables-${todayLocal()}.csv`;
    const csv = researchTablesCsv(framework, result);
    downloadFile(name, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  };
  return (
    <section class="ca-findings__section" id="research-tables" aria-labelledby="research-heading">
      <h2 class="govuk-heading-l" id="research-heading">
        {t('findings', 'Research tables')}
      </h2>
      <p class="govuk-body">
        {oneWay
          ? t(
              'findings',
              'How completely each question is recorded by {by}, every coded answer by {by}, and the score grids.',
              { by: breakdownLabel.toLowerCase() },
            )
          : t(
              'findings',
              'The score grids. Break the findings down by area (or another field) to see how completely each question is recorded there and every coded answer.',
            )}{' '}
        {t('findings', 'Every percentage has its cases and base beside it.')}
      </p>
      <button type="button" class="govuk-button govuk-button--secondary" onClick={download}>
        {t('findings', 'Download the research tables (CSV)')}
      </button>
      {oneWay && <RecordingSection result={result} groupLabel={breakdownLabel} textOf={textOf} />}
      {grids.length > 0 && <h3 class="govuk-heading-m">{t('findings', 'Score grids')}</h3>}

      {grids.map((g) => (
        <GridTable key={g.standardId} grid={g} />
      ))}
      {coded && <CodedTables table={coded} groupLabel={breakdownLabel!} textOf={textOf} />}
    </section>
  );
}
