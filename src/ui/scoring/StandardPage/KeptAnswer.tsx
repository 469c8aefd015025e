/**
 * A question that no longer applies to this case but still holds an earlier answer: shown
 * greyed with why it is not asked. The answer is kept and counts again if the rule changes.
 */
import {
  type Condition,
  describeAnswer,
  describeCondition,
  effectiveRule,
  type FrameworkIndex,
} from '../../../core';
import type { AnswerRecord } from '../../../db/database';
import { SummaryRow } from '../../components/SummaryRow';
import { currentTranslator, t } from '../../i18n/translate';

export function KeptAnswer({
  itemId,
  index,
  stored,
}: {
  itemId: string;
  index: FrameworkIndex;
  stored: AnswerRecord;
}) {
  const entry = index.itemById.get(itemId);
  if (!entry) return null;
  const rule = effectiveRule(entry) as Condition;
  return (
    <div class="ca-question ca-question--not-asked" data-question={itemId} data-kept="true">
      <h2 class="govuk-heading-s ca-question--not-asked__text">{entry.item.text}</h2>
      <p class="govuk-body-s">
        {t(
          'scoring',
          'Not asked for this case because it is asked only if {condition}. Your earlier answer is kept and counts again if that changes.',
          { condition: describeCondition(rule, index, currentTranslator()) },
        )}
      </p>
      <dl class="govuk-summary-list govuk-summary-list--no-border ca-kept">
        <SummaryRow label={t('scoring', 'Earlier answer')}>
          {describeAnswer(index, itemId, stored.value, currentTranslator())}
        </SummaryRow>
        {stored.note.trim() !== '' && (
          <SummaryRow label={t('scoring', 'Evidence')} valueClass="ca-kept__note">
            {stored.note}
          </SummaryRow>
        )}
      </dl>
    </div>
  );
}

/** The questions of this screen not asked for this case, and why, for reference. */
export function NotAskedList({
  itemIds,
  index,
}: {
  itemIds: readonly string[];
  index: FrameworkIndex;
}) {
  if (itemIds.length === 0) return null;
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">
          {t(
            'scoring',
            '{count, plural, one {# question is} other {# questions are}} not asked for this case',
            { count: itemIds.length },
          )}
        </span>
      </summary>
      <div class="govuk-details__text">
        <ul class="govuk-list">
          {itemIds.map((id) => {
            const entry = index.itemById.get(id);
            if (!entry) return null;
            return (
              <li key={id}>
                {entry.item.text}{' '}
                <span class="govuk-hint govuk-!-display-inline">
                  {t('scoring', '— asked only if {condition}', {
                    condition: describeCondition(
                      effectiveRule(entry) as Condition,
                      index,
                      currentTranslator(),
                    ),
                  })}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    </details>
  );
}
