/** One question of the preview, drawn with the scoring screen's own controls and guidance. */
import { useState } from 'preact/hooks';
import type { AnswerValue, FrameworkIndex, FrameworkItem } from '../../../core';
import {
  ChoiceControl,
  type ControlProps,
  DateControl,
  fieldId,
  NumberControl,
  TextControl,
} from '../../scoring/StandardPage/AnswerControls';
import { Guidance } from '../../scoring/StandardPage/Guidance';
import {
  QuestionHint,
  QuestionProblem,
  QuestionWords,
} from '../../scoring/StandardPage/QuestionParts';

type Props = {
  entry: FrameworkItem;
  index: FrameworkIndex;
  value: AnswerValue;
  onAnswer: (value: AnswerValue) => void;
};

export function PreviewQuestion({ entry, index, value, onAnswer }: Props) {
  const item = entry.item;
  const [problem, setProblem] = useState<string | null>(null);
  const describedBy = [`${item.id}-hint`, problem ? `${item.id}-error` : null]
    .filter(Boolean)
    .join(' ');
  const control: ControlProps = {
    entry,
    index,
    value,
    disabled: false,
    describedBy,
    onChoose: (v) => onAnswer(v),
    onType: (v) => onAnswer(v),
    onLeave: () => {},
    onProblem: setProblem,
  };
  const heading = <QuestionWords item={item} />;
  const hint = <QuestionHint entry={entry} id={`${item.id}-hint`} />;
  const error = <QuestionProblem id={`${item.id}-error`} problem={problem} />;
  const guidance = <Guidance entry={entry} frameworkKey="preview" />;
  return (
    <div
      class={`govuk-form-group ca-question${problem ? ' govuk-form-group--error' : ''}`}
      data-question={item.id}
    >
      {item.kind !== 'number' && item.kind !== 'text' ? (
        <fieldset
          class="govuk-fieldset"
          aria-describedby={describedBy}
          role={item.kind === 'date' ? 'group' : undefined}
        >
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
            <h3 class="govuk-fieldset__heading">{heading}</h3>
          </legend>
          {hint}
          {guidance}
          {error}
          {item.kind === 'date' ? <DateControl {...control} /> : <ChoiceControl {...control} />}
        </fieldset>
      ) : (
        <>
          <h3 class="govuk-label-wrapper">
            <label class="govuk-label govuk-label--s" for={fieldId(item.id)}>
              {heading}
            </label>
          </h3>
          {hint}
          {guidance}
          {error}
          {item.kind === 'number' ? <NumberControl {...control} /> : <TextControl {...control} />}
        </>
      )}
    </div>
  );
}
