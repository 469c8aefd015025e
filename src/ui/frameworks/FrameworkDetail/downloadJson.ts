import { downloadFile } from '../../components/downloadFile';

/** Saves a value as a pretty-printed JSON file through the browser's download. */
export function downloadJson(fileName: string, value: unknown): void {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  downloadFile(fileName, new Blob([text], { type: 'application/json' }));
}
