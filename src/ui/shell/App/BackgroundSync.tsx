/**
 * Syncs the inspections that sync with the team server while a person is unlocked
 * (src/sync/backgroundSync.ts); stops when they lock. Shows nothing: the team-work page shows
 * each inspection's record.
 */
import { useEffect } from 'preact/hooks';
import { startBackgroundSync } from '../../../sync/backgroundSync';
import { APP_VERSION } from '../../report/Exports/exportDate';

export function BackgroundSync() {
  useEffect(() => startBackgroundSync(APP_VERSION), []);
  return null;
}
