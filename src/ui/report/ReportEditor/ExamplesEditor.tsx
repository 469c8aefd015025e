/**
 * Case examples and good-practice examples: each drawn from a case (by its reference, never
 * printed), credited to an area, placed in a chapter. Text that looks like a person's name, an
 * address or a number that identifies someone is flagged: published examples are anonymised.
 */

import type { ComponentChildren } from 'preact';
import {
  type Framework,
  type Inspection,
  personalDataInText,
  type ReportExample,
  type TextPersonalData,
} from '../../../core';
import { t, tx } from '../../i18n/translate';
import { type ListChange, type ListEditing, listEditing } from './listEditing';
import { TextChecks } from './TextChecks';

type CaseRef = { readonly ref: string; readonly areaId: string };

export function ExamplesEditor({
  items,
  inspection,
  framework,
  caseRefs,
  onChange,
  onBlur,
  newId,
}: {
  items: readonly ReportExample[];
  inspection: Inspection;
  framework: Framework;
  /** Case references with their area, to link an example to a case. */
  caseRefs: readonly CaseRef[];
  onChange: ListChange<ReportExample>;
  onBlur: () => void;
  newId: () => string;
}) {
  const allowed = [
    ...inspection.areas.map((a) => a.name),
    ...inspection.organisations,
    ...framework.publishers,
  ];
  const list = listEditing(items, onChange);
  const add = (kind: ReportExample['kind']) =>
    list.add({
      id: newId(),
      kind,
      title: '',
      caseRef: '',
      areaId: null,
      sectionId: null,
      text: '',
    });
  return (
    <div class="ca-examples">
      {items.length === 0 && (
        <p class="govuk-body">
          {t(
            'reportScreen',
            'No examples yet. A case example shows what the figures mean for one child; a good-practice example credits an area with work worth copying.',
          )}
        </p>
      )}
      {items.map((e, i) => (
        <ExampleItem
          key={e.id}
          e={e}
          index={i}
          inspection={inspection}
          framework={framework}
          caseRefs={caseRefs}
          allowed={allowed}
          list={list}
          onBlur={onBlur}
        />
      ))}
      <div class="govuk-button-group">
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          onClick={() => add('case')}
        >
          {t('reportScreen', 'Add a case example')}
        </button>
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          onClick={() => add('good-practice')}
        >
          {t('reportScreen', 'Add a good-practice example')}
        </button>
      </div>
    </div>
  );
}

function ExampleItem({
  e,
  index: i,
  inspection,
  framework,
  caseRefs,
  allowed,
  list,
  onBlur,
}: {
  e: ReportExample;
  index: number;
  inspection: Inspection;
  framework: Framework;
  caseRefs: readonly CaseRef[];
  /** Names that may appear in an example: the areas, organisations and publishers. */
  allowed: readonly string[];
  list: ListEditing<ReportExample>;
  onBlur: () => void;
}) {
  const set = list.patch;
  const n = i + 1;
  const base = `example-${n}`;
  const flags = personalDataInText(`${e.title}\n${e.text}`, allowed);
  return (
    <fieldset class="govuk-fieldset ca-examples__item">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
        {e.kind === 'case'
          ? t('reportScreen', 'Example {number}: case example', { number: n })
          : t('reportScreen', 'Example {number}: good practice example', { number: n })}
      </legend>
      <div class="govuk-form-group">
        <label class="govuk-label" for={`${base}-kind`}>
          {t('reportScreen', 'Kind')}
        </label>
        <select
          class="govuk-select"
          id={`${base}-kind`}
          value={e.kind}
          onChange={(ev) =>
            set(
              i,
              {
                kind: (ev.target as HTMLSelectElement).value === 'case' ? 'case' : 'good-practice',
              },
              true,
            )
          }
        >
          <option value="case">{t('reportScreen', 'Case example')}</option>
          <option value="good-practice">{t('reportScreen', 'Good practice example')}</option>
        </select>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for={`${base}-title`}>
          {t('reportScreen', 'Title')}
        </label>
        <div class="govuk-hint" id={`${base}-title-hint`}>
          {e.kind === 'case'
            ? t(
                'reportScreen',
                'What it shows, for example “education”: the report prints “Case example: education”.',
              )
            : t(
                'reportScreen',
                'What it shows, for example “education”: the report prints “Good practice example: education”.',
              )}
        </div>
        <input
          autoComplete="off"
          class="govuk-input govuk-!-width-one-half"
          id={`${base}-title`}
          type="text"
          value={e.title}
          aria-describedby={`${base}-title-hint`}
          onInput={(ev) => set(i, { title: (ev.target as HTMLInputElement).value })}
          onBlur={onBlur}
        />
      </div>
      <ExamplePlacement
        base={base}
        example={e}
        inspection={inspection}
        framework={framework}
        caseRefs={caseRefs}
        onPatch={(patch) => set(i, patch, true)}
      />
      <ExampleText
        base={base}
        text={e.text}
        flags={flags}
        onInput={(text) => set(i, { text })}
        onBlur={onBlur}
      />
      <button
        type="button"
        class="govuk-button govuk-button--warning"
        onClick={() => list.remove(i)}
      >
        {tx('reportScreen', 'Remove<hidden> example {number}</hidden>', {
          number: n,
          hidden: (chunks: ComponentChildren) => (
            <span class="govuk-visually-hidden">{chunks}</span>
          ),
        })}
      </button>
    </fieldset>
  );
}

/** The case an example is drawn from, the area it credits and the chapter it is placed in. */
function ExamplePlacement({
  base,
  example,
  inspection,
  framework,
  caseRefs,
  onPatch,
}: {
  base: string;
  example: ReportExample;
  inspection: Inspection;
  framework: Framework;
  caseRefs: readonly CaseRef[];
  onPatch: (patch: Partial<ReportExample>) => void;
}) {
  return (
    <>
      <div class="govuk-form-group">
        <label class="govuk-label" for={`${base}-case`}>
          {t('reportScreen', 'Case it is drawn from')}
        </label>
        <div class="govuk-hint" id={`${base}-case-hint`}>
          {t('reportScreen', 'Kept with the draft so you can find the case again; never printed.')}
        </div>
        <select
          class="govuk-select"
          id={`${base}-case`}
          value={example.caseRef}
          aria-describedby={`${base}-case-hint`}
          onChange={(ev) => {
            const ref = (ev.target as HTMLSelectElement).value;
            const kase = caseRefs.find((c) => c.ref === ref);
            onPatch({ caseRef: ref, areaId: kase ? kase.areaId : example.areaId });
          }}
        >
          <option value="">{t('reportScreen', 'No particular case')}</option>
          {caseRefs.map((c) => (
            <option key={c.ref} value={c.ref}>
              {c.ref}
            </option>
          ))}
        </select>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for={`${base}-area`}>
          {t('reportScreen', 'Credited to')}
        </label>
        <select
          class="govuk-select"
          id={`${base}-area`}
          value={example.areaId ?? ''}
          onChange={(ev) => {
            const value = (ev.target as HTMLSelectElement).value;
            onPatch({ areaId: value === '' ? null : value });
          }}
        >
          <option value="">{t('reportScreen', 'No area')}</option>
          {inspection.areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label" for={`${base}-section`}>
          {t('reportScreen', 'Chapter')}
        </label>
        <select
          class="govuk-select"
          id={`${base}-section`}
          value={example.sectionId ?? ''}
          onChange={(ev) => {
            const value = (ev.target as HTMLSelectElement).value;
            onPatch({ sectionId: value === '' ? null : value });
          }}
        >
          <option value="">{t('reportScreen', 'A chapter of examples of its own')}</option>
          {framework.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

/** An example's text, with what looks like personal data flagged. */
function ExampleText({
  base,
  text,
  flags,
  onInput,
  onBlur,
}: {
  base: string;
  text: string;
  flags: readonly TextPersonalData[];
  onInput: (text: string) => void;
  onBlur: () => void;
}) {
  return (
    <div class={`govuk-form-group${flags.length > 0 ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for={`${base}-text`}>
        {t('reportScreen', 'Text')}
      </label>
      <div class="govuk-hint" id={`${base}-text-hint`}>
        {t(
          'reportScreen',
          'Anonymised: no names, addresses or dates of birth. Say “a 15-year-old girl”.',
        )}
      </div>

      <TextChecks
        checks={flags.map((f) => ({
          key: `${f.start}-${f.looksLike}`,
          id: `${base}-flag-${f.start}`,
          message: f.message,
        }))}
      />
      <textarea
        autoComplete="off"
        class={`govuk-textarea${flags.length > 0 ? ' govuk-textarea--error' : ''}`}
        id={`${base}-text`}
        rows={5}
        value={text}
        aria-describedby={[
          `${base}-text-hint`,
          ...flags.map((f) => `${base}-flag-${f.start}`),
        ].join(' ')}
        onInput={(ev) => onInput((ev.target as HTMLTextAreaElement).value)}
        onBlur={onBlur}
      />
    </div>
  );
}
