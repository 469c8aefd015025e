/**
 * The envelope every Case Audit file about an inspection shares, whatever its kind (the whole
 * inspection, inspectionFile.ts; a pack or an inspector's work, teamFiles.ts):
 *
 * ```
 * { format: 'case-audit/inspection', formatVersion: 1, kind, exportedAt, app: { version },
 *   …the kind's contents…, checksum }
 * ```
 *
 * Checksum: SHA-256 (lower-case hex) of the canonical JSON (keys sorted at every level, no
 * spaces: `canonicalJson`) of the whole file without its `checksum` field. Core never hashes by
 * itself: the caller passes the function (WebCrypto in the browser, node:crypto in the CLI).
 * Here: making the envelope, and the checks every kind's reader makes before its own.
 */
import { z } from 'zod';
import { withArticle } from '../phrasing/withArticle';
import { canonicalJson } from '../validation/canonicalJson';
import { cappedErrors, wholeFile } from '../validation/cappedErrors';
import { parseJsonText } from '../validation/parseJsonText';
import {
  type Invalid,
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

/** A hash of text as lower-case hex: SHA-256 for the checksum. */
export type Sha256Hex = (text: string) => Promise<string>;

/** When and by which version of the app a file is made. */
export type FileMade = { readonly exportedAt: string; readonly appVersion: string };

const CHECKSUM = /^[0-9a-f]{64}$/;

/** Fields every file about an inspection has, whatever its kind. */
export const envelopeShape = {
  format: z.literal(INSPECTION_FILE_FORMAT),
  formatVersion: z.literal(INSPECTION_FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  app: z.strictObject({ version: z.string().min(1).max(50) }),
  checksum: z.string().regex(CHECKSUM, 'must be a SHA-256 checksum (64 hex digits)'),
};

/** The envelope's fields for a file of `kind`, before its contents and checksum. */
export function envelopeFields<K extends string>(kind: K, made: FileMade) {
  return {
    format: INSPECTION_FILE_FORMAT,
    formatVersion: INSPECTION_FILE_VERSION,
    kind,
    exportedAt: made.exportedAt,
    app: { version: made.appVersion },
  } as const;
}

/** The checksum of a file (its `checksum` field, if any, left out). */
export function inspectionFileChecksum(file: object, sha256: Sha256Hex): Promise<string> {
  const { checksum: _ignored, ...rest } = file as Record<string, unknown>;
  return sha256(canonicalJson(rest));
}

/** The file: its body with the checksum of it. */
export async function withChecksum<B extends object>(
  body: B,
  sha256: Sha256Hex,
): Promise<B & { checksum: string }> {
  return { ...body, checksum: await inspectionFileChecksum(body, sha256) };
}

/** A file as text: indented, so a person (or a diff) can read it. */
export function envelopeText(file: object): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** A file's text as JSON, within the envelope's limits of size and depth. */
export function parseEnvelopeJson(text: string, what: string): ValidationResult<unknown> {
  return parseJsonText(
    text,
    { maxBytes: INSPECTION_FILE_MAX_BYTES, maxDepth: INSPECTION_FILE_MAX_DEPTH },
    what,
  );
}

/**
 * The envelope's format and version: is the value a Case Audit file (`what`, as messages name
 * it) of a version this app reads? Messages say what the file is instead, where that can be
 * told. Gives the file's fields, for the reader to check its kind next.
 */
export function readFormatAndVersion(
  value: unknown,
  what: string,
): ValidationResult<Record<string, unknown>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return invalid([wholeFile(`is not ${withArticle(what)} (expected a JSON object)`)]);
  }
  const record = value as Record<string, unknown>;
  if (record.format !== INSPECTION_FILE_FORMAT) {
    if (Array.isArray(record.sections) && typeof record.id === 'string') {
      return invalid([
        wholeFile(
          'is a framework file, not an inspection: import it from the Frameworks page instead',
        ),
      ]);
    }
    return invalid([
      wholeFile(`is not ${withArticle(what)} (its "format" should be "${INSPECTION_FILE_FORMAT}")`),
    ]);
  }
  const version = record.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return invalid([{ path: 'formatVersion', message: 'must be a whole number from 1' }]);
  }
  if (version > INSPECTION_FILE_VERSION) {
    return invalid([
      wholeFile(
        `was made by a newer version of Case Audit (file format ${version}; this app reads up to ${INSPECTION_FILE_VERSION}): update the app, then import it again`,
      ),
    ]);
  }
  return valid(record);
}

/**
 * Refuses a file whose checksum does not match its contents; readers check it before the
 * shape, so an edited file is refused for what it is, whatever else is wrong. A missing or
 * malformed checksum is left to the schema. `advice` ends the message: what to do instead.
 */
export async function checksumMismatch(
  record: Record<string, unknown>,
  sha256: Sha256Hex,
  advice: string,
): Promise<Invalid | null> {
  if (typeof record.checksum !== 'string' || !CHECKSUM.test(record.checksum)) return null;
  if ((await inspectionFileChecksum(record, sha256)) === record.checksum) return null;
  return invalid([
    {
      path: 'checksum',
      message: `does not match: the file has been changed since it was exported. ${advice}`,
    },
  ]);
}

/**
 * A file's contents, once its envelope and checksum are known good: its kind's schema, then its
 * kind's own checks (which see only a file of the right shape). Every problem comes back, capped.
 */
export function readContents<T>(
  schema: z.ZodType<T>,
  value: unknown,
  check: (file: T) => ValidationError[],
): ValidationResult<T> {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (!parsed.success) return invalid(cappedErrors(issuesToErrors(parsed.error.issues)));
  const errors = check(parsed.data);
  return errors.length > 0 ? invalid(cappedErrors(errors)) : valid(parsed.data);
}
