import type { ComponentChildren } from 'preact';
import {
  describeApplicability,
  type FrameworkIndex,
  type ItemKind,
  type ProfileField,
  type Question,
  type Scale,
} from '../../../core';
import { currentTranslator, t } from '../../i18n/translate';
import { Paragraphs } from './Paragraphs';

function kindName(kind: ItemKind): string {
  switch (kind) {
    case 'judgement':
      return t('frameworks', 'Judgement');
    case 'rating':
      return t('frameworks', 'Rating on an ordered scale');
    case 'choice':
      return t('frameworks', 'Choice of one answer');
    case 'multichoice':
      return t('frameworks', 'Choice of any number of answers');
    case 'number':
      return t('frameworks', 'Number');
    case 'date':
      return t('frameworks', 'Date');
    case 'text':
      return t('frameworks', 'Free text');
  }
}

function scaleAnswers(scale: Scale): string {
  const answers = scale.options.map((o) =>
    o.exclusive
      ? t('frameworks', '{answer} (alone)', { answer: o.label })
      : o.other
        ? t('frameworks', '{answer} (with words)', { answer: o.label })
        : o.label,
  );
  if (scale.allowNotApplicable) answers.push(t('frameworks', 'N/A'));
  if (scale.allowNotKnown) answers.push(t('frameworks', 'Not known'));
  return answers.join(' · ');
}

function numberAnswer(item: ProfileField): string {
  const kind = item.integer ? t('frameworks', 'A whole number') : t('frameworks', 'A number');
  const what = item.unit ? t('frameworks', '{kind} ({unit})', { kind, unit: item.unit }) : kind;
  const { min, max } = item;
  if (min !== undefined && max !== undefined) {
    return t('frameworks', '{what}, from {min} to {max}', { what, min, max });
  }
  if (min !== undefined) return t('frameworks', '{what}, at least {min}', { what, min });
  if (max !== undefined) return t('frameworks', '{what}, at most {max}', { what, max });
  return what;
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
        {question.key && (
          <strong class="govuk-tag govuk-tag--purple">{t('frameworks', 'Key question')}</strong>
        )}
        {item.required === false && (
          <strong class="govuk-tag govuk-tag--grey">{t('frameworks', 'Optional')}</strong>
        )}
        {item.wording === 'verified' && (
          <strong class="govuk-tag govuk-tag--green">{t('frameworks', 'Wording verified')}</strong>
        )}
        {item.wording === 'reconstructed' && (
          <strong class="govuk-tag govuk-tag--orange">
            {t('frameworks', 'Wording reconstructed')}
          </strong>
        )}
      </p>
      {item.showWhen && (
        <p class="govuk-body ca-item__rule">
          {describeApplicability(item.showWhen, index, currentTranslator())}
        </p>
      )}
      <dl class="govuk-body-s ca-item__facts">
        <Fact label={t('frameworks', 'Kind')}>{kindName(item.kind)}</Fact>
        {scale && (
          <Fact label={t('frameworks', 'Answers')}>
            {scaleAnswers(scale)}{' '}
            <a class="govuk-link" href={`#scale-${scale.id}`}>
              {t('frameworks', '(scale “{scale}”)', { scale: scale.label ?? scale.id })}
            </a>
          </Fact>
        )}
        {item.scale !== undefined && !scale && (
          <Fact label={t('frameworks', 'Answers')}>
            {t('frameworks', 'Scale “{scale}” (not in this framework)', { scale: item.scale })}
          </Fact>
        )}
        {item.kind === 'number' && (
          <Fact label={t('frameworks', 'Answer')}>{numberAnswer(item)}</Fact>
        )}
        {(item.allowNotApplicable || item.allowNotKnown) && (
          <Fact label={t('frameworks', 'Also')}>
            {[
              item.allowNotApplicable && t('frameworks', 'N/A'),
              item.allowNotKnown && t('frameworks', 'Not known'),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Fact>
        )}
        {item.thresholds && item.thresholds.length > 0 && (
          <Fact label={t('frameworks', 'Counted in reports')}>
            <ul class="govuk-list ca-item__list">
              {item.thresholds.map((threshold) => (
                <li key={`${threshold.above}-${threshold.label}`}>
                  {t('frameworks', 'more than {above}: “{label}”', {
                    above: threshold.above,
                    label: threshold.label,
                  })}
                </li>
              ))}
            </ul>
          </Fact>
        )}
        {question.finding && (
          <Fact label={t('frameworks', 'In findings')}>
            <ul class="govuk-list ca-item__list">
              <li>
                {t('frameworks', 'Positive: “{words}”', { words: question.finding.positive })}
              </li>
              <li>
                {t('frameworks', 'Negative: “{words}”', { words: question.finding.negative })}
              </li>
            </ul>
          </Fact>
        )}
      </dl>
      {item.guidance && (
        <div class="ca-item__guidance">
          <p class="ca-item__label">{t('frameworks', 'Guidance')}</p>
          <Paragraphs text={item.guidance} />
        </div>
      )}
      {item.prompts && item.prompts.length > 0 && (
        <div class="ca-item__prompts">
          <p class="ca-item__label">{t('frameworks', 'Prompts')}</p>
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
