import type { ComponentChildren } from 'preact';
import {
  describeApplicability,
  type FrameworkIndex,
  type ItemKind,
  type ProfileField,
  type Question,
  type Scale,
} from '../../../core';
import { Paragraphs } from './Paragraphs';

const KIND_NAMES: Record<ItemKind, string> = {
  judgement: 'Judgement',
  rating: 'Rating on an ordered scale',
  choice: 'Choice of one answer',
  multichoice: 'Choice of any number of answers',
  number: 'Number',
  date: 'Date',
  text: 'Free text',
};

function scaleAnswers(scale: Scale): string {
  const answers = scale.options.map((o) =>
    o.exclusive ? `${o.label} (alone)` : o.other ? `${o.label} (with words)` : o.label,
  );
  if (scale.allowNotApplicable) answers.push('N/A');
  if (scale.allowNotKnown) answers.push('Not known');
  return answers.join(' · ');
}

function numberAnswer(item: ProfileField): string {
  let words = item.integer ? 'A whole number' : 'A number';
  if (item.unit) words += ` (${item.unit})`;
  if (item.min !== undefined && item.max !== undefined)
    words += `, from ${item.min} to ${item.max}`;
  else if (item.min !== undefined) words += `, at least ${item.min}`;
  else if (item.max !== undefined) words += `, at most ${item.max}`;
  return words;
}

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="ca-item__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * One question or profile field, everything an inspector needs to read before fieldwork: the
 * text, how it is answered, when it is asked, guidance and prompts. Plain markup only: a
 * framework page may hold hundreds of these.
 */
export function ItemDetails({
  item,
  index,
  number,
  heading: Heading,
}: {
  item: Question | ProfileField;
  index: FrameworkIndex;
  /** e.g. "Question 12"; the id is shown beside it (it names the column in exports). */
  number: string;
  heading: 'h3' | 'h4';
}) {
  const question = item as Question;
  const scale = item.scale === undefined ? undefined : index.scaleById.get(item.scale);
  return (
    <div class="ca-item" id={`item-${item.id}`}>
      <p class="ca-item__number">
        {number} <span class="ca-item__id">({item.id})</span>
      </p>
      <Heading class="govuk-heading-s ca-item__text">{item.text}</Heading>
      <p class="ca-item__tags">
        {question.key && <strong class="govuk-tag govuk-tag--purple">Key question</strong>}
        {item.required === false && <strong class="govuk-tag govuk-tag--grey">Optional</strong>}
        {item.wording === 'verified' && (
          <strong class="govuk-tag govuk-tag--green">Wording verified</strong>
        )}
        {item.wording === 'reconstructed' && (
          <strong class="govuk-tag govuk-tag--orange">Wording reconstructed</strong>
        )}
      </p>
      {item.showWhen && (
        <p class="govuk-body ca-item__rule">{describeApplicability(item.showWhen, index)}</p>
      )}
      <dl class="govuk-body-s ca-item__facts">
        <Fact label="Kind">{KIND_NAMES[item.kind] ?? item.kind}</Fact>
        {scale && (
          <Fact label="Answers">
            {scaleAnswers(scale)}{' '}
            <a class="govuk-link" href={`#scale-${scale.id}`}>
              (scale “{scale.label ?? scale.id}”)
            </a>
          </Fact>
        )}
        {item.scale !== undefined && !scale && (
          <Fact label="Answers">Scale “{item.scale}” (not in this framework)</Fact>
        )}
        {item.kind === 'number' && <Fact label="Answer">{numberAnswer(item)}</Fact>}
        {(item.allowNotApplicable || item.allowNotKnown) && (
          <Fact label="Also">
            {[item.allowNotApplicable && 'N/A', item.allowNotKnown && 'Not known']
              .filter(Boolean)
              .join(' · ')}
          </Fact>
        )}
        {item.thresholds && item.thresholds.length > 0 && (
          <Fact label="Counted in reports">
            <ul class="govuk-list ca-item__list">
              {item.thresholds.map((t) => (
                <li key={`${t.above}-${t.label}`}>
                  more than {t.above}: “{t.label}”
                </li>
              ))}
            </ul>
          </Fact>
        )}
        {question.finding && (
          <Fact label="In findings">
            <ul class="govuk-list ca-item__list">
              <li>Positive: “{question.finding.positive}”</li>
              <li>Negative: “{question.finding.negative}”</li>
            </ul>
          </Fact>
        )}
      </dl>
      {item.guidance && (
        <div class="ca-item__guidance">
          <p class="ca-item__label">Guidance</p>
          <Paragraphs text={item.guidance} />
        </div>
      )}
      {item.prompts && item.prompts.length > 0 && (
        <div class="ca-item__prompts">
          <p class="ca-item__label">Prompts</p>
          <ul class="govuk-list govuk-list--bullet">
            {item.prompts.map((prompt, i) => (
              <li key={i} class="ca-prose">
                {prompt}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
