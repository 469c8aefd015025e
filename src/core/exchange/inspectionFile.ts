/**
 * The inspection file: one JSON document holding a whole inspection — its pinned framework, the
 * inspection's details, every case with its current answers and the full history of every
 * answer, the report draft — for archive and for moving an inspection to another device. zod
 * is the documented, versioned format (README "File formats").
 *
 * ```
 * { format: 'case-audit/inspection', formatVersion: 1, kind: 'inspection',
 *   exportedAt, app: { version }, framework, inspection,
 *   cases: [ { ...case, answers: { <item id>: answer }, history: [ change, … ] } ],
 *   report: <report draft> | null, moderation: [ <moderation record>, … ],
 *   devices?: { <device id>: <its name> }, checksum }
 * ```
 *
 * The envelope — `format`, `formatVersion`, `kind`, `exportedAt`, `app`, `checksum` — is shared
 * by every file about an inspection (fileEnvelope.ts, with the checksum); the team's packs and
 * work files (teamFiles.ts) are other kinds in it.
 *
 * `moderation` holds the second readings, selections and decisions of moderation, one record
 * per case read twice (`moderationRecordSchema`), so an archive keeps the quality assurance too.
 */
import { z } from 'zod';
import { type FrameworkIndex, frameworkKey, indexFramework } from '../framework/frameworkItems';
import { frameworkSchema } from '../framework/frameworkSchema';
import type { AnswerValue } from '../inspection/answerValue';
import { answerSchema, caseSchema, inspectionSchema } from '../inspection/inspectionSchema';
import { moderationRecordSchema } from '../moderation/moderationRecord';
import { reportDraftSchema } from '../report';
import { validateAnswer } from '../scoring/validateAnswer';
import {
  invalid,
  type ValidationError,
  type ValidationResult,
  valid,
} from '../validation/validationResult';
import { deviceNamesSchema } from './deviceNames';
import { filedPlacementErrors, pinnedFrameworkErrors } from './fileContents';
import {
  checksumMismatch,
  envelopeFields,
  envelopeShape,
  envelopeText,
  type FileMade,
  parseEnvelopeJson,
  readContents,
  readFormatAndVersion,
  type Sha256Hex,
  withChecksum,
} from './fileEnvelope';

/** The item id under which case status changes are kept in the history (as this device's history keeps them). */
export const STATUS_HISTORY_ITEM = '#status';
/**
 * The item id under which a case's history records its inspection moving to another framework
 * version: the new `id@version` as the value, the old one before it (`via: 'migration'`).
 */
export const FRAMEWORK_HISTORY_ITEM = '#framework';

/** One change to an answer, as kept in the case's history: the value and note after it, and before. */
export const historyEntrySchema = z.strictObject({
  /** The question or profile field id, or `#status` for completing and reopening the case. */
  itemId: z.string().min(1).max(100),
  value: answerSchema.shape.value,
  note: answerSchema.shape.note,
  rev: answerSchema.shape.rev,
  at: answerSchema.shape.at,
  by: answerSchema.shape.by,
  device: answerSchema.shape.device,
  /**
   * Typed on a device, merged from a file, a moderation decision, or carried to another
   * framework version when the inspection moved (files from before have no `migration`).
   */
  via: z.enum(['edit', 'import', 'moderation', 'migration']),
  /** What brought the change, when not an edit: a file name, a moderation round. */
  source: z.string().max(500).optional(),
  /** The value and note before the change; null for a first answer. */
  before: z
    .strictObject({ value: answerSchema.shape.value, note: answerSchema.shape.note })
    .nullable()
    .optional(),
});

export const inspectionFileCaseSchema = z.strictObject({
  ...caseSchema.shape,
  /** The current answer to each item, keyed by question or profile field id. */
  answers: z.record(z.string().min(1).max(100), answerSchema),
  /** Every change to the case's answers, oldest first. */
  history: z.array(historyEntrySchema).max(1_000_000),
});

export const inspectionFileSchema = z.strictObject({
  ...envelopeShape,
  kind: z.literal('inspection'),
  /** The full framework version the inspection is pinned to. */
  framework: frameworkSchema,
  inspection: inspectionSchema,
  cases: z.array(inspectionFileCaseSchema).max(100_000),
  /** The report draft; null when nothing has been written. */
  report: reportDraftSchema.nullable(),
  /** Moderation: second readings, selections and decisions, one record per case read twice. */
  moderation: z.array(moderationRecordSchema).max(100_000),
  /** Names of the devices the file records, by id (deviceNames.ts); files from before have none. */
  devices: deviceNamesSchema.optional(),
});

export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type InspectionFileCase = z.infer<typeof inspectionFileCaseSchema>;
export type InspectionFile = z.infer<typeof inspectionFileSchema>;
/** What a file holds apart from its envelope. */
export type InspectionFileContents = Pick<
  InspectionFile,
  'framework' | 'inspection' | 'cases' | 'report' | 'moderation' | 'devices'
>;

/** Makes the file: the envelope around the contents, with its checksum. */
export function buildInspectionFile(
  contents: InspectionFileContents,
  made: FileMade,
  sha256: Sha256Hex,
): Promise<InspectionFile> {
  const body = {
    ...envelopeFields('inspection', made),
    framework: contents.framework,
    inspection: contents.inspection,
    cases: contents.cases,
    report: contents.report,
    moderation: contents.moderation,
    ...(contents.devices ? { devices: contents.devices } : {}),
  } satisfies Omit<InspectionFile, 'checksum'>;
  return withChecksum(body, sha256);
}

/** The file as text: indented, so a person (or a diff) can read it. */
export const inspectionFileText: (file: InspectionFile) => string = envelopeText;

/**
 * The envelope alone: is this a Case Audit inspection file, of a version and kind this app
 * reads? Messages say what the file is instead, where that can be told.
 */
function readEnvelope(value: unknown): ValidationResult<{ kind: string }> {
  const read = readFormatAndVersion(value, 'Case Audit inspection file');
  if (read.status !== 'ok') return read;
  const record = read.value;
  if (record.kind !== 'inspection') {
    const kind = typeof record.kind === 'string' ? `"${record.kind.slice(0, 40)}"` : 'no kind';
    return invalid([
      {
        path: 'kind',
        message: `is ${kind}: this is not a whole inspection ("inspection")`,
      },
    ]);
  }
  return valid({ kind: record.kind });
}

/**
 * A filed case's answers and history are to items of the framework (history also to the case's
 * status, `#status`, and its framework moves, `#framework`); with `values`, every answer is also
 * one its item accepts. With `moved` (the inspection moved from an earlier version), answers and
 * history to items the framework no longer has, and answers from before the move that their
 * item no longer accepts, are accepted as they are: kept, but not counted.
 */
export function filedItemErrors(
  index: FrameworkIndex,
  kase: {
    readonly ref: string;
    readonly answers: Readonly<Record<string, { readonly value: AnswerValue }>>;
    readonly history: readonly { readonly itemId: string }[];
  },
  at: string,
  options: { readonly values: boolean; readonly moved?: boolean },
): ValidationError[] {
  const errors: ValidationError[] = [];
  const pinned = frameworkKey(index.framework);
  for (const [itemId, answer] of Object.entries(kase.answers)) {
    if (!index.itemById.has(itemId)) {
      if (options.moved) continue;
      errors.push({
        path: `${at}.answers.${itemId}`,
        message: `is not a question or profile field of ${pinned}`,
      });
      continue;
    }
    if (!options.values) continue;
    const checked = validateAnswer(index, itemId, answer.value);
    // An answer carried over a move that the new version does not accept is kept as it is:
    // it does not count (findings leave it out), and the lead sees it in the move's preview.
    if (checked.status !== 'ok' && !options.moved) {
      errors.push({
        path: `${at}.answers.${itemId}.value`,
        message: `(case ${kase.ref}) is not an answer this item accepts: ${checked.errors[0]?.message ?? 'wrong value'}`,
      });
    }
  }
  kase.history.forEach((entry, j) => {
    if (entry.itemId === STATUS_HISTORY_ITEM || entry.itemId === FRAMEWORK_HISTORY_ITEM) return;
    if (!options.moved && !index.itemById.has(entry.itemId)) {
      errors.push({
        path: `${at}.history[${j}].itemId`,
        message: `"${entry.itemId.slice(0, 100)}" is not a question or profile field of ${pinned}`,
      });
    }
  });
  return errors;
}

/** Whether an inspection has moved from another framework version (answers no longer asked kept). */
export function hasMoved(inspection: { readonly frameworkMoves?: readonly unknown[] | undefined }) {
  return (inspection.frameworkMoves?.length ?? 0) > 0;
}

/** Cross-checks the shape cannot: the framework, and that every record belongs to this inspection. */
function checkContents(file: InspectionFile): ValidationError[] {
  const { framework, inspection } = file;
  const errors = pinnedFrameworkErrors(framework, inspection, 'file');
  if (errors.length > 0) return errors;
  const index = indexFramework(framework);
  const misplaced = filedPlacementErrors(inspection);
  const ids = new Set<string>();
  const refs = new Map<string, number>();
  file.cases.forEach((kase, i) => {
    const at = `cases[${i}]`;
    if (kase.inspectionId !== inspection.id) {
      errors.push({
        path: `${at}.inspectionId`,
        message: `is "${kase.inspectionId.slice(0, 100)}", not this inspection's id "${inspection.id}"`,
      });
    }
    if (ids.has(kase.id)) errors.push({ path: `${at}.id`, message: 'is used by another case' });
    ids.add(kase.id);
    const ref = kase.ref.toLowerCase();
    const first = refs.get(ref);
    if (first !== undefined) {
      errors.push({
        path: `${at}.ref`,
        message: `"${kase.ref}" is also the reference of cases[${first}]`,
      });
    } else refs.set(ref, i);
    errors.push(
      ...misplaced(kase, at),
      ...filedItemErrors(index, kase, at, { values: false, moved: hasMoved(inspection) }),
    );
  });
  const moderated = new Set<string>();
  file.moderation.forEach((record, i) => {
    const at = `moderation[${i}]`;
    if (record.inspectionId !== inspection.id) {
      errors.push({
        path: `${at}.inspectionId`,
        message: `is not this inspection's id "${inspection.id}"`,
      });
    }
    if (!ids.has(record.caseId)) {
      errors.push({ path: `${at}.caseId`, message: 'is not a case in this file' });
    }
    if (moderated.has(record.id))
      errors.push({ path: `${at}.id`, message: 'is used by another record' });
    moderated.add(record.id);
  });
  return errors;
}

/**
 * Reads an inspection file: JSON syntax, size and depth, the envelope (format, version, kind),
 * the checksum, the shape, then the cross-checks. Every expected failure is a message, never a
 * throw.
 */
export async function readInspectionFile(
  text: string,
  sha256: Sha256Hex,
): Promise<ValidationResult<InspectionFile>> {
  const json = parseEnvelopeJson(text, 'inspection file');
  if (json.status !== 'ok') return json;
  const envelope = readEnvelope(json.value);
  if (envelope.status !== 'ok') return envelope;
  const changed = await checksumMismatch(
    json.value as Record<string, unknown>,
    sha256,
    'Import the file as Case Audit exported it.',
  );
  if (changed) return changed;
  return readContents(inspectionFileSchema, json.value, checkContents);
}
