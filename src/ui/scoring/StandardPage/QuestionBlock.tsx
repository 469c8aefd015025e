/**
 * One question (or profile field) on the answering screen: its text, guidance and prompts in a
 * details element (open or closed as last left on this device), the control for its kind, an
 * evidence note, and its save status. Re-renders only when its own answer or save state changes.
 */
import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import type { AnswerValue, FrameworkIndex, FrameworkItem } from '../../../core';
import type { AnswerRecord } from '../../../db/database';
import type { CaseEditor } from '../../../editing/caseEditor';
import { questionAnchor } from '../CaseCommon/caseLinks';
import {
  ChoiceControl,
  type ControlProps,
  DateControl,
  fieldId,
  NumberControl,
  TextControl,
} from './AnswerControls';
import { ConflictPanel } from './ConflictPanel';
import { guidanceOpen, rememberGuidanceOpen } from './detailsMemory';
import { type LockedWords, SaveStatus } from './SaveStatus';
import { useEditorItem } from './useEditorItem';

export type QuestionBlockProps = {
  readonly entry: FrameworkItem;
  readonly index: FrameworkIndex;
  readonly frameworkKey: string;
  readonly stored: AnswerRecord | undefined;
  readonly editor: CaseEditor | null;
  readonly locked: boolean;
  readonly me: string | null;
  readonly device: string;
  readonly memberName: (id: string) => string;
  /** What a held-back change says, when not "this case is marked as complete". */
  readonly lockedWords?: LockedWords | undefined;
};

function paragraphs(text: string) {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function Guidance({ entry, frameworkKey }: { entry: FrameworkItem; frameworkKey: string }) {
  const { id, guidance, prompts } = entry.item;
  const [open, setOpen] = useState(() => guidanceOpen(frameworkKey, id));
  if (!guidance && !prompts?.length) return null;
  const summary =
    guidance && prompts?.length ? 'Guidance and prompts' : guidance ? 'Guidance' : 'Prompts';
  return (
    <details
      class="govuk-details ca-guidance"
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        setOpen(now);
        rememberGuidanceOpen(frameworkKey, id, now);
      }}
    >
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{summary}</span>
      </summary>
      <div class="govuk-details__text">
        {guidance &&
          paragraphs(guidance).map((p, i) => (
            <p class="govuk-body" key={i}>
              {p}
            </p>
          ))}
        {prompts && prompts.length > 0 && (
          <>
            <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Prompts</p>
            <ul class="govuk-list govuk-list--bullet">
              {prompts.map((prompt, i) => (
                <li key={i}>{prompt}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </details>
  );
}

function QuestionBlockView(props: QuestionBlockProps) {
  const { entry, index, stored, editor, locked, me, device, memberName, frameworkKey } = props;
  const item = entry.item;
  const id = item.id;
  const state = useEditorItem(editor, id);
  const [typing, setTyping] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = editor
    ? editor.shown(id, stored)
    : { value: stored?.value ?? null, note: stored?.note ?? '' };
  const disabled = locked || !editor;
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, problem ? errorId : null, statusId].filter(Boolean).join(' ');
  const asksNote = entry.type === 'question';
  const optional = item.required === false;

  const control: ControlProps = {
    entry,
    index,
    value: shown.value,
    disabled,
    describedBy,
    onChoose: (value: AnswerValue, at: number) => {
      setTyping(false);
      void editor?.change(id, { value }, { startedAt: at });
    },
    onType: (value: AnswerValue) => {
      setTyping(true);
      void editor?.change(id, { value }, { typing: true });
    },
    onLeave: () => void editor?.endTyping(id),
    onProblem: setProblem,
  };

  const heading = (
    <>
      {item.text}
      {optional && <span class="ca-optional"> (optional)</span>}
    </>
  );
  const hint = (
    <div class="govuk-hint ca-question__hint" id={hintId}>
      {entry.type === 'question' && entry.item.key && (
        <strong class="govuk-tag govuk-tag--grey ca-question__key">Key question</strong>
      )}
      {item.kind === 'number' && describeBounds(item.min, item.max, item.integer)}
      {item.kind === 'date' && 'For example, 27 3 2024'}
      {item.kind === 'multichoice' && 'Select all that apply'}
    </div>
  );
  const error = problem && (
    <p class="govuk-error-message" id={errorId}>
      <span class="govuk-visually-hidden">Error:</span> {problem}
    </p>
  );
  const grouped = item.kind !== 'number' && item.kind !== 'text';
  const answered =
    shown.value !== null && !(Array.isArray(shown.value) && shown.value.length === 0);

  return (
    <div
      class={`govuk-form-group ca-question${problem ? ' govuk-form-group--error' : ''}${state.kind === 'conflict' ? ' ca-question--conflict' : ''}`}
      id={questionAnchor(id)}
      data-question={id}
    >
      {grouped ? (
        <fieldset
          class="govuk-fieldset"
          aria-describedby={describedBy}
          role={item.kind === 'date' ? 'group' : undefined}
        >
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
            <h2 class="govuk-fieldset__heading">{heading}</h2>
          </legend>
          {hint}
          <Guidance entry={entry} frameworkKey={frameworkKey} />
          {error}
          {item.kind === 'date' ? <DateControl {...control} /> : <ChoiceControl {...control} />}
        </fieldset>
      ) : (
        <>
          <h2 class="govuk-label-wrapper">
            <label class="govuk-label govuk-label--s" for={fieldId(id)}>
              {heading}
            </label>
          </h2>
          {hint}
          <Guidance entry={entry} frameworkKey={frameworkKey} />
          {error}
          {item.kind === 'number' ? <NumberControl {...control} /> : <TextControl {...control} />}
        </>
      )}
      {answered &&
        !disabled &&
        item.kind !== 'text' &&
        item.kind !== 'number' &&
        item.kind !== 'date' && (
          <button
            type="button"
            class="ca-link-button govuk-link ca-question__clear"
            onClick={() => control.onChoose(null, performance.now())}
          >
            Clear answer<span class="govuk-visually-hidden"> to “{item.text}”</span>
          </button>
        )}
      {asksNote && (
        <div class="ca-note">
          <label class="govuk-label ca-note__label" for={`${id}-note`}>
            Evidence: where in the file, what you saw
            <span class="govuk-visually-hidden"> (for “{item.text}”)</span>
          </label>
          <textarea
            class="govuk-textarea ca-note__input"
            id={`${id}-note`}
            name={`note-${id}`}
            rows={2}
            disabled={disabled}
            value={shown.note}
            onInput={(e) => {
              setTyping(true);
              void editor?.change(id, { note: e.currentTarget.value }, { typing: true });
            }}
            onBlur={() => void editor?.endTyping(id)}
          />
        </div>
      )}
      {state.kind === 'conflict' && editor && (
        <ConflictPanel
          itemId={id}
          index={index}
          conflict={state}
          memberName={memberName}
          asksNote={asksNote}
          device={device}
          onKeepMine={() => void editor.keepMine(id)}
          onKeepTheirs={() => editor.keepTheirs(id)}
        />
      )}
      <SaveStatus
        id={statusId}
        state={state}
        stored={stored}
        me={me}
        memberName={memberName}
        typing={typing}
        locked={props.lockedWords}
      />
    </div>
  );
}

function describeBounds(min?: number, max?: number, integer?: boolean): string {
  const what = integer ? 'A whole number' : 'A number';
  if (min !== undefined && max !== undefined) return `${what} from ${min} to ${max}`;
  if (min !== undefined) return `${what}, ${min} or more`;
  if (max !== undefined) return `${what}, ${max} or less`;
  return integer ? 'A whole number' : '';
}

/** Only this question's own answer (by revision) or the screen's mode make it render again. */
export const QuestionBlock = memo(
  QuestionBlockView,
  (a, b) =>
    a.entry === b.entry &&
    a.editor === b.editor &&
    a.locked === b.locked &&
    a.me === b.me &&
    a.device === b.device &&
    a.memberName === b.memberName &&
    a.lockedWords === b.lockedWords &&
    a.stored?.rev === b.stored?.rev &&
    a.stored?.at === b.stored?.at,
);
