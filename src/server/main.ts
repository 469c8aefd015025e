/**
 * `npm run server`: the team server. Reads its settings from the environment, opens the
 * database (PGlite in DATA_DIR, or PostgreSQL at DATABASE_URL), brings it up to date, serves the
 * built app and the API on one port, and, while no account exists, prints a one-time link to
 * create the first administrator.
 *
 *   PORT          the port (default 4180)
 *   HOST          the address to listen on (default 127.0.0.1: put the organisation's reverse
 *                 proxy with TLS in front; 0.0.0.0 listens on every address)
 *   PUBLIC_URL    the address people use (https://audit.example.gov.uk), for the printed link
 *   DATA_DIR      PGlite's folder (default ./data), when DATABASE_URL is not set
 *   DATABASE_URL  a PostgreSQL server (postgres://user:password@host/db) instead of PGlite
 *   APP_DIR       the built app (default ./dist)
 *   TRUST_PROXY   "true" behind a reverse proxy, so sign-in limits see the client's address
 *   APP_ORIGINS   comma-separated origins of copies of the app served elsewhere that may connect
 *                 (https://caseaudit.example.gov.uk,http://localhost:5173); none by default
 */
import { resolve } from 'node:path';
import { accountCount } from './accounts/accountStore';
import { newSetupToken } from './accounts/setupLink';
import { buildServerApp } from './http/serverApp';
import { appOriginsFrom } from './http/serverOptions';
import type { Database } from './store/database';
import { migrate } from './store/migrations';
import { openPgliteDatabase } from './store/pgliteDatabase';
import { openPostgresDatabase } from './store/postgresDatabase';

async function openDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return openPostgresDatabase(url);
  return openPgliteDatabase(resolve(process.env.DATA_DIR ?? 'data'));
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4180);
  const host = process.env.HOST ?? '127.0.0.1';
  const appOrigins = appOriginsFrom(process.env.APP_ORIGINS);
  const db = await openDatabase();
  const applied = await migrate(db);
  if (applied.length > 0)
    console.log(`Database brought up to date (migrations ${applied.join(', ')}).`);
  const app = await buildServerApp({
    db,
    now: () => new Date(),
    secureCookies: true,
    appDir: resolve(process.env.APP_DIR ?? 'dist'),
    logger: true,
    appVersion: process.env.npm_package_version ?? 'development',
    trustProxy: process.env.TRUST_PROXY === 'true',
    appOrigins,
  });
  const stop = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port, host });
  const address = (process.env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  console.log(`Case Audit team server: ${address}/ (${db.engine})`);
  if ((await accountCount(db)) === 0) {
    const token = await newSetupToken(db, new Date().toISOString());
    console.log(
      `Create the first administrator (this link works once): ${address}/team/set-up#${token}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
