/**
 * The audit trail as a spreadsheet: one row per change to an answer (or to a case's status),
 * oldest first, case by case — the value and evidence note before and after, who, when, on
 * which device, and how it came (typed, imported from which file, a moderation decision, a
 * merge decision).
 *
 * Columns: `case_ref`, `when` (ISO 8601, UTC), `item_id` (`#status` for the case status),
 * `item` (the question or field's text), `value_before`, `value_after` (answer codes; a
 * multichoice joined by `|`), `answer_after` (in words), `note_before`, `note_after`, `by_id`,
 * `by`, `device`, `how`, `source` (the file or moderation round).
 *
 * Against spreadsheet formula injection (OWASP), a cell starting with = + - @ tab or carriage
 * return is written with a leading apostrophe: evidence notes are free text from many hands.
 */
import Papa from 'papaparse';
import type { FrameworkIndex } from '../framework/frameworkItems';
import type { AnswerValue } from '../inspection/answerValue';
import { describeAnswer } from '../scoring/describeAnswer';
import { FRAMEWORK_HISTORY_ITEM, type HistoryEntry, STATUS_HISTORY_ITEM } from './inspectionFile';
import { readMergeDecision } from './mergeDecisionSource';

export const AUDIT_TRAIL_COLUMNS = [
  'case_ref',
  'when',
  'item_id',
  'item',
  'value_before',
  'value_after',
  'answer_after',
  'note_before',
  'note_after',
  'by_id',
  'by',
  'device',
  'how',
  'source',
] as const;

export const FORMULA_START = /^[=+\-@\t\r]/;

const STATUS_WORDS: Record<string, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
  moderated: 'Moderated',
};

/**
 * A change made by moving the inspection to another framework version (`source`: the new
 * `id@version`), in words: "Moved to version 1.1.0".
 */
export function movedWords(source: string | undefined): string {
  const version = source?.split('@')[1];
  return version ? `Moved to version ${version}` : 'Moved to another framework version';
}

/** How a change came, in words (the same words as the case's history page). */
export function describeHow(
  entry: Pick<HistoryEntry, 'itemId' | 'value' | 'via' | 'source'>,
): string {
  const decision = readMergeDecision(entry.source);
  if (decision) {
    return decision.keep === 'theirs'
      ? 'Merge decision: kept the answer from the file'
      : 'Merge decision: kept the answer already here';
  }
  if (entry.via === 'moderation') return 'Moderation decision';
  if (entry.via === 'migration') return movedWords(entry.source);
  if (entry.via === 'import') return 'Imported';
  if (entry.itemId === STATUS_HISTORY_ITEM) {
    return entry.value === 'complete'
      ? 'Marked complete'
      : entry.value === 'moderated'
        ? 'Moderated'
        : 'Reopened';
  }
  return 'Answered';
}

function code(value: AnswerValue | undefined): string | number {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join('|');
  return value;
}

export type AuditTrailCase = {
  readonly ref: string;
  /** Oldest first. */
  readonly history: readonly HistoryEntry[];
};

export function auditTrailCsv(
  index: FrameworkIndex,
  cases: readonly AuditTrailCase[],
  names: { readonly member: (id: string) => string; readonly device: (id: string) => string },
  options: { readonly byteOrderMark?: boolean } = {},
): string {
  const rows: (string | number)[][] = [];
  for (const kase of cases) {
    for (const e of kase.history) {
      const status = e.itemId === STATUS_HISTORY_ITEM;
      const moved = e.itemId === FRAMEWORK_HISTORY_ITEM;
      const item = status
        ? 'Case status'
        : moved
          ? 'Framework version'
          : (index.itemById.get(e.itemId)?.item.text ?? e.itemId);
      const after = status
        ? (STATUS_WORDS[String(e.value)] ?? String(e.value))
        : moved
          ? String(e.value)
          : describeAnswer(index, e.itemId, e.value);
      rows.push([
        kase.ref,
        e.at,
        e.itemId,
        item,
        code(e.before?.value),
        code(e.value),
        after,
        e.before?.note ?? '',
        e.note,
        e.by,
        names.member(e.by),
        names.device(e.device),
        describeHow(e),
        e.source ?? '',
      ]);
    }
  }
  const text = Papa.unparse(
    { fields: [...AUDIT_TRAIL_COLUMNS], data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return `${options.byteOrderMark ? '\uFEFF' : ''}${text}\r\n`;
}
