/**
 * Unlock as the unlock screen does it: the session's own `unlock` (the person's Argon2id
 * parameters read from the keyring, the passphrase derived in the key derivation worker, the
 * data key unwrapped, the person's space opened and the session unlocked), then the space's
 * database opened, as the first screen after it does. The derivation is timed on its own by
 * wrapping the worker's derivation in the session's replaceable one.
 */
import { database } from '../../../src/db/connection';
import { sessionState, setUpPerson, startSession, unlock } from '../../../src/session';
import { type PassphraseKdf, useKeyDerivation } from '../../../src/session/keyDerivation';
import { derivePassphraseBytes } from '../../../src/workers/keyDerivationBridge';

type Parameters = { memoryKiB: number; iterations: number; parallelism: number };

let derivations: { ms: number; parameters: Parameters }[] = [];

useKeyDerivation(async (passphrase: string, kdf: PassphraseKdf) => {
  const start = performance.now();
  const bytes = await derivePassphraseBytes(passphrase, kdf);
  const { memoryKiB, iterations, parallelism } = kdf;
  derivations.push({
    ms: performance.now() - start,
    parameters: { memoryKiB, iterations, parallelism },
  });
  return bytes;
});

/** Sets up a person with this passphrase, as the set-up screen does; returns their id. */
export async function setUpBenchPerson(passphrase: string): Promise<string> {
  await startSession();
  await setUpPerson('Bench', passphrase);
  const state = sessionState();
  if (state.kind !== 'unlocked') throw new Error(`set-up left the session ${state.kind}`);
  return state.person.personId;
}

export type UnlockTiming = {
  status: string;
  /** From the passphrase given to the person's space open, in ms. */
  total: number;
  /** The Argon2id derivation in the worker alone, in ms (the worker started for it). */
  derivation: number;
  /** The same derivation again at once, the worker already running, in ms. */
  warmDerivation: number;
  parameters: Parameters | null;
};

/** One unlock, on a page just loaded (the session started first, as the app does at load). */
export async function unlockBenchPerson(
  personId: string,
  passphrase: string,
): Promise<UnlockTiming> {
  await startSession();
  derivations = [];
  const start = performance.now();
  const outcome = await unlock(personId, passphrase);
  if (outcome.status === 'unlocked') await database().open();
  const total = performance.now() - start;
  const derived = derivations[0];
  let warmDerivation = 0;
  if (derived) {
    // What Argon2id itself costs, apart from starting the worker and its WebAssembly.
    const { memoryKiB, iterations, parallelism } = derived.parameters;
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const again = performance.now();
    await derivePassphraseBytes(passphrase, { memoryKiB, iterations, parallelism, salt });
    warmDerivation = performance.now() - again;
  }
  return {
    status: outcome.status,
    total,
    derivation: derived?.ms ?? 0,
    warmDerivation,
    parameters: derived?.parameters ?? null,
  };
}
