/**
 * The editor of a case's blind second reading: a `CaseEditor` (debounce, retries, conflicts,
 * unsaved work registered so an update never reloads over it) whose writer is the second-reading
 * store's `saveSecondAnswer`, so nothing it saves reaches the answers table.
 */
import { saveSecondAnswer } from '../db/moderation/secondReadingStore';
import { CaseEditor } from './caseEditor';

const readingEditors = new Map<string, CaseEditor>();

/**
 * The second-reading editor of a case, shared by the second-reading screens of the case in this
 * tab and kept for the life of the page, apart from the case's own editor.
 */
export function openSecondReadingEditor(options: {
  readonly caseId: string;
  readonly by: string;
  readonly device: string;
}): CaseEditor {
  const existing = readingEditors.get(options.caseId);
  if (existing) {
    existing.setScorer(options.by);
    return existing;
  }
  const editor = new CaseEditor({ ...options, save: (request) => saveSecondAnswer(request) });
  readingEditors.set(options.caseId, editor);
  return editor;
}

/** Forgets every second-reading editor (tests switch databases). */
export async function closeSecondReadingEditors(): Promise<void> {
  const all = [...readingEditors.values()];
  readingEditors.clear();
  await Promise.all(all.map((editor) => editor.dispose()));
}
