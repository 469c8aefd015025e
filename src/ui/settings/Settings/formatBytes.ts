import { plural } from '../../../core';

/** Sizes as people read them: "3.2 MB", "1.5 GB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? plural(value, 'byte') : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
