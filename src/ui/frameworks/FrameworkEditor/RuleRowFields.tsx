/** One condition of a rule: what it looks at, the test, and the value from that item's answers. */
import type { ComponentChildren } from 'preact';
import { type ConditionTest, emptyRow, type RuleRow, type RuleSubject } from '../../../core';
import { t } from '../../i18n/translate';

/** A test as the builder names it, in the language chosen. */
function testWords(test: ConditionTest): string {
  switch (test) {
    case 'is':
      return t('frameworkEditor.rules', 'is');
    case 'isNot':
      return t('frameworkEditor.rules', 'is not');
    case 'isOneOf':
      return t('frameworkEditor.rules', 'is one of');
    case 'answered':
      return t('frameworkEditor.rules', 'is answered');
    case 'notAnswered':
      return t('frameworkEditor.rules', 'is not answered');
    case 'moreThan':
      return t('frameworkEditor.rules', 'is more than');
    case 'lessThan':
      return t('frameworkEditor.rules', 'is less than');
    case 'daysAfter':
      return t('frameworkEditor.rules', 'is after another date');
  }
}

type Props = {
  id: string;
  number: number;
  row: RuleRow;
  subjects: readonly RuleSubject[];
  onChange: (row: RuleRow) => void;
  onRemove: () => void;
};

/** One part of a condition: a small label above its control. */
function LabelledPart(props: { id: string; label: string; children: ComponentChildren }) {
  return (
    <div class="govuk-form-group ca-rule__part">
      <label class="govuk-label govuk-label--s" for={props.id}>
        {props.label}
      </label>
      {props.children}
    </div>
  );
}

function SelectBox(props: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <LabelledPart id={props.id} label={props.label}>
      <select
        id={props.id}
        class="govuk-select"
        value={props.value}
        onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledPart>
  );
}

function NumberBox(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <LabelledPart id={props.id} label={props.label}>
      <input
        autoComplete="off"
        id={props.id}
        class="govuk-input govuk-input--width-5"
        inputMode="decimal"
        value={props.value}
        onInput={(e) => props.onChange((e.target as HTMLInputElement).value)}
      />
    </LabelledPart>
  );
}

function ValueFields({
  id,
  row,
  subject,
  onChange,
}: {
  id: string;
  row: RuleRow;
  subject: RuleSubject;
  onChange: (row: RuleRow) => void;
}) {
  if (row.test === 'answered' || row.test === 'notAnswered') return null;
  if (row.test === 'isOneOf') {
    return (
      <fieldset class="govuk-fieldset ca-rule__part">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
          {t('frameworkEditor.rules', 'Answers')}
        </legend>
        <div class="govuk-checkboxes govuk-checkboxes--small">
          {subject.options.map((o, i) => (
            <div class="govuk-checkboxes__item" key={o.value}>
              <input
                class="govuk-checkboxes__input"
                type="checkbox"
                id={`${id}-value-${i}`}
                checked={row.values.includes(o.value)}
                onChange={(e) => {
                  const on = (e.target as HTMLInputElement).checked;
                  const values = subject.options
                    .map((x) => x.value)
                    .filter((v) => (v === o.value ? on : row.values.includes(v)));
                  onChange({ ...row, values });
                }}
              />
              <label class="govuk-label govuk-checkboxes__label" for={`${id}-value-${i}`}>
                {o.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    );
  }
  if (row.test === 'daysAfter') return null;
  if (subject.kind === 'number') {
    return (
      <NumberBox
        id={`${id}-value`}
        label={t('frameworkEditor.rules', 'Number')}
        value={row.value}
        onChange={(value) => onChange({ ...row, value })}
      />
    );
  }
  return (
    <SelectBox
      id={`${id}-value`}
      label={t('frameworkEditor.rules', 'Answer')}
      value={row.value}
      options={[
        { value: '', label: t('frameworkEditor.rules', 'Choose an answer') },
        ...subject.options,
      ]}
      onChange={(value) => onChange({ ...row, value })}
    />
  );
}

function DaysAfterFields({
  id,
  row,
  subjects,
  onChange,
}: {
  id: string;
  row: RuleRow;
  subjects: readonly RuleSubject[];
  onChange: (row: RuleRow) => void;
}) {
  const dates = subjects.filter((s) => s.kind === 'date' && s.key !== row.subject);
  return (
    <>
      <SelectBox
        id={`${id}-compare`}
        label={t('frameworkEditor.rules', 'By')}
        value={row.compare}
        options={[
          { value: 'gt', label: t('frameworkEditor.rules', 'more than') },
          { value: 'lt', label: t('frameworkEditor.rules', 'fewer than') },
        ]}
        onChange={(v) => onChange({ ...row, compare: v === 'lt' ? 'lt' : 'gt' })}
      />
      <NumberBox
        id={`${id}-value`}
        label={t('frameworkEditor.rules', 'Days')}
        value={row.value}
        onChange={(value) => onChange({ ...row, value })}
      />
      <SelectBox
        id={`${id}-other`}
        label={t('frameworkEditor.rules', 'After the date of')}
        value={row.other}
        options={[
          { value: '', label: t('frameworkEditor.rules', 'Choose a date') },
          ...dates.map((d) => ({ value: d.key, label: d.label })),
        ]}
        onChange={(other) => onChange({ ...row, other })}
      />
      <div class="govuk-checkboxes govuk-checkboxes--small ca-rule__part">
        <div class="govuk-checkboxes__item">
          <input
            class="govuk-checkboxes__input"
            type="checkbox"
            id={`${id}-working`}
            checked={row.working}
            onChange={(e) => onChange({ ...row, working: (e.target as HTMLInputElement).checked })}
          />
          <label class="govuk-label govuk-checkboxes__label" for={`${id}-working`}>
            {t('frameworkEditor.rules', 'Count working days (Monday to Friday)')}
          </label>
        </div>
      </div>
    </>
  );
}

export function RuleRowFields({ id, number, row, subjects, onChange, onRemove }: Props) {
  const subject = subjects.find((s) => s.key === row.subject);
  const subjectOptions = [
    ...(subject
      ? []
      : [
          {
            value: row.subject,
            label: t('frameworkEditor.rules', 'Not available here ({subject})', {
              subject: row.subject,
            }),
          },
        ]),
    ...subjects.map((s) => ({ value: s.key, label: s.label })),
  ];
  const tests = subject?.tests ?? [row.test];
  return (
    <div class="ca-rule__row" data-testid="rule-condition">
      <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
        {t('frameworkEditor.rules', 'Condition {number}', { number })}
      </p>
      <SelectBox
        id={id}
        label={t('frameworkEditor.rules', 'Looks at')}
        value={row.subject}
        options={subjectOptions}
        onChange={(key) => onChange(emptyRow(subjects.find((s) => s.key === key)))}
      />
      <SelectBox
        id={`${id}-test`}
        label={t('frameworkEditor.rules', 'Test')}
        value={row.test}
        options={tests.map((test) => ({ value: test, label: testWords(test) }))}
        onChange={(test) =>
          onChange({ ...row, test: test as ConditionTest, value: '', values: [] })
        }
      />
      {subject && <ValueFields id={id} row={row} subject={subject} onChange={onChange} />}
      {row.test === 'daysAfter' && (
        <DaysAfterFields id={id} row={row} subjects={subjects} onChange={onChange} />
      )}
      <button
        type="button"
        class="govuk-button govuk-button--secondary ca-small-button"
        onClick={onRemove}
      >
        {t('frameworkEditor.rules', 'Remove condition {number}', { number })}
      </button>
    </div>
  );
}
