/** A list of short texts (publishers, prompts): each editable, reorderable and removable. */
import { fieldIdOfPath, inserted, moved, replaced, without } from '../../../core';
import { AddButton } from './EditableList';
import { TextInput, useProblem } from './fields';
import { RowControls } from './Reorder';

export function TextList(props: {
  path: string;
  legend: string;
  noun: string;
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
          <span class="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {values.map((value, i) => (
        <div class="ca-editor-row" key={i}>
          <TextInput
            path={`${path}[${i}]`}
            label={`${noun[0]!.toUpperCase()}${noun.slice(1)} ${i + 1}`}
            value={value}
            onChange={(v) => onChange(replaced(values, i, () => v ?? ''))}
          />
          <RowControls
            list={list}
            index={i}
            count={values.length}
            name={`${noun} ${i + 1}`}
            onMove={(from, to) => onChange(moved(values, from, to))}
            onRemove={() => onChange(without(values, i))}
          />
        </div>
      ))}
      <AddButton list={list} small onAdd={() => onChange(inserted(values, ''))}>
        Add a {noun}
      </AddButton>
    </fieldset>
  );
}
