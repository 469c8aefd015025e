/**
 * The page's way to the key derivation worker. One worker, started on the first derivation and
 * stopped when idle (its tens of megabytes go with it). Where no worker can start (tests in
 * Node), the same code runs on the page. A failure comes back as a rejected promise whose
 * message says what went wrong.
 */
import type { KeyDerivationHandlers } from './keyDerivationService';
import { workerBridge } from './workerBridge';

const keyDerivationWorker = workerBridge<KeyDerivationHandlers>({
  start: () =>
    new Worker(new URL('./keyDerivation.worker.ts', import.meta.url), { type: 'module' }),
  local: () => import('./keyDerivationService').then((module) => module.keyDerivationHandlers),
});

/** Argon2id over the passphrase (NFC-normalised, UTF-8): 32 bytes for `passphraseKekFromBytes`. */
export async function derivePassphraseBytes(
  passphrase: string,
  kdf: { memoryKiB: number; iterations: number; parallelism: number; salt: Uint8Array },
): Promise<Uint8Array> {
  try {
    return await keyDerivationWorker.call('derive', {
      passphrase: passphrase.normalize('NFC'),
      memoryKiB: kdf.memoryKiB,
      iterations: kdf.iterations,
      parallelism: kdf.parallelism,
      salt: kdf.salt,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The key could not be derived from the passphrase: ${reason}`);
  }
}
