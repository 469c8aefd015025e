/** The case profile: the facts recorded about every case before its standards (age, MAPPA…). */
import {
  addProfileField,
  fieldIdOfPath,
  moveProfileField,
  removalEffects,
  removeProfileField,
  updateProfileField,
} from '../../../core';
import { focusWhenShown } from '../../components/moveFocus';
import { EditorFrame } from './EditorFrame';
import { ItemEditor } from './ItemEditor';
import { dragProps, RowControls } from './Reorder';
import type { DraftEditor } from './useDraftEditor';

export default function ProfilePart({ draftId }: { draftId: string }) {
  return (
    <EditorFrame draftId={draftId} title="Case profile" current="profile">
      {(editor) => <Profile editor={editor} />}
    </EditorFrame>
  );
}

function Profile({ editor }: { editor: DraftEditor }) {
  const { framework, edit } = editor;
  const list = 'fw-profile';
  return (
    <>
      <p class="govuk-body">
        Profile fields are recorded for every case first; questions’ rules may look at them.
      </p>
      {framework.profile.length === 0 && <p class="govuk-body">No profile fields yet.</p>}
      <ol class="ca-editor-list">
        {framework.profile.map((field, i) => {
          const onMove = (from: number, to: number) =>
            edit((f) => moveProfileField(f, from, to), true);
          return (
            <li
              class="ca-editor-card"
              key={i}
              id={fieldIdOfPath(`profile[${i}]`)}
              {...dragProps(list, i, onMove).row}
            >
              <h2 class="govuk-heading-s">
                Field {i + 1}
                {field.text ? `: ${field.text}` : ''}
              </h2>
              <ItemEditor
                path={`profile[${i}]`}
                item={field}
                holder={{ kind: 'profile', at: i }}
                change={(update, immediate) =>
                  edit((f) => updateProfileField(f, i, update), immediate)
                }
              />
              <RowControls
                list={list}
                index={i}
                count={framework.profile.length}
                name={`profile field ${i + 1}`}
                onMove={onMove}
                onRemove={() => edit((f) => removeProfileField(f, i), true)}
                effects={() => removalEffects(framework, { kind: 'profileField', at: i })}
              />
            </li>
          );
        })}
      </ol>
      <button
        id={`${list}-add`}
        type="button"
        class="govuk-button govuk-button--secondary"
        onClick={() => {
          const at = framework.profile.length;
          edit(addProfileField, true);
          focusWhenShown(() => document.getElementById(fieldIdOfPath(`profile[${at}].text`)));
        }}
      >
        Add a profile field
      </button>
    </>
  );
}
