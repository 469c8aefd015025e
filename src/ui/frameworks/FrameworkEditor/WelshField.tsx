/**
 * A text's Welsh twin: under each English text of the framework, the same text in Welsh
 * (`translations.cy`, by the text's path), saved with the draft like the English. A text not
 * there yet (optional guidance left empty) has no Welsh to give until its English is written.
 */
import type { ComponentChildren } from 'preact';
import { fieldIdOfPath, translationKeys, withWelsh } from '../../../core';
import { t } from '../../i18n/translate';
import { useDraft, useDraftValue } from './useDraftEditor';

export function WelshField(props: {
  path: string;
  /** The English field's label, said to screen readers before "Welsh (Cymraeg)". */
  label: ComponentChildren;
  multiline?: boolean;
  width?: string;
}) {
  const { path, label, multiline, width = '' } = props;
  const { edit } = useDraft();
  const key = useDraftValue((framework) => translationKeys(framework).get(path));
  const welsh = useDraftValue((framework) =>
    key === undefined ? undefined : framework.translations?.cy[key],
  );
  if (key === undefined) return null;
  const id = `${fieldIdOfPath(path)}-cy`;
  const write = (typed: string) => edit((framework) => withWelsh(framework, key, typed));
  return (
    <div class="govuk-form-group ca-welsh-twin">
      <label class="govuk-label govuk-label--s" for={id}>
        <span class="govuk-visually-hidden">{label}: </span>
        {t('frameworkEditor', 'Welsh (Cymraeg)')}
      </label>
      {multiline ? (
        <textarea
          autoComplete="off"
          class="govuk-textarea"
          id={id}
          name={id}
          rows={3}
          lang="cy"
          value={welsh ?? ''}
          onInput={(e) => write((e.target as HTMLTextAreaElement).value)}
        />
      ) : (
        <input
          autoComplete="off"
          class={`govuk-input ${width}`.trim()}
          id={id}
          name={id}
          type="text"
          lang="cy"
          value={welsh ?? ''}
          onInput={(e) => write((e.target as HTMLInputElement).value)}
        />
      )}
    </div>
  );
}
