import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/preact';
import { afterEach } from 'vitest';

// Screens read sealed records (WebCrypto) before they show; on a busy two-core machine that can
// take longer than the default second, which is a slow machine, not a broken screen.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
