/**
 * The framework's details: identifier and version (read-only for the next version of a
 * published one), titles, description, publishers, year, source, licence, status, language,
 * the words for proportions and the sampling defaults.
 */
import { CONFIDENCE_LEVELS, type Framework } from '../../../core';
import { t } from '../../i18n/translate';
import { editorPart } from './EditorFrame';
import { partLabel } from './editorLinks';
import { Check, NumberInput, Pick, Radios, TextInput } from './fields';
import { withKey } from './optionalKey';
import { TextList } from './TextList';
import type { DraftEditor } from './useDraftEditor';

export default editorPart(() => partLabel('details'), 'details', Details);

function useSetter(editor: DraftEditor) {
  return <K extends keyof Framework>(key: K, value: Framework[K] | undefined, immediate = false) =>
    editor.edit((current) => withKey(current, key, value), immediate);
}

function Details({ editor }: { editor: DraftEditor }) {
  const { framework: f, session } = editor;
  const nextVersion = session.record.basedOn?.startsWith(`${f.id}@`) === true;
  const set = useSetter(editor);
  return (
    <>
      <TextInput
        path="title"
        label={t('frameworkEditor', 'Title')}
        value={f.title}
        onChange={(v) => set('title', v ?? '')}
      />
      <TextInput
        path="shortTitle"
        label={t('frameworkEditor', 'Short title')}
        optional
        value={f.shortTitle}
        onChange={(v) => set('shortTitle', v)}
      />
      <TextInput
        path="id"
        label={t('frameworkEditor', 'Identifier')}
        hint={
          nextVersion
            ? t('frameworkEditor', 'The next version of a framework keeps its identifier.')
            : t(
                'frameworkEditor',
                'Lower-case letters, digits and dashes, such as hmip-youth-2024.',
              )
        }
        value={f.id}
        readOnly={nextVersion}
        width="govuk-input--width-20"
        onChange={(v) => set('id', v ?? '')}
      />
      <TextInput
        path="version"
        label={t('frameworkEditor', 'Version')}
        hint={
          nextVersion
            ? t(
                'frameworkEditor',
                'The next version of {basedOn}; publishing suggests the number from what changed.',
                { basedOn: session.record.basedOn ?? '' },
              )
            : t('frameworkEditor', 'Such as 1.0.0.')
        }
        value={f.version}
        readOnly={nextVersion}
        width="govuk-input--width-10"
        onChange={(v) => set('version', v ?? '')}
      />
      {f.basedOn && (
        <p class="govuk-body">
          {t('frameworkEditor', 'Based on {title} ({key}).', {
            title: f.basedOn.title,
            key: `${f.basedOn.id}@${f.basedOn.version}`,
          })}
        </p>
      )}
      <TextInput
        path="description"
        label={t('frameworkEditor', 'Description')}
        optional
        multiline
        value={f.description}
        onChange={(v) => set('description', v)}
      />
      <TextList
        path="publishers"
        legend={t('frameworkEditor', 'Publishers')}
        noun="publisher"
        values={f.publishers}
        onChange={(list) => set('publishers', list, true)}
      />
      <NumberInput
        path="year"
        label={t('frameworkEditor', 'Year')}
        value={f.year}
        onChange={(v) => set('year', v ?? 0)}
      />
      <Provenance editor={editor} />
    </>
  );
}

/** Where the framework comes from, its status and language, and the words for proportions. */
function Provenance({ editor }: { editor: DraftEditor }) {
  const f = editor.framework;
  const set = useSetter(editor);
  return (
    <>
      <TextInput
        path="source.citation"
        label={t('frameworkEditor', 'Source: citation')}
        multiline
        value={f.source.citation}
        onChange={(v) => set('source', { ...f.source, citation: v ?? '' })}
      />
      <TextInput
        path="source.url"
        label={t('frameworkEditor', 'Source: web address')}
        optional
        value={f.source.url}
        onChange={(v) => set('source', withKey(f.source, 'url', v))}
      />
      <TextInput
        path="licence"
        label={t('frameworkEditor', 'Licence')}
        value={f.licence}
        onChange={(v) => set('licence', v ?? '')}
      />
      <Radios
        path="status"
        legend={t('frameworkEditor', 'Status')}
        value={f.status}
        items={[
          {
            value: 'published',
            label: t('frameworkEditor', 'Published: the publisher’s own framework'),
          },
          {
            value: 'reconstructed',
            label: t('frameworkEditor', 'Reconstructed from a published report'),
          },
          { value: 'draft', label: t('frameworkEditor', 'Draft') },
        ]}
        onChange={(v) => set('status', v as Framework['status'], true)}
      />
      <TextInput
        path="statusNote"
        label={t('frameworkEditor', 'Status note')}
        hint={t(
          'frameworkEditor',
          'For example: wording to verify against the published standards',
        )}
        optional
        multiline
        value={f.statusNote}
        onChange={(v) => set('statusNote', v)}
      />
      <TextInput
        path="language"
        label={t('frameworkEditor', 'Language')}
        hint={t('frameworkEditor', 'A language tag, such as en-GB')}
        width="govuk-input--width-10"
        value={f.language}
        onChange={(v) => set('language', v ?? '')}
      />
      <Radios
        path="quantifiers"
        legend={t('frameworkEditor', 'Words a report uses for proportions')}
        value={f.quantifiers}
        items={[
          { value: 'fractions', label: t('frameworkEditor', 'Fractions, such as “two-thirds”') },
          { value: 'bands', label: t('frameworkEditor', 'Bands, such as “a large majority”') },
        ]}
        onChange={(v) => set('quantifiers', v === 'bands' ? 'bands' : 'fractions', true)}
      />
      <Sampling editor={editor} />
    </>
  );
}

function Sampling({ editor }: { editor: DraftEditor }) {
  const sampling = editor.framework.sampling;
  const set = useSetter(editor);
  const setSampling = (next: Framework['sampling'], immediate = false) =>
    set('sampling', next, immediate);
  return (
    <>
      <Check
        path="sampling"
        label={t('frameworkEditor', 'Suggest how to size samples')}
        checked={sampling !== undefined}
        onChange={(on) => setSampling(on ? { confidence: 0.8, margin: 0.05 } : undefined, true)}
      />
      {sampling && (
        <div class="govuk-inset-text">
          <Pick
            path="sampling.confidence"
            label={t('frameworkEditor', 'Confidence level')}
            value={String(sampling.confidence)}
            options={CONFIDENCE_LEVELS.map((c) => ({
              value: String(c),
              label: `${Math.round(c * 100)}%`,
            }))}
            onChange={(v) =>
              setSampling(
                { ...sampling, confidence: Number(v) as typeof sampling.confidence },
                true,
              )
            }
          />
          <NumberInput
            path="sampling.margin"
            label={t('frameworkEditor', 'Margin of error, in percentage points')}
            hint={t('frameworkEditor', '5 for ±5 points')}
            scale={100}
            value={sampling.margin}
            onChange={(v) => setSampling({ ...sampling, margin: v ?? 0 })}
          />
        </div>
      )}
    </>
  );
}
