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
 *   report: <report draft> | null, moderation: [ <moderation record>, … ], checksum }
 * ```
 *
 * Checksum: SHA-256 (lower-case hex) of the canonical JSON (keys sorted at every level, no
 * spaces: `canonicalJson`) of the whole file without its `checksum` field. Core never hashes by
 * itself: the caller passes the function (WebCrypto in the browser, node:crypto in the CLI).
 *
 * The envelope — `format`, `formatVersion`, `kind`, `exportedAt`, `app`, `checksum` — is shared
 * by every file about an inspection. Team work will add other kinds in the same envelope:
 * `kind: 'pack'` (the lead's set-up sent to inspectors) and `kind: 'work'` (one inspector's
 * answers sent back). Each kind gets its own strict schema beside `inspectionFileSchema`,
 * spreading `envelopeShape`, and `readInspectionFile` becomes a reader that dispatches on `kind`
 * after `readEnvelope` (which already refuses kinds it does not know, with a message).
 * `moderation` holds the second readings, selections and decisions of moderation, one record
 * per case read twice (`moderationRecordSchema`), so an archive keeps the quality assurance too.
 */
import { z } from 'zod';
import { checkFramework } from '../framework/checkFramework';
import { frameworkKey, indexFramework } from '../framework/frameworkItems';
import { frameworkSchema } from '../framework/frameworkSchema';
import { answerSchema, caseSchema, inspectionSchema } from '../inspection/inspectionSchema';
import { moderationRecordSchema } from '../moderation/moderationRecord';
import { reportDraftSchema } from '../report';
import { canonicalJson } from '../validation/canonicalJson';
import { parseJsonText } from '../validation/parseJsonText';
import {
  invalid,
  type ValidationError,
  type ValidationResult,
  valid,
} from '../validation/validationResult';
import { issuesToErrors } from '../validation/zodIssues';

export const INSPECTION_FILE_FORMAT = 'case-audit/inspection';
/** The version this app writes and reads. A file with a higher one was made by a newer app. */
export const INSPECTION_FILE_VERSION = 1;
/** A thousand cases with long notes and histories stay well under this. */
export const INSPECTION_FILE_MAX_BYTES = 256 * 1024 * 1024;
export const INSPECTION_FILE_MAX_DEPTH = 64;
/** The item id under which case status changes are kept in the history (as caseStore does). */
export const STATUS_HISTORY_ITEM = '#status';

/** A hash of text as lower-case hex: SHA-256 for the checksum. */
export type Sha256Hex = (text: string) => Promise<string>;

const isoTime = z.iso.datetime({ offset: true });
const MAX_ERRORS = 100;

/** Fields every file about an inspection has, whatever its kind. */
export const envelopeShape = {
  format: z.literal(INSPECTION_FILE_FORMAT),
  formatVersion: z.literal(INSPECTION_FILE_VERSION),
  exportedAt: isoTime,
  app: z.strictObject({ version: z.string().min(1).max(50) }),
  checksum: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 checksum (64 hex digits)'),
};

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
  /** Typed on a device, merged from a file, or a moderation decision. */
  via: z.enum(['edit', 'import', 'moderation']),
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
});

export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type InspectionFileCase = z.infer<typeof inspectionFileCaseSchema>;
export type InspectionFile = z.infer<typeof inspectionFileSchema>;
/** What a file holds apart from its envelope. */
export type InspectionFileContents = Pick<
  InspectionFile,
  'framework' | 'inspection' | 'cases' | 'report' | 'moderation'
>;

/** The checksum of a file (its `checksum` field, if any, left out). */
export function inspectionFileChecksum(
  file: Omit<InspectionFile, 'checksum'> | Record<string, unknown>,
  sha256: Sha256Hex,
): Promise<string> {
  const { checksum: _ignored, ...rest } = file as Record<string, unknown>;
  return sha256(canonicalJson(rest));
}

/** Makes the file: the envelope around the contents, with its checksum. */
export async function buildInspectionFile(
  contents: InspectionFileContents,
  made: { readonly exportedAt: string; readonly appVersion: string },
  sha256: Sha256Hex,
): Promise<InspectionFile> {
  const body = {
    format: INSPECTION_FILE_FORMAT,
    formatVersion: INSPECTION_FILE_VERSION,
    kind: 'inspection' as const,
    exportedAt: made.exportedAt,
    app: { version: made.appVersion },
    framework: contents.framework,
    inspection: contents.inspection,
    cases: contents.cases,
    report: contents.report,
    moderation: contents.moderation,
  } satisfies Omit<InspectionFile, 'checksum'>;
  return { ...body, checksum: await inspectionFileChecksum(body, sha256) };
}

/** The file as text: indented, so a person (or a diff) can read it. */
export function inspectionFileText(file: InspectionFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

function whole(message: string): ValidationError {
  return { path: '(the whole file)', message };
}

function capped(errors: ValidationError[]): ValidationError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [
    ...errors.slice(0, MAX_ERRORS),
    whole(`and ${errors.length - MAX_ERRORS} more problems not listed`),
  ];
}

/**
 * The envelope alone: is this a Case Audit inspection file, of a version and kind this app
 * reads? Messages say what the file is instead, where that can be told.
 */
export function readEnvelope(value: unknown): ValidationResult<{ kind: string }> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return invalid([whole('is not a Case Audit inspection file (expected a JSON object)')]);
  }
  const record = value as Record<string, unknown>;
  if (record.format !== INSPECTION_FILE_FORMAT) {
    if (Array.isArray(record.sections) && typeof record.id === 'string') {
      return invalid([
        whole('is a framework file, not an inspection: import it from the Frameworks page instead'),
      ]);
    }
    return invalid([
      whole(
        `is not a Case Audit inspection file (its "format" should be "${INSPECTION_FILE_FORMAT}")`,
      ),
    ]);
  }
  const version = record.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return invalid([{ path: 'formatVersion', message: 'must be a whole number from 1' }]);
  }
  if (version > INSPECTION_FILE_VERSION) {
    return invalid([
      whole(
        `was made by a newer version of Case Audit (file format ${version}; this app reads up to ${INSPECTION_FILE_VERSION}): update the app, then import it again`,
      ),
    ]);
  }
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

/** Cross-checks the shape cannot: the framework, and that every record belongs to this inspection. */
function checkContents(file: InspectionFile): ValidationError[] {
  const errors: ValidationError[] = [];
  const { framework, inspection } = file;
  const pinned = frameworkKey(inspection.framework);
  if (frameworkKey(framework) !== pinned) {
    errors.push({
      path: 'framework',
      message: `is ${frameworkKey(framework)}, but the inspection is pinned to ${pinned}: the file does not hold the framework its answers were given against`,
    });
    return errors;
  }
  for (const e of checkFramework(framework)) {
    errors.push({ path: `framework.${e.path}`, message: e.message });
  }
  if (errors.length > 0) return errors;
  const index = indexFramework(framework);
  const areas = new Set(inspection.areas.map((a) => a.id));
  const strata = new Set(inspection.strata.map((s) => s.id));
  const team = new Set(inspection.team.map((m) => m.id));
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
    if (!areas.has(kase.areaId)) {
      errors.push({
        path: `${at}.areaId`,
        message: `"${kase.areaId}" is not an area of the inspection`,
      });
    }
    if (kase.stratumId !== null && !strata.has(kase.stratumId)) {
      errors.push({
        path: `${at}.stratumId`,
        message: `"${kase.stratumId}" is not a stratum of the inspection`,
      });
    }
    if (kase.inspectorId !== null && !team.has(kase.inspectorId)) {
      errors.push({
        path: `${at}.inspectorId`,
        message: `"${kase.inspectorId}" is not in the inspection's team`,
      });
    }
    for (const itemId of Object.keys(kase.answers)) {
      if (!index.itemById.has(itemId)) {
        errors.push({
          path: `${at}.answers.${itemId}`,
          message: `is not a question or profile field of ${pinned}`,
        });
      }
    }
    kase.history.forEach((entry, j) => {
      if (entry.itemId !== STATUS_HISTORY_ITEM && !index.itemById.has(entry.itemId)) {
        errors.push({
          path: `${at}.history[${j}].itemId`,
          message: `"${entry.itemId.slice(0, 100)}" is not a question or profile field of ${pinned}`,
        });
      }
    });
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
  const json = parseJsonText(
    text,
    { maxBytes: INSPECTION_FILE_MAX_BYTES, maxDepth: INSPECTION_FILE_MAX_DEPTH },
    'inspection file',
  );
  if (json.status !== 'ok') return json;
  const envelope = readEnvelope(json.value);
  if (envelope.status !== 'ok') return envelope;
  const record = json.value as Record<string, unknown>;
  // The checksum first: an edited file is refused for what it is, whatever else is wrong.
  if (typeof record.checksum === 'string' && /^[0-9a-f]{64}$/.test(record.checksum)) {
    const expected = await inspectionFileChecksum(record, sha256);
    if (expected !== record.checksum) {
      return invalid([
        {
          path: 'checksum',
          message:
            'does not match: the file has been changed since it was exported. Import the file as Case Audit exported it.',
        },
      ]);
    }
  }
  const parsed = inspectionFileSchema.safeParse(json.value, { reportInput: true });
  if (!parsed.success) return invalid(capped(issuesToErrors(parsed.error.issues)));
  const errors = checkContents(parsed.data);
  return errors.length > 0 ? invalid(capped(errors)) : valid(parsed.data);
}
