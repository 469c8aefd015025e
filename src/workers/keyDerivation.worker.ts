/**
 * The key derivation worker: Argon2id over a passphrase (keyDerivationService.ts). Started and
 * stopped by keyDerivationBridge.ts.
 */
import { keyDerivationHandlers } from './keyDerivationService';
import { serveHandlers } from './workerProtocol';

serveHandlers(keyDerivationHandlers, self as unknown as Parameters<typeof serveHandlers>[1]);
