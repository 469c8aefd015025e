/**
 * Starts a throwaway PostgreSQL for the team server's tests (installed by the project's script
 * when missing), so every server test runs on the embedded PGlite and on a real PostgreSQL.
 */
import type { TestProject } from 'vitest/node';
// @ts-expect-error -- plain .mjs helper shared with the npm scripts
import { startPostgres } from '../../scripts/postgres.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const postgres = (await startPostgres()) as { url: string; stop: () => void };
  project.provide('postgresUrl', postgres.url);
  return () => postgres.stop();
}
