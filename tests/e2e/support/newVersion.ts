/**
 * Publishing a new version of the app during a test: the build is served from a copy, so its
 * service worker can change, and the page is told to look for the new one.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { distDir } from './distDir';
import { startPreview } from './globalSetup';

export type UpdatableServer = {
  readonly url: string;
  /** Changes the served service worker and makes the page check for it. */
  publishNewVersion(page: Page): Promise<void>;
  close(): Promise<void>;
};

export async function serveUpdatableCopy(): Promise<UpdatableServer> {
  const outDir = mkdtempSync(join(tmpdir(), 'case-audit-dist-'));
  cpSync(distDir, outDir, { recursive: true });
  const server = await startPreview({ outDir });
  return {
    url: server.url,
    async publishNewVersion(page) {
      appendFileSync(join(outDir, 'sw.js'), `\n// new version ${Date.now()}\n`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    },
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
