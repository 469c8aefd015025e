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
import { t } from '../../i18n/translate';
import { AddButton, focusField, ListHeading } from './EditableList';
import { EditorFrame } from './EditorFrame';
import { Radios } from './fields';
import { ItemEditor } from './ItemEditor';
import { MoveTo } from './MoveTo';
import { ShownWhen, TitleFields } from './PartFields';
import { dragProps, RowControls } from './Reorder';
import { type DraftEditor, useDraft } from './useDraftEditor';

type Props = { draftId: string; sectionIndex: string; standardIndex: string };

export default function StandardPart({ draftId, sectionIndex, standardIndex }: Props) {
  const s = Number(sectionIndex);
  const k = Number(standardIndex);
  return (
    <EditorFrame
      draftId={draftId}
      title={t('frameworkEditor', 'Standard {standard} of section {section}', {
        standard: k + 1,
        section: s + 1,
      })}
      current="sections"
    >
      {(editor) => <StandardFields editor={editor} s={s} k={k} />}
    </EditorFrame>
  );
}

function StandardFields({ editor, s, k }: { editor: DraftEditor; s: number; k: number }) {
  const { framework, edit } = editor;
  const standard = framework.sections[s]?.standards[k];
  if (!standard) {
    return (
      <p class="govuk-body">{t('frameworkEditor', 'This standard is no longer in the draft.')}</p>
    );
  }
  const path = `sections[${s}].standards[${k}]`;
  const ref = { section: s, standard: k };
  const change = (update: (x: Standard) => Standard, immediate = false) =>
    edit((f) => updateStandard(f, ref, update), immediate);
  return (
    <>
      <TitleFields path={path} value={standard} change={change} />
      <Radios
        path={`${path}.ratedBy`}
        legend={t('frameworkEditor', 'How it is rated')}
        value={standard.ratedBy ?? 'key-questions'}
        items={[
          {
            value: 'key-questions',
            label: t('frameworkEditor', 'From its key questions, by the framework’s rating rule'),
          },
          {
            value: 'lead-judgement',
            label: t('frameworkEditor', 'By the lead’s professional judgement'),
          },
          { value: 'not-rated', label: t('frameworkEditor', 'Not rated') },
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
      <ShownWhen
        path={path}
        holder={{ kind: 'standard', section: s, standard: k }}
        value={standard}
        change={change}
      />

      <QuestionList editor={editor} s={s} k={k} />
    </>
  );
}

function QuestionList({ editor, s, k }: { editor: DraftEditor; s: number; k: number }) {
  const { framework, edit } = editor;
  const standard = framework.sections[s]?.standards[k];
  if (!standard) return null;
  const path = `sections[${s}].standards[${k}]`;
  const ref = { section: s, standard: k };
  const list = fieldIdOfPath(`${path}.questions`);
  return (
    <>
      <ListHeading list={list} level={2}>
        {t('frameworkEditor', 'Questions')}
      </ListHeading>
      {standard.questions.length === 0 && (
        <p class="govuk-body">{t('frameworkEditor', 'No questions yet.')}</p>
      )}
      <ol class="ca-editor-list">
        {standard.questions.map((question, q) => (
          <QuestionCard
            key={q}
            s={s}
            k={k}
            q={q}
            question={question}
            count={standard.questions.length}
          />
        ))}
      </ol>
      <AddButton
        list={list}
        onAdd={() => {
          edit((f) => addQuestion(f, ref), true);
          focusField(`${path}.questions[${standard.questions.length}].text`);
        }}
      >
        {t('frameworkEditor', 'Add a question')}
      </AddButton>
    </>
  );
}

type CardProps = { s: number; k: number; q: number; question: Question; count: number };

/** One question's card: redrawn only when that question (or its place) changes. */
const QuestionCard = memo(function QuestionCard({ s, k, q, question, count }: CardProps) {
  const { edit, session } = useDraft();
  const ref = { section: s, standard: k };
  const qRef = { ...ref, question: q };
  const qPath = `sections[${s}].standards[${k}].questions[${q}]`;
  const list = fieldIdOfPath(`sections[${s}].standards[${k}].questions`);
  const onMove = (from: number, to: number) => edit((f) => moveQuestion(f, ref, from, to), true);
  return (
    <li class="ca-editor-card" id={fieldIdOfPath(qPath)} {...dragProps(list, q, onMove).row}>
      <h3 class="govuk-heading-s">
        {question.text
          ? t('frameworkEditor', 'Question {number}: {text}', {
              number: q + 1,
              text: question.text,
            })
          : t('frameworkEditor', 'Question {number}', { number: q + 1 })}
      </h3>
      <RowControls
        list={list}
        index={q}
        count={count}
        name={t('frameworkEditor', 'question {number}', { number: q + 1 })}
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
      <MoveTo
        into="standard"
        id={`move-q-${s}-${k}-${q}`}
        name={t('frameworkEditor', 'question {number}', { number: q + 1 })}
        from={ref}
        onMove={(to) => {
          edit((f) => moveQuestionTo(f, qRef, to), true);
          focusWhenShown(() => document.getElementById(list));
        }}
      />
    </li>
  );
});
