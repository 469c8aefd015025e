/** The case profile: the facts recorded about every case before its standards (age, MAPPA…). */
import {
  addProfileField,
  fieldIdOfPath,
  moveProfileField,
  removalEffects,
  removeProfileField,
  updateProfileField,
} from '../../../core';
import { t } from '../../i18n/translate';
import { EditableList, focusField } from './EditableList';
import { editorPart } from './EditorFrame';
import { partLabel } from './editorLinks';
import { ItemEditor } from './ItemEditor';
import type { DraftEditor } from './useDraftEditor';

export default editorPart(() => partLabel('profile'), 'profile', Profile);

function Profile({ editor }: { editor: DraftEditor }) {
  const { framework, edit } = editor;
  return (
    <>
      <p class="govuk-body">
        {t(
          'frameworkEditor',
          'Profile fields are recorded for every case first; questions’ rules may look at them.',
        )}
      </p>
      {framework.profile.length === 0 && (
        <p class="govuk-body">{t('frameworkEditor', 'No profile fields yet.')}</p>
      )}
      <EditableList
        list="fw-profile"
        card
        entries={framework.profile}
        onMove={(from, to) => edit((f) => moveProfileField(f, from, to), true)}
        entry={(field, i) => ({
          id: fieldIdOfPath(`profile[${i}]`),
          name: t('frameworkEditor', 'profile field {number}', { number: i + 1 }),
          onRemove: () => edit((f) => removeProfileField(f, i), true),
          effects: () => removalEffects(framework, { kind: 'profileField', at: i }),
          fields: (
            <>
              <h2 class="govuk-heading-s">
                {field.text
                  ? t('frameworkEditor', 'Field {number}: {text}', {
                      number: i + 1,
                      text: field.text,
                    })
                  : t('frameworkEditor', 'Field {number}', { number: i + 1 })}
              </h2>
              <ItemEditor
                path={`profile[${i}]`}
                item={field}
                holder={{ kind: 'profile', at: i }}
                change={(update, immediate) =>
                  edit((f) => updateProfileField(f, i, update), immediate)
                }
              />
            </>
          ),
        })}
        add={{
          label: t('frameworkEditor', 'Add a profile field'),
          onAdd: () => {
            const at = framework.profile.length;
            edit(addProfileField, true);
            focusField(`profile[${at}].text`);
          },
        }}
      />
    </>
  );
}
