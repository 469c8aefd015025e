/**
 * GOV.UK form fields as the inspection set-up screens use them: label, hint, error message and
 * control wired together (`aria-describedby`), in the markup of govuk-frontend's templates.
 * Error messages link from the page's error summary by the control's id.
 */
import type { ComponentChildren, Ref } from 'preact';
import { t } from '../../i18n/translate';

/** `aria-describedby` for a control with this hint and error message, if any. */
function describedBy(
  id: string,
  hint: ComponentChildren | undefined,
  error: string | undefined,
): string | undefined {
  const list = [hint !== undefined && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return list.length === 0 ? undefined : list.join(' ');
}

export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} class="govuk-error-message">
      <span class="govuk-visually-hidden">{t('common', 'Error:')}</span> {message}
    </p>
  );
}

function Hint({ id, hint }: { id: string; hint: ComponentChildren | undefined }) {
  if (hint === undefined || hint === null || hint === '') return null;
  return (
    <div id={id} class="govuk-hint">
      {hint}
    </div>
  );
}

type FieldProps = {
  id: string;
  label: ComponentChildren;
  labelClass?: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  /** Extra classes for the form group. */
  groupClass?: string;
};

/** A labelled control in its form group: the label, the hint and the error message above it. */
function LabelledField({
  id,
  label,
  labelClass = '',
  hint,
  error,
  groupClass = '',
  children,
}: FieldProps & { children: ComponentChildren }) {
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''} ${groupClass}`}>
      <label class={`govuk-label ${labelClass}`} for={id}>
        {label}
      </label>
      <Hint id={`${id}-hint`} hint={hint} />
      <ErrorMessage id={`${id}-error`} message={error} />
      {children}
    </div>
  );
}

export function TextField({
  value,
  onInput,
  inputClass = '',
  type = 'text',
  inputMode,
  autoComplete = 'off',
  spellcheck,
  ...field
}: FieldProps & {
  value: string;
  onInput: (value: string) => void;
  inputClass?: string;
  type?: 'text' | 'number';
  inputMode?: 'numeric' | 'decimal' | 'text';
  autoComplete?: string;
  spellcheck?: boolean;
}) {
  const { id, hint, error } = field;
  return (
    <LabelledField {...field}>
      <input
        class={`govuk-input ${inputClass}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={id}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        spellcheck={spellcheck}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(event) => onInput((event.target as HTMLInputElement).value)}
      />
    </LabelledField>
  );
}

/** GOV.UK file upload: the chosen file is read by the form (through `inputRef`) or `onChange`. */
export function FileField({
  id,
  name = id,
  label,
  labelClass,
  hint,
  error,
  accept,
  multiple = false,
  disabled = false,
  inputRef,
  onChange,
}: {
  id: string;
  name?: string;
  label: ComponentChildren;
  labelClass: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onChange?: (files: File[]) => void;
}) {
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class={`govuk-label ${labelClass}`} for={id}>
        {label}
      </label>
      <Hint id={`${id}-hint`} hint={hint} />
      <ErrorMessage id={`${id}-error`} message={error} />
      <input
        ref={inputRef}
        class={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id={id}
        name={name}
        type="file"
        multiple={multiple}
        accept={accept}
        aria-describedby={describedBy(id, hint, error)}
        disabled={disabled}
        onChange={
          onChange && ((event) => onChange([...((event.target as HTMLInputElement).files ?? [])]))
        }
      />
    </div>
  );
}

export type SelectOption = { value: string; label: string };
export type SelectGroup = { label: string; options: readonly SelectOption[] };

export function SelectField({
  value,
  options = [],
  groups = [],
  onChange,
  ...field
}: FieldProps & {
  value: string;
  options?: readonly SelectOption[];
  groups?: readonly SelectGroup[];
  onChange: (value: string) => void;
}) {
  const option = (o: SelectOption) => (
    <option key={o.value} value={o.value} selected={o.value === value}>
      {o.label}
    </option>
  );
  const { id, hint, error } = field;
  return (
    <LabelledField {...field}>
      <select
        class={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={id}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange((event.target as HTMLSelectElement).value)}
      >
        {options.map(option)}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map(option)}
          </optgroup>
        ))}
      </select>
    </LabelledField>
  );
}

export type RadioItem = { value: string; label: ComponentChildren; hint?: ComponentChildren };

/** GOV.UK radios. The first radio's id is `id`, so an error summary link lands on it. */
export function RadiosField({
  id,
  name = id,
  legend,
  legendClass = 'govuk-fieldset__legend--m',
  hint,
  error,
  value,
  items,
  onChange,
  inline = false,
  small = false,
}: {
  id: string;
  name?: string;
  legend: ComponentChildren;
  legendClass?: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  value: string;
  items: readonly RadioItem[];
  onChange: (value: string) => void;
  inline?: boolean;
  small?: boolean;
}) {
  const itemId = (i: number) => (i === 0 ? id : `${id}-${i + 1}`);
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class={`govuk-fieldset__legend ${legendClass}`}>{legend}</legend>
        <Hint id={`${id}-hint`} hint={hint} />
        <ErrorMessage id={`${id}-error`} message={error} />
        <div
          class={`govuk-radios${inline ? ' govuk-radios--inline' : ''}${small ? ' govuk-radios--small' : ''}`}
        >
          {items.map((item, i) => (
            <div class="govuk-radios__item" key={item.value}>
              <input
                class="govuk-radios__input"
                id={itemId(i)}
                name={name}
                type="radio"
                value={item.value}
                checked={item.value === value}
                aria-describedby={item.hint ? `${itemId(i)}-item-hint` : undefined}
                onChange={() => onChange(item.value)}
              />
              <label class="govuk-label govuk-radios__label" for={itemId(i)}>
                {item.label}
              </label>
              {item.hint && (
                <div id={`${itemId(i)}-item-hint`} class="govuk-hint govuk-radios__hint">
                  {item.hint}
                </div>
              )}
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function CheckboxField({
  id,
  label,
  hint,
  error,
  checked,
  onChange,
  small = false,
}: {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
  small?: boolean;
}) {
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <ErrorMessage id={`${id}-error`} message={error} />
      <div class={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}>
        <div class="govuk-checkboxes__item">
          <input
            class="govuk-checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            checked={checked}
            aria-describedby={describedBy(id, hint, error)}
            onChange={(event) => onChange((event.target as HTMLInputElement).checked)}
          />
          <label class="govuk-label govuk-checkboxes__label" for={id}>
            {label}
          </label>
          {hint !== undefined && (
            <div id={`${id}-hint`} class="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

export type DateParts = { day: string; month: string; year: string };
export type DatePart = keyof DateParts;
export const NO_DATE: DateParts = { day: '', month: '', year: '' };

/** GOV.UK date input: day, month and year boxes. The day box's id is `${id}-day`. */
export function DateField({
  id,
  legend,
  hint,
  error,
  errorParts = ['day', 'month', 'year'],
  value,
  onChange,
}: {
  id: string;
  legend: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  errorParts?: readonly DatePart[];
  value: DateParts;
  onChange: (value: DateParts) => void;
}) {
  const parts: [DatePart, string, string][] = [
    ['day', t('common', 'Day'), 'govuk-input--width-2'],
    ['month', t('common', 'Month'), 'govuk-input--width-2'],
    ['year', t('common', 'Year'), 'govuk-input--width-4'],
  ];
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <Hint id={`${id}-hint`} hint={hint} />
        <ErrorMessage id={`${id}-error`} message={error} />
        <div class="govuk-date-input" id={id}>
          {parts.map(([part, label, width]) => (
            <div class="govuk-date-input__item" key={part}>
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for={`${id}-${part}`}>
                  {label}
                </label>
                <input
                  autoComplete="off"
                  class={`govuk-input govuk-date-input__input ${width}${error && errorParts.includes(part) ? ' govuk-input--error' : ''}`}
                  id={`${id}-${part}`}
                  name={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  value={value[part]}
                  onInput={(event) =>
                    onChange({ ...value, [part]: (event.target as HTMLInputElement).value })
                  }
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
