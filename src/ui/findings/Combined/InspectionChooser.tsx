/**
 * Choosing the inspections to analyse together: every inspection on this device, grouped by
 * the framework version it uses. Once one is ticked, inspections on another version cannot be
 * (their question ids may mean something else there), and their group says why.
 */
import { useState } from 'preact/hooks';
import { frameworkKey } from '../../../core';
import type { InspectionSummary } from '../../../db/inspections/inspectionList';
import { ErrorSummary } from '../../components/ErrorSummary';
import { t } from '../../i18n/translate';
import { BasisChoice } from '../Findings/BasisChoice';
import type { CombinedView } from './combinedQuery';

type Group = { readonly key: string; readonly inspections: readonly InspectionSummary[] };

/** Inspections by framework version, in the order the list gives them. */
function byVersion(list: readonly InspectionSummary[]): Group[] {
  const groups = new Map<string, InspectionSummary[]>();
  for (const summary of list) {
    const key = frameworkKey(summary.inspection.framework);
    const group = groups.get(key);
    if (group) group.push(summary);
    else groups.set(key, [summary]);
  }
  return [...groups].map(([key, inspections]) => ({ key, inspections }));
}

/** "framework-id@1.2.0" → "framework-id, version 1.2.0" */
function versionWords(key: string): string {
  const at = key.lastIndexOf('@');
  return at < 0
    ? key
    : t('findings.combined', '{framework}, version {version}', {
        framework: key.slice(0, at),
        version: key.slice(at + 1),
      });
}

const notEnough = () =>
  t('findings.combined', 'Choose at least two inspections to analyse together');

export function InspectionChooser({
  inspections,
  view,
  onApply,
}: {
  inspections: readonly InspectionSummary[];
  view: CombinedView;
  onApply: (view: CombinedView) => void;
}) {
  const here = new Set(inspections.map((s) => s.inspection.id));
  const [chosen, setChosen] = useState<readonly string[]>(view.ids.filter((id) => here.has(id)));
  const [completeOnly, setCompleteOnly] = useState(view.completeOnly);
  const [error, setError] = useState<string | null>(null);
  const versionOf = new Map(
    inspections.map((s) => [s.inspection.id, frameworkKey(s.inspection.framework)]),
  );
  const chosenVersion = chosen.length > 0 ? (versionOf.get(chosen[0]!) ?? null) : null;
  const groups = byVersion(inspections);
  const toggle = (id: string, on: boolean) => {
    setError(null);
    setChosen((now) => (on ? [...now, id] : now.filter((x) => x !== id)));
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen.length < 2) setError(notEnough());
        else onApply({ ids: chosen, completeOnly });
      }}
    >
      {error && <ErrorSummary errors={[{ href: '#combine-inspections', text: error }]} />}
      <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <fieldset class="govuk-fieldset" id="combine-inspections" aria-describedby="combine-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
            {t('findings.combined', 'Which inspections to analyse together')}
          </legend>
          <div class="govuk-hint" id="combine-hint">
            {t(
              'findings.combined',
              'Only inspections that use the same framework version can be analysed together: the same question can be asked differently in another version.',
            )}
          </div>
          {error && (
            <p class="govuk-error-message">
              <span class="govuk-visually-hidden">{t('findings.combined', 'Error:')}</span> {error}
            </p>
          )}
          {groups.map((group, g) => {
            const other = chosenVersion !== null && chosenVersion !== group.key;
            const hintId = `combine-version-${g}-hint`;
            return (
              <fieldset
                class="govuk-fieldset govuk-!-margin-top-4"
                key={group.key}
                aria-describedby={hintId}
              >
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                  {versionWords(group.key)}
                </legend>
                <div class="govuk-hint" id={hintId}>
                  {other
                    ? t(
                        'findings.combined',
                        'Cannot be chosen with the inspections ticked: they use {version}.',
                        { version: versionWords(chosenVersion) },
                      )
                    : t(
                        'findings.combined',
                        '{count, plural, one {# inspection} other {# inspections}}',
                        { count: group.inspections.length },
                      )}
                </div>
                <div class="govuk-checkboxes govuk-checkboxes--small">
                  {group.inspections.map(({ inspection, sampleCount }) => {
                    const id = `combine-${inspection.id}`;
                    return (
                      <div class="govuk-checkboxes__item" key={inspection.id}>
                        <input
                          class="govuk-checkboxes__input"
                          id={id}
                          type="checkbox"
                          name="ids"
                          value={inspection.id}
                          checked={chosen.includes(inspection.id)}
                          // One ticked already (from the address) can still be unticked.
                          disabled={other && !chosen.includes(inspection.id)}
                          aria-describedby={hintId}
                          onChange={(e) => toggle(inspection.id, e.currentTarget.checked)}
                        />
                        <label class="govuk-label govuk-checkboxes__label" for={id}>
                          {inspection.title}{' '}
                          <span class="ca-findings__id">
                            {t('findings', '{count, plural, one {# case} other {# cases}}', {
                              count: sampleCount,
                            })}
                          </span>
                        </label>
                      </div>
                    );
                  })}
                </div>
              </fieldset>
            );
          })}
        </fieldset>
      </div>
      <BasisChoice
        idPrefix="combined-basis"
        completeOnly={completeOnly}
        onChange={setCompleteOnly}
      />
      <button type="submit" class="govuk-button">
        {t('findings.combined', 'Analyse together')}
      </button>
    </form>
  );
}
