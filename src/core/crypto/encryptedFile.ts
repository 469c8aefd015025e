/**
 * A Case Audit file protected by a passphrase: its own small envelope around the encrypted text
 * of another Case Audit file (an inspector's work, usually).
 *
 * ```
 * { format: 'case-audit/encrypted', formatVersion: 1,
 *   contents: 'work',                                  // the kind of file inside
 *   kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000, salt: <16 bytes, base64> },
 *   cipher: { name: 'AES-GCM', length: 256, iv: <12 bytes, base64>, tagLength: 128 },
 *   ciphertext: <base64> }
 * ```
 *
 * - Key: PBKDF2-HMAC-SHA-256 over the passphrase (UTF-8, as typed), 600,000 iterations (OWASP's
 *   2023 figure for PBKDF2-SHA-256), a random 16-byte salt per file; a 256-bit AES key.
 * - Cipher: AES-256-GCM with a random 12-byte IV per file and a 128-bit tag (the tag is the last
 *   16 bytes of `ciphertext`, as WebCrypto gives it).
 * - Additional data: the canonical JSON of every field except `ciphertext`, so the header (the
 *   iteration count, the kind named in `contents`) cannot be changed without the file failing
 *   to open.
 * - A wrong passphrase and a changed file are the same failure to AES-GCM: the tag does not
 *   match, and nothing is read.
 *
 * Core does no cryptography of its own: the caller passes WebCrypto (`globalThis.crypto` in the
 * browser, a worker, and Node 20).
 */
import { z } from 'zod';
import { envelopeText } from '../exchange/fileEnvelope';
import { canonicalJson } from '../validation/canonicalJson';
import { parseJsonText } from '../validation/parseJsonText';
import {
  invalid,
  type ValidationError,
  type ValidationResult,
  valid,
} from '../validation/validationResult';
import { issuesToErrors } from '../validation/zodIssues';
import { fromBase64, toBase64 } from './base64';

export const ENCRYPTED_FILE_FORMAT = 'case-audit/encrypted';
export const ENCRYPTED_FILE_VERSION = 1;
/** PBKDF2-SHA-256 iterations for new files. */
export const PBKDF2_ITERATIONS = 600_000;
/** Files asking for fewer are refused (too weak), or far more (a file that would hang the app). */
const MIN_ITERATIONS = 600_000;
const MAX_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
/** Passphrases shorter than this are refused when a file is made. */
export const MIN_PASSPHRASE_LENGTH = 10;
/** The encrypted text of a whole inspection fits; the limit keeps junk from exhausting memory. */
const MAX_BYTES = 400 * 1024 * 1024;

const base64Of = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, `must be ${what} in base64`)
    .refine((text) => fromBase64(text)?.length === bytes, `must be ${bytes} bytes in base64`);

export const encryptedFileSchema = z.strictObject({
  format: z.literal(ENCRYPTED_FILE_FORMAT),
  formatVersion: z.literal(ENCRYPTED_FILE_VERSION),
  /** The kind of Case Audit file inside (a hint, checked again once opened). */
  contents: z.enum(['work', 'pack', 'inspection']),
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(MIN_ITERATIONS).max(MAX_ITERATIONS),
    salt: base64Of(SALT_BYTES, 'the salt'),
  }),
  cipher: z.strictObject({
    name: z.literal('AES-GCM'),
    length: z.literal(256),
    iv: base64Of(IV_BYTES, 'the IV'),
    tagLength: z.literal(128),
  }),
  ciphertext: z
    .string()
    .min(24)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
});

export type EncryptedFile = z.infer<typeof encryptedFileSchema>;

/** An opaque key handle (WebCrypto's CryptoKey). */
export type KeyHandle = object;

/** AES-GCM as every file uses it: the file's IV, its header as additional data, a 128-bit tag. */
type AesGcmParams = {
  name: 'AES-GCM';
  iv: Uint8Array<ArrayBuffer>;
  additionalData: Uint8Array<ArrayBuffer>;
  tagLength: 128;
};

/**
 * The part of WebCrypto used here, as `globalThis.crypto` has it in browsers, workers and
 * Node 20. Passed in, so core stays pure.
 */
export type WebCryptoLike = {
  getRandomValues<T extends Uint8Array<ArrayBuffer>>(array: T): T;
  readonly subtle: {
    importKey(
      format: 'raw',
      keyData: Uint8Array<ArrayBuffer>,
      algorithm: 'PBKDF2',
      extractable: false,
      keyUsages: ['deriveKey'],
    ): Promise<KeyHandle>;
    deriveKey(
      algorithm: {
        name: 'PBKDF2';
        hash: 'SHA-256';
        salt: Uint8Array<ArrayBuffer>;
        iterations: number;
      },
      baseKey: KeyHandle,
      derivedKeyType: { name: 'AES-GCM'; length: 256 },
      extractable: false,
      keyUsages: ['encrypt' | 'decrypt'],
    ): Promise<KeyHandle>;
    encrypt(
      algorithm: AesGcmParams,
      key: KeyHandle,
      data: Uint8Array<ArrayBuffer>,
    ): Promise<ArrayBuffer>;
    decrypt(
      algorithm: AesGcmParams,
      key: KeyHandle,
      data: Uint8Array<ArrayBuffer>,
    ): Promise<ArrayBuffer>;
  };
};

export const WRONG_PASSPHRASE =
  'The passphrase is not right for this file. Check it with the person who made the file: if it is right, the file was damaged on the way.';

const encoder = new TextEncoder();
const utf8 = (text: string) => encoder.encode(text) as Uint8Array<ArrayBuffer>;

async function passphraseKey(
  crypto: WebCryptoLike,
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  use: 'encrypt' | 'decrypt',
): Promise<KeyHandle> {
  const base = await crypto.subtle.importKey('raw', utf8(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    [use],
  );
}

/** The additional data: the header, so that changing it makes the file fail to open. */
function header(file: Omit<EncryptedFile, 'ciphertext'> | EncryptedFile): Uint8Array<ArrayBuffer> {
  const { ciphertext: _ignored, ...rest } = file as EncryptedFile;
  return utf8(canonicalJson(rest));
}

/** Encrypts the text of a Case Audit file with a passphrase. */
export async function encryptFileText(
  plaintext: string,
  contents: EncryptedFile['contents'],
  passphrase: string,
  crypto: WebCryptoLike,
): Promise<EncryptedFile> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const head = {
    format: ENCRYPTED_FILE_FORMAT,
    formatVersion: ENCRYPTED_FILE_VERSION,
    contents,
    kdf: {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: PBKDF2_ITERATIONS,
      salt: toBase64(salt),
    },
    cipher: { name: 'AES-GCM', length: 256, iv: toBase64(iv), tagLength: 128 },
  } as const;
  const key = await passphraseKey(crypto, passphrase, salt, PBKDF2_ITERATIONS, 'encrypt');
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: header(head), tagLength: 128 },
    key,
    utf8(plaintext),
  );
  return { ...head, ciphertext: toBase64(new Uint8Array(sealed)) };
}

/** The file as text, indented as every Case Audit file is. */
export const encryptedFileText: (file: EncryptedFile) => string = envelopeText;

/** Whether a parsed JSON value claims to be an encrypted Case Audit file. */
export function isEncryptedFileValue(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    (value as Record<string, unknown>).format === ENCRYPTED_FILE_FORMAT
  );
}

/** Reads the envelope of an encrypted file (not its contents: that needs the passphrase). */
export function readEncryptedFileValue(value: unknown): ValidationResult<EncryptedFile> {
  const record = value as Record<string, unknown>;
  const version = record.formatVersion;
  if (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version > ENCRYPTED_FILE_VERSION
  ) {
    return invalid([
      {
        path: '(the whole file)',
        message: `was made by a newer version of Case Audit (encrypted file format ${version}; this app reads up to ${ENCRYPTED_FILE_VERSION}): update the app, then open it again`,
      },
    ]);
  }
  const parsed = encryptedFileSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return invalid(issuesToErrors(parsed.error.issues).slice(0, 20));
  return valid(parsed.data);
}

/** Reads an encrypted file's envelope from its text. */
export function readEncryptedFile(text: string): ValidationResult<EncryptedFile> {
  const json = parseJsonText(
    text,
    { maxBytes: MAX_BYTES, maxDepth: 8 },
    'encrypted Case Audit file',
  );
  if (json.status !== 'ok') return json;
  if (!isEncryptedFileValue(json.value)) {
    return invalid([
      { path: 'format', message: `is not "${ENCRYPTED_FILE_FORMAT}": the file is not encrypted` },
    ]);
  }
  return readEncryptedFileValue(json.value);
}

/**
 * Opens an encrypted file with a passphrase: the text of the file inside, or
 * `WRONG_PASSPHRASE` when the passphrase (or the file) is not right. Nothing else is said, so a
 * guesser learns nothing but "no".
 */
export async function decryptFileText(
  file: EncryptedFile,
  passphrase: string,
  crypto: WebCryptoLike,
): Promise<ValidationResult<string>> {
  const salt = fromBase64(file.kdf.salt);
  const iv = fromBase64(file.cipher.iv);
  const sealed = fromBase64(file.ciphertext);
  const wrong: ValidationError = { path: '(the whole file)', message: WRONG_PASSPHRASE };
  if (!salt || !iv || !sealed) return invalid([wrong]);
  let opened: ArrayBuffer;
  try {
    const key = await passphraseKey(crypto, passphrase, salt, file.kdf.iterations, 'decrypt');
    opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: header(file), tagLength: 128 },
      key,
      sealed,
    );
  } catch {
    // WebCrypto's OperationError: the tag did not match (wrong passphrase or changed bytes).
    return invalid([wrong]);
  }
  try {
    return valid(new TextDecoder('utf-8', { fatal: true }).decode(opened));
  } catch {
    return invalid([wrong]);
  }
}

/** Whether a passphrase is acceptable for a new file: null if so, else what is wrong. */
export function passphraseProblem(passphrase: string, confirmation: string): string | null {
  if (passphrase.length === 0) return 'Enter a passphrase';
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return `Enter a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters (a few words are easier to remember than symbols)`;
  }
  if (confirmation !== passphrase) return 'The two passphrases are not the same';
  return null;
}
