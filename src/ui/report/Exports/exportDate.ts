import { localIsoDate } from '../../../core';

/** Today in the user's own time zone, `yyyy-mm-dd`: exported files are named by it. */
export function todayLocal(now: Date = new Date()): string {
  return localIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** The app's version, written into exported files. */
export const APP_VERSION: string = import.meta.env.VITE_APP_VERSION ?? 'development';
