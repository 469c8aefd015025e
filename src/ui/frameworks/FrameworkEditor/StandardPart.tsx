/**
 * One standard in the editor: its identifier, title, description, how it is rated and when it
 * is shown, then its questions — each editable, reorderable (buttons or dragging), removable,
 * and movable to another standard.
 */

import { memo } from 'preact/compat';
import {
  addQuestion,
  fieldIdOfPath,
  moveQuestion,
  moveQuestionTo,
  type Question,
  removalEffects,
  removeQuestion,
  type Standard,
  updateQuestion,
  updateStandard,
} from '../../../core';
import { focusWhenShown } from '../../components/moveFocus';
import { EditorFrame } from './EditorFrame';
import { Radios, TextInput } from './fields';
import { ItemEditor } from './ItemEditor';
import { MoveToStandard } from './MoveToStandard';
import { dragProps, RowControls } from './Reorder';
import { RuleBuilder } from './RuleBuilder';
import { type DraftEditor, useDraft } from './useDraftEditor';

type Props = { draftId: string; sectionIndex: string; standardIndex: string };

export default function StandardPart({ draftId, sectionIndex, standardIndex }: Props) {
  const s = Number(sectionIndex);
  const t = Number(standardIndex);
  return (
    <EditorFrame
      draftId={draftId}
      title={`Standard ${t + 1} of section ${s + 1}`}
      current="sections"
    >
      {(editor) => <StandardFields editor={editor} s={s} t={t} />}
    </EditorFrame>
  );
}

function StandardFields({ editor, s, t }: { editor: DraftEditor; s: number; t: number }) {
  const { framework, edit } = editor;
  const standard = framework.sections[s]?.standards[t];
  if (!standard) {
    return <p class="govuk-body">This standard is no longer in the draft.</p>;
  }
  const path = `sections[${s}].standards[${t}]`;
  const ref = { section: s, standard: t };
  const change = (update: (x: Standard) => Standard, immediate = false) =>
    edit((f) => updateStandard(f, ref, update), immediate);
  return (
    <>
      <TextInput
        path={`${path}.title`}
        label="Title"
        value={standard.title}
        onChange={(v) => change((x) => ({ ...x, title: v ?? '' }))}
      />
      <TextInput
        path={`${path}.id`}
        label="Identifier"
        width="govuk-input--width-20"
        value={standard.id}
        onChange={(v) => change((x) => ({ ...x, id: v ?? '' }))}
      />
      <TextInput
        path={`${path}.description`}
        label="Description"
        optional
        multiline
        value={standard.description}
        onChange={(v) => change((x) => ({ ...x, description: v }))}
      />
      <Radios
        path={`${path}.ratedBy`}
        legend="How it is rated"
        value={standard.ratedBy ?? 'key-questions'}
        items={[
          {
            value: 'key-questions',
            label: 'From its key questions, by the framework’s rating rule',
          },
          { value: 'lead-judgement', label: 'By the lead’s professional judgement' },
          { value: 'not-rated', label: 'Not rated' },
        ]}
        onChange={(v) =>
          change((x) => {
            const next = { ...x };
            if (v === 'key-questions') delete next.ratedBy;
            else next.ratedBy = v === 'lead-judgement' ? 'lead-judgement' : 'not-rated';
            return next;
          }, true)
        }
      />
      <RuleBuilder
        path={`${path}.showWhen`}
        holder={{ kind: 'standard', section: s, standard: t }}
        rule={standard.showWhen}
        verb="shown"
        onChange={(rule) =>
          change((x) => {
            const next = { ...x };
            if (rule) next.showWhen = rule;
            else delete next.showWhen;
            return next;
          }, true)
        }
      />

      <QuestionList editor={editor} s={s} t={t} />
    </>
  );
}

function QuestionList({ editor, s, t }: { editor: DraftEditor; s: number; t: number }) {
  const { framework, edit } = editor;
  const standard = framework.sections[s]?.standards[t];
  if (!standard) return null;
  const path = `sections[${s}].standards[${t}]`;
  const ref = { section: s, standard: t };
  const list = fieldIdOfPath(`${path}.questions`);
  return (
    <>
      <h2 class="govuk-heading-m" id={list} tabIndex={-1}>
        Questions
      </h2>
      {standard.questions.length === 0 && <p class="govuk-body">No questions yet.</p>}
      <ol class="ca-editor-list">
        {standard.questions.map((question, q) => (
          <QuestionCard
            key={q}
            s={s}
            t={t}
            q={q}
            question={question}
            count={standard.questions.length}
          />
        ))}
      </ol>
      <button
        id={`${list}-add`}
        type="button"
        class="govuk-button govuk-button--secondary"
        onClick={() => {
          edit((f) => addQuestion(f, ref), true);
          const at = standard.questions.length;
          focusWhenShown(() =>
            document.getElementById(fieldIdOfPath(`${path}.questions[${at}].text`)),
          );
        }}
      >
        Add a question
      </button>
    </>
  );
}

type CardProps = { s: number; t: number; q: number; question: Question; count: number };

/** One question's card: redrawn only when that question (or its place) changes. */
const QuestionCard = memo(function QuestionCard({ s, t, q, question, count }: CardProps) {
  const { edit, session } = useDraft();
  const ref = { section: s, standard: t };
  const qRef = { ...ref, question: q };
  const qPath = `sections[${s}].standards[${t}].questions[${q}]`;
  const list = fieldIdOfPath(`sections[${s}].standards[${t}].questions`);
  const onMove = (from: number, to: number) => edit((f) => moveQuestion(f, ref, from, to), true);
  return (
    <li class="ca-editor-card" id={fieldIdOfPath(qPath)} {...dragProps(list, q, onMove).row}>
      <h3 class="govuk-heading-s">
        Question {q + 1}
        {question.text ? `: ${question.text}` : ''}
      </h3>
      <RowControls
        list={list}
        index={q}
        count={count}
        name={`question ${q + 1}`}
        onMove={onMove}
        onRemove={() => edit((f) => removeQuestion(f, qRef), true)}
        effects={() => removalEffects(session.framework, { kind: 'question', ...qRef })}
      />
      <ItemEditor
        path={qPath}
        item={question}
        holder={{ kind: 'question', ...qRef }}
        change={(update, immediate) => edit((f) => updateQuestion(f, qRef, update), immediate)}
      />
      <MoveToStandard
        from={qRef}
        onMove={(to) => {
          edit((f) => moveQuestionTo(f, qRef, to), true);
          focusWhenShown(() => document.getElementById(list));
        }}
      />
    </li>
  );
});
