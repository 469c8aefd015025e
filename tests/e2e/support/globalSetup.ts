/**
 * Serves the production build (dist/, built by `npm run test:e2e`) on a free local port for the
 * whole e2e run, as users get it: service worker, manifest and all.
 */
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { distDir } from './distDir';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error(
      `${distDir}/ is missing: run \`npm run test:e2e\` (it builds first) or \`npm run build\`.`,
    );
  }
  const server = await startPreview();
  project.provide('baseUrl', server.url);
  return async () => server.close();
}

/** A preview server of its own, for tests that stop the server or change the served files. */
export async function startPreview(
  options: { port?: number; outDir?: string } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const port = options.port ?? 0;
  const server = await preview({
    preview: { port, strictPort: port !== 0, host: '127.0.0.1', open: false },
    build: options.outDir ? { outDir: options.outDir } : {},
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string')
    throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  };
}
