import type { ScoringTask } from '../../core';
import { t } from '../i18n/translate';

/**
 * A task's title as the screens say it: the case profile's in the reader's language (core names
 * it in English), a standard's as the framework (already in the reader's language) has it.
 */
export function taskTitle(task: ScoringTask | undefined): string {
  if (!task) return '';
  return task.kind === 'profile' ? t('scoring', 'Case profile') : task.title;
}
