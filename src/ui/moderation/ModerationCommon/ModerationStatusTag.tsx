import type { ModerationCase } from '../../../core';
import { t } from '../../i18n/translate';

/** Where a second reading has got to, in words for a tag. */
export function moderationStage(record: ModerationCase): {
  readonly label: string;
  readonly colour: string;
} {
  const { data } = record;
  switch (data.status) {
    case 'assigned':
      return Object.keys(data.secondReading).length > 0
        ? { label: t('moderation', 'Being read'), colour: 'light-blue' }
        : { label: t('moderation', 'Not started'), colour: 'grey' };
    case 'read':
      return { label: t('moderation', 'To review'), colour: 'blue' };
    case 'decided':
      return { label: t('moderation', 'Moderated'), colour: 'purple' };
  }
}

export function ModerationStatusTag({ record }: { record: ModerationCase }) {
  const { label, colour } = moderationStage(record);
  return <strong class={`govuk-tag govuk-tag--${colour}`}>{label}</strong>;
}
