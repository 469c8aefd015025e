/**
 * One question (or profile field) on the answering screen: its text, guidance and prompts in a
 * details element (open or closed as last left on this device), the control for its kind, an
 * evidence note, and its save status. Re-renders only when its own answer or save state changes.
 */
import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import {
  type AnswerValue,
  type FrameworkIndex,
  type FrameworkItem,
  specialChoices,
} from '../../../core';
import type { AnswerRecord } from '../../../db/database';
import type { CaseEditor } from '../../../editing/caseEditor';
import { currentTranslator } from '../../i18n/translate';
import { questionAnchor } from '../CaseCommon/caseLinks';
import {
  ChoiceControl,
  type ControlProps,
  DateControl,
  fieldId,
  NumberControl,
  TextControl,
} from './AnswerControls';
import { SpecialChoices } from './ChoiceExtras';
import { ConflictPanel } from './ConflictPanel';
import { Guidance } from './Guidance';
import {
  ClearAnswer,
  EvidenceNote,
  QuestionHint,
  QuestionProblem,
  QuestionWords,
} from './QuestionParts';
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
  const statusId = `${id}-status`;
  const describedBy = [`${id}-hint`, problem ? `${id}-error` : null, statusId]
    .filter(Boolean)
    .join(' ');
  const asksNote = entry.type === 'question';

  const control: ControlProps = {
    entry,
    index,
    value: shown.value,
    currentValue: () => (editor ? editor.shown(id, stored).value : (stored?.value ?? null)),
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
  const answered =
    shown.value !== null && !(Array.isArray(shown.value) && shown.value.length === 0);

  return (
    <div
      class={`govuk-form-group ca-question${problem ? ' govuk-form-group--error' : ''}${state.kind === 'conflict' ? ' ca-question--conflict' : ''}`}
      id={questionAnchor(id)}
      data-question={id}
    >
      <QuestionField
        entry={entry}
        frameworkKey={frameworkKey}
        control={control}
        problem={problem}
      />
      {answered && !disabled && (
        <ClearAnswer item={item} onClear={() => control.onChoose(null, performance.now())} />
      )}
      {asksNote && (
        <EvidenceNote
          id={id}
          text={item.text}
          value={shown.note}
          disabled={disabled}
          onInput={(note) => {
            setTyping(true);
            void editor?.change(id, { note }, { typing: true });
          }}
          onBlur={() => void editor?.endTyping(id)}
        />
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

/**
 * The question's heading, hint, guidance, problem and control: a fieldset for choices and
 * dates, a label for a number or text box.
 */
function QuestionField({
  entry,
  frameworkKey,
  control,
  problem,
}: {
  entry: FrameworkItem;
  frameworkKey: string;
  control: ControlProps;
  problem: string | null;
}) {
  const item = entry.item;
  const heading = <QuestionWords item={item} />;
  const hint = <QuestionHint entry={entry} id={`${item.id}-hint`} />;
  const error = <QuestionProblem id={`${item.id}-error`} problem={problem} />;
  const specials = (
    <SpecialChoices
      entry={entry}
      choices={specialChoices(control.index, item.id, currentTranslator())}
      value={control.value}
      disabled={control.disabled}
      onChoose={(value, at) => {
        control.onProblem(null);
        control.onChoose(value, at);
      }}
    />
  );
  if (item.kind !== 'number' && item.kind !== 'text') {
    return (
      <fieldset
        class="govuk-fieldset"
        aria-describedby={control.describedBy}
        role={item.kind === 'date' ? 'group' : undefined}
      >
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
          <h2 class="govuk-fieldset__heading">{heading}</h2>
        </legend>
        {hint}
        <Guidance entry={entry} frameworkKey={frameworkKey} />
        {error}
        {item.kind === 'date' ? <DateControl {...control} /> : <ChoiceControl {...control} />}
        {item.kind === 'date' && specials}
      </fieldset>
    );
  }
  return (
    <>
      <h2 class="govuk-label-wrapper">
        <label class="govuk-label govuk-label--s" for={fieldId(item.id)}>
          {heading}
        </label>
      </h2>
      {hint}
      <Guidance entry={entry} frameworkKey={frameworkKey} />
      {error}
      {item.kind === 'number' ? <NumberControl {...control} /> : <TextControl {...control} />}
      {specials}
    </>
  );
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
