import { localIsoDate } from '../../../core';

/** Today in the user's own time zone, `yyyy-mm-dd`: what makes an action overdue. */
export function todayLocal(now: Date = new Date()): string {
  return localIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
