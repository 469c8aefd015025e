/**
 * Sealing one record: AES-GCM with the person's data key, a fresh 12-byte IV per write, and the
 * table and primary key bound as additional data, so a sealed record copied to another record
 * (or table) fails to unseal instead of showing one case's content as another's.
 * Sealed bytes: IV ‖ ciphertext (with its 16-byte tag) of the JSON of the whole record.
 */

const IV_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** What a sealed record is bound to: `<table>\n<JSON of the primary key>`. */
function additionalData(table: string, primaryKey: unknown): Uint8Array<ArrayBuffer> {
  return encoder.encode(`${table}\n${JSON.stringify(primaryKey)}`);
}

export async function sealRecord(
  key: CryptoKey,
  table: string,
  primaryKey: unknown,
  record: unknown,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plain = encoder.encode(JSON.stringify(record));
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(table, primaryKey) },
    key,
    plain,
  );
  const sealed = new Uint8Array(IV_BYTES + cipher.byteLength);
  sealed.set(iv);
  sealed.set(new Uint8Array(cipher), IV_BYTES);
  return sealed;
}

/** Bytes as IndexedDB gives them back (a structured clone may come from another realm). */
function isBytes(value: unknown): value is Uint8Array<ArrayBuffer> {
  return (
    value instanceof Uint8Array ||
    (ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]')
  );
}

export type Unsealed = { readonly ok: true; readonly record: unknown } | { readonly ok: false };

const DAMAGED: Unsealed = { ok: false };

/** The record, or `ok: false` when it was changed, moved, or sealed with another key. */
export async function unsealRecord(
  key: CryptoKey,
  table: string,
  primaryKey: unknown,
  sealed: unknown,
): Promise<Unsealed> {
  if (!isBytes(sealed) || sealed.byteLength <= IV_BYTES) return DAMAGED;
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        // Views, not copies: WebCrypto copies its inputs when called.
        iv: sealed.subarray(0, IV_BYTES),
        additionalData: additionalData(table, primaryKey),
      },
      key,
      sealed.subarray(IV_BYTES),
    );
    return { ok: true, record: JSON.parse(decoder.decode(plain)) };
  } catch {
    return DAMAGED;
  }
}
