import { LANGUAGE_TAGS } from '../../../core';
import { currentLanguage, t } from '../../i18n/translate';

/** "14:32" for today, "3 March at 14:32" for another day, in the device's time zone. */
export function formatSavedTime(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  if (at.toDateString() === now.toDateString()) return time;
  const day = at.toLocaleDateString(LANGUAGE_TAGS[currentLanguage()], {
    day: 'numeric',
    month: 'long',
    ...(at.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
  });
  return t('scoring', '{day} at {time}', { day, time });
}
