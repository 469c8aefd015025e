/** A list of short texts (publishers, prompts): each editable, reorderable and removable. */
import { fieldIdOfPath, inserted, moved, replaced, without } from '../../../core';
import { t } from '../../i18n/translate';
import { AddButton } from './EditableList';
import { TextInput, useProblem } from './fields';
import { RowControls } from './Reorder';

function words(noun: 'publisher' | 'prompt', number: number) {
  return noun === 'publisher'
    ? {
        label: t('frameworkEditor', 'Publisher {number}', { number }),
        name: t('frameworkEditor', 'publisher {number}', { number }),
        add: t('frameworkEditor', 'Add a publisher'),
      }
    : {
        label: t('frameworkEditor', 'Prompt {number}', { number }),
        name: t('frameworkEditor', 'prompt {number}', { number }),
        add: t('frameworkEditor', 'Add a prompt'),
      };
}

export function TextList(props: {
  path: string;
  legend: string;
  /** What the list holds: publishers or prompts. */
  noun: 'publisher' | 'prompt';
  values: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const { path, legend, noun, values, onChange } = props;
  const list = fieldIdOfPath(path);
  const error = useProblem(path);
  return (
    <fieldset class="govuk-fieldset govuk-!-margin-bottom-4" id={list}>
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
      {error && (
        <p class="govuk-error-message">
          <span class="govuk-visually-hidden">{t('frameworkEditor', 'Error:')}</span> {error}
        </p>
      )}
      {values.map((value, i) => (
        <div class="ca-editor-row" key={i}>
          <TextInput
            path={`${path}[${i}]`}
            label={words(noun, i + 1).label}
            value={value}
            onChange={(v) => onChange(replaced(values, i, () => v ?? ''))}
          />
          <RowControls
            list={list}
            index={i}
            count={values.length}
            name={words(noun, i + 1).name}
            onMove={(from, to) => onChange(moved(values, from, to))}
            onRemove={() => onChange(without(values, i))}
          />
        </div>
      ))}
      <AddButton list={list} small onAdd={() => onChange(inserted(values, ''))}>
        {words(noun, 0).add}
      </AddButton>
    </fieldset>
  );
}
