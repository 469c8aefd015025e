/**
 * The editor's form fields: GOV.UK fields whose id is the field's place in the framework
 * (`fw-` + its JSON path joined by `-`), so a check's problem shows on the field and links to
 * it. Text goes through core's readText / writeText, never straight into the framework.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { fieldIdOfPath, readText, writeText } from '../../../core';
import {
  CheckboxField,
  ErrorMessage,
  type RadioItem,
  RadiosField,
  SelectField,
  type SelectOption,
  TextField,
} from '../../components/InspectionFrame/formFields';
import { t, tx } from '../../i18n/translate';
import { useProblem } from './problemsStore';
import { WelshField } from './WelshField';

export { useProblem };

type TextProps = {
  path: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  value: string | undefined;
  /** The new value; `undefined` when an optional field is emptied. */
  onChange: (value: string | undefined) => void;
  optional?: boolean;
  multiline?: boolean;
  width?: string;
  readOnly?: boolean;
};

/** "Guidance (optional)". */
function optionalLabel(label: ComponentChildren): ComponentChildren {
  return tx('frameworkEditor', '{label} (optional)', { label });
}

/** A text of the framework and, under it, its Welsh. */
export function TextInput(props: TextProps) {
  if (props.readOnly) return <EnglishInput {...props} />;
  return (
    <>
      <EnglishInput {...props} />
      <WelshField
        path={props.path}
        label={props.label}
        multiline={props.multiline ?? false}
        {...(props.width === undefined ? {} : { width: props.width })}
      />
    </>
  );
}

function EnglishInput(props: TextProps) {
  const { path, label, hint, value, onChange, optional, multiline, width = '' } = props;
  const id = fieldIdOfPath(path);
  const error = useProblem(path);
  const write = (typed: string) =>
    onChange(writeText(value, typed, { optional: optional ?? false }));
  const fullLabel = optional ? optionalLabel(label) : label;
  if (props.readOnly) {
    return (
      <TextField
        id={id}
        label={fullLabel}
        hint={hint}
        value={readText(value)}
        onInput={() => {}}
        inputClass={`${width} ca-readonly`}
      />
    );
  }
  if (!multiline) {
    return (
      <TextField
        id={id}
        label={fullLabel}
        hint={hint}
        error={error}
        value={readText(value)}
        onInput={write}
        inputClass={width}
      />
    );
  }
  const describedBy = [hint !== undefined && `${id}-hint`, error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for={id}>
        {fullLabel}
      </label>
      {hint !== undefined && (
        <div class="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      <textarea
        autoComplete="off"
        class={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={3}
        value={readText(value)}
        aria-describedby={describedBy || undefined}
        onInput={(e) => write((e.target as HTMLTextAreaElement).value)}
      />
    </div>
  );
}

/**
 * A number box: what is typed stays as typed; the framework changes only when it is a number
 * (empty: the field is left out when optional).
 */
export function NumberInput(props: {
  path: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  optional?: boolean;
  /** Shown value = stored value × scale (per cent for a fraction). */
  scale?: number;
}) {
  const { path, label, hint, value, onChange, optional, scale = 1 } = props;
  const shown = value === undefined ? '' : String(Math.round(value * scale * 1e6) / 1e6);
  const [typed, setTyped] = useState(shown);
  useEffect(() => {
    if (Number(typed) * (1 / scale) !== value) setTyped(shown);
    // Only a change from outside (another part, another tab) replaces what is typed.
  }, [value]);
  const problem = useProblem(path);
  const trimmed = typed.trim();
  const local =
    trimmed !== '' && !Number.isFinite(Number(trimmed))
      ? t('frameworkEditor', 'Enter a number, like 5 or 2.5')
      : undefined;
  return (
    <TextField
      id={fieldIdOfPath(path)}
      label={optional ? optionalLabel(label) : label}
      hint={hint}
      error={local ?? problem}
      value={typed}
      inputMode="decimal"
      inputClass="govuk-input--width-5"
      onInput={(text) => {
        setTyped(text);
        const t = text.trim();
        if (t === '') {
          if (optional) onChange(undefined);
          return;
        }
        const n = Number(t);
        if (Number.isFinite(n)) onChange(n / scale);
      }}
    />
  );
}

export function Check(props: {
  path: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const error = useProblem(props.path);
  return (
    <CheckboxField
      id={fieldIdOfPath(props.path)}
      label={props.label}
      hint={props.hint}
      error={error}
      checked={props.checked}
      onChange={props.onChange}
      small
    />
  );
}

export function Radios(props: {
  path: string;
  legend: ComponentChildren;
  hint?: ComponentChildren;
  value: string;
  items: readonly RadioItem[];
  onChange: (value: string) => void;
  inline?: boolean;
}) {
  const error = useProblem(props.path);
  return (
    <RadiosField
      id={fieldIdOfPath(props.path)}
      legend={props.legend}
      legendClass="govuk-fieldset__legend--s"
      hint={props.hint}
      error={error}
      value={props.value}
      items={props.items}
      onChange={props.onChange}
      inline={props.inline ?? false}
      small
    />
  );
}

export function Pick(props: {
  path: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
}) {
  const error = useProblem(props.path);
  return (
    <SelectField
      id={fieldIdOfPath(props.path)}
      label={props.label}
      hint={props.hint}
      error={error}
      value={props.value}
      options={props.options}
      onChange={props.onChange}
    />
  );
}

/**
 * An identifier: written only when no other entry of its kind uses it (what is typed stays as
 * typed meanwhile, with a message), so renaming letter by letter never passes through another
 * entry's identifier and rules always follow the entry they name.
 */
export function IdInput(props: {
  path: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  value: string;
  /** The identifiers other entries of this kind use now. */
  others: () => readonly string[];
  onChange: (value: string) => void;
  readOnly?: boolean;
}) {
  const { path, label, hint, value, others, onChange } = props;
  const [typed, setTyped] = useState(value);
  useEffect(() => {
    setTyped((shown) => (shown === value || others().includes(shown) ? shown : value));
    // Only a change from outside (another part, another tab) replaces what is typed.
  }, [value]);
  const problem = useProblem(path);
  const taken = typed !== value && others().includes(typed);
  return (
    <TextField
      id={fieldIdOfPath(path)}
      label={label}
      hint={hint}
      error={
        taken
          ? t('frameworkEditor', '“{id}” is already used: choose another identifier', { id: typed })
          : problem
      }
      value={typed}
      inputClass="govuk-input--width-20"
      spellcheck={false}
      onInput={(text) => {
        setTyped(text);
        if (!others().includes(text)) onChange(text);
      }}
    />
  );
}
