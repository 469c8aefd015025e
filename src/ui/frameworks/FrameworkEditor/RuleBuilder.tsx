/**
 * An applicability rule, built by choosing: which earlier question or profile field (or the
 * case's area or stratum), the test, the value from that item's own answers (or a number), and
 * for several conditions whether all or any must hold, or none. The rule is read back in words
 * as the framework's page reads it. Only a complete rule changes the framework.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type Condition,
  describeCondition,
  draftToRule,
  emptyRow,
  fieldIdOfPath,
  hasRuleSubjects,
  indexFramework,
  type RuleDraft,
  type RuleHolder,
  type RuleRow,
  type RuleSubject,
  ruleSubjects,
  ruleToDraft,
} from '../../../core';
import { currentTranslator, t } from '../../i18n/translate';
import { useProblem } from './fields';
import { RuleRowFields } from './RuleRowFields';
import { useDraft, useDraftValue } from './useDraftEditor';

type Props = {
  /** The rule's JSON path (`…showWhen`). */
  path: string;
  holder: RuleHolder;
  rule: Condition | undefined;
  onChange: (rule: Condition | undefined) => void;
  /** "asked" for a question or field, "shown" for a standard or section. */
  verb?: 'asked' | 'shown';
};

export function RuleBuilder({ path, holder, rule, onChange, verb = 'asked' }: Props) {
  const id = fieldIdOfPath(path);
  const error = useProblem(path);
  const [draft, setDraft] = useState<RuleDraft | null>(() => ruleToDraft(rule));
  const [incomplete, setIncomplete] = useState<string | null>(null);
  // A rule changed from outside the builder (another tab, a move, a rename) is shown afresh.
  const emitted = useRef(rule);
  useEffect(() => {
    if (rule === emitted.current) return;
    emitted.current = rule;
    setDraft(ruleToDraft(rule));
    setIncomplete(null);
  }, [rule]);
  const rows = draft?.rows.length ?? 0;
  // Listed only while conditions show; otherwise only whether there is anything to look at.
  const listed = useDraftValue((f) =>
    rows > 0 ? JSON.stringify(ruleSubjects(f, holder, currentTranslator())) : '',
  );
  const subjects: RuleSubject[] = listed === '' ? [] : JSON.parse(listed);
  const canAdd = useDraftValue((f) => hasRuleSubjects(f, holder));
  const { session } = useDraft();
  const firstSubject = () => ruleSubjects(session.framework, holder, currentTranslator())[0];
  const words = useDraftValue((f) =>
    rule ? describeCondition(rule, indexFramework(f), currentTranslator()) : null,
  );
  const numeric = (key: string) => subjects.find((s) => s.key === key)?.kind === 'number';

  const update = (next: RuleDraft) => {
    setDraft(next);
    const built = draftToRule(next, numeric, currentTranslator());
    if (built.status === 'incomplete') {
      setIncomplete(built.problem);
      return;
    }
    setIncomplete(null);
    emitted.current = built.status === 'ok' ? built.rule : undefined;
    onChange(emitted.current);
  };

  return (
    <div class={`govuk-form-group ca-rule${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={`${id}-words`}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
          {verb === 'asked'
            ? t('frameworkEditor.rules', 'When is it asked?')
            : t('frameworkEditor.rules', 'When is it shown?')}
        </legend>
        <p class="govuk-body ca-rule__words" id={`${id}-words`} data-testid={`${id}-words`}>
          <RuleWords verb={verb} words={words} />
        </p>
        {error && (
          <p class="govuk-error-message" id={`${id}-error`}>
            <span class="govuk-visually-hidden">{t('frameworkEditor.rules', 'Error:')}</span>{' '}
            {error}
          </p>
        )}
        {draft === null ? (
          <>
            <p class="govuk-body">
              {t(
                'frameworkEditor.rules',
                'This rule is nested more deeply than the builder shows.',
              )}
            </p>
            <button
              id={id}
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={() => update({ combine: 'all', negate: false, rows: [] })}
            >
              {t('frameworkEditor.rules', 'Start the rule again')}
            </button>
          </>
        ) : (
          <RuleRows
            id={id}
            draft={draft}
            subjects={subjects}
            canAdd={canAdd}
            firstSubject={firstSubject}
            update={update}
            verb={verb}
          />
        )}
        {incomplete && (
          <p class="govuk-body ca-rule__incomplete" role="status">
            {t('frameworkEditor.rules', 'Not saved yet — {problem}.', {
              problem: incomplete,
            })}
          </p>
        )}
      </fieldset>
    </div>
  );
}

function RuleRows({
  id,
  draft,
  subjects,
  canAdd,
  firstSubject,
  update,
  verb,
}: {
  id: string;
  draft: RuleDraft;
  subjects: readonly RuleSubject[];
  canAdd: boolean;
  firstSubject: () => RuleSubject | undefined;
  update: (next: RuleDraft) => void;
  verb: 'asked' | 'shown';
}) {
  const setRow = (i: number, row: RuleRow) =>
    update({ ...draft, rows: draft.rows.map((r, k) => (k === i ? row : r)) });
  return (
    <>
      {draft.rows.map((row, i) => (
        <RuleRowFields
          key={i}
          id={i === 0 ? id : `${id}-${i}`}
          number={i + 1}
          row={row}
          subjects={subjects}
          onChange={(next) => setRow(i, next)}
          onRemove={() => update({ ...draft, rows: draft.rows.filter((_, k) => k !== i) })}
        />
      ))}
      {draft.rows.length > 1 && (
        <div class="govuk-form-group">
          <label class="govuk-label" for={`${id}-combine`}>
            {t('frameworkEditor.rules', 'Combine the conditions')}
          </label>
          <select
            id={`${id}-combine`}
            class="govuk-select"
            value={draft.combine}
            onChange={(e) =>
              update({
                ...draft,
                combine: (e.target as HTMLSelectElement).value === 'any' ? 'any' : 'all',
              })
            }
          >
            <option value="all">{t('frameworkEditor.rules', 'All of them must be true')}</option>
            <option value="any">{t('frameworkEditor.rules', 'Any one of them is enough')}</option>
          </select>
        </div>
      )}
      {draft.rows.length > 0 && (
        <div class="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-3">
          <div class="govuk-checkboxes__item">
            <input
              class="govuk-checkboxes__input"
              type="checkbox"
              id={`${id}-not`}
              checked={draft.negate}
              onChange={(e) => update({ ...draft, negate: (e.target as HTMLInputElement).checked })}
            />
            <label class="govuk-label govuk-checkboxes__label" for={`${id}-not`}>
              {verb === 'asked'
                ? t('frameworkEditor.rules', 'Ask it when this is not true')
                : t('frameworkEditor.rules', 'Show it when this is not true')}
            </label>
          </div>
        </div>
      )}
      {!canAdd ? (
        <p class="govuk-hint">
          {t('frameworkEditor.rules', 'Nothing comes before it for a rule to look at.')}
        </p>
      ) : (
        <button
          id={draft.rows.length === 0 ? id : `${id}-add`}
          type="button"
          class="govuk-button govuk-button--secondary ca-small-button"
          onClick={() => update({ ...draft, rows: [...draft.rows, emptyRow(firstSubject())] })}
        >
          {t('frameworkEditor.rules', 'Add a condition')}
        </button>
      )}
    </>
  );
}

/** The rule read back: "Asked only if …", or "Always asked" when there is none. */
function RuleWords({ verb, words }: { verb: 'asked' | 'shown'; words: string | null }) {
  if (words === null) {
    return (
      <>
        {verb === 'asked'
          ? t('frameworkEditor.rules', 'Always asked.')
          : t('frameworkEditor.rules', 'Always shown.')}
      </>
    );
  }
  return (
    <>
      {verb === 'asked'
        ? t('frameworkEditor.rules', 'Asked only if {rule}.', { rule: words })
        : t('frameworkEditor.rules', 'Shown only if {rule}.', { rule: words })}
    </>
  );
}
