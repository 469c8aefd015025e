/**
 * Files chosen on one screen and merged on another (the Inspections page's "Open a Case Audit
 * file" → an inspection's merge page): kept in memory for the next screen to take, never
 * stored. A reload forgets them, and the user chooses them again.
 */
let waiting: { readonly inspectionId: string; readonly files: readonly File[] } | null = null;

export function handOverFiles(inspectionId: string, files: readonly File[]): void {
  waiting = { inspectionId, files };
}

/** The files handed over for this inspection, once. */
export function takeHandedOverFiles(inspectionId: string): readonly File[] {
  if (waiting?.inspectionId !== inspectionId) return [];
  const files = waiting.files;
  waiting = null;
  return files;
}
