/**
 * The team server as its own process (`npm run server`'s entry point), on a PostgreSQL
 * database, listening on loopback: started, killed without warning (SIGKILL, as a crash or a
 * power cut would) and started again on the same port. The set-up link it prints is read from
 * its output. The built app is stood in for by an empty page, so it starts without a build.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type ServerProcess = {
  readonly url: string;
  /** The token of the last set-up link printed, if any. */
  setupToken: () => string | null;
  /** SIGKILL: no shutdown, transactions in flight are cut. */
  kill: () => Promise<void>;
  /** Starts it again on the same port and database. */
  restart: () => Promise<void>;
  stop: () => Promise<void>;
};

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

const READY = /Case Audit team server: /;
const LINK = /\/team\/set-up#([A-Za-z0-9_-]+)/;

/** Starts `src/server/main.ts` on `databaseUrl`; resolves once it listens. */
export async function startServerProcess(databaseUrl: string): Promise<ServerProcess> {
  const port = await freePort();
  const appDir = mkdtempSync(join(tmpdir(), 'case-audit-app-'));
  writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>Case Audit</title>');
  let child: ChildProcess | null = null;
  let token: string | null = null;

  const launch = () =>
    new Promise<void>((ready, fail) => {
      // Node with tsx's loader, as `npx tsx` runs it but in ONE process: a signal reaches the
      // server itself, not a wrapper that would leave it running.
      const started = spawn(process.execPath, ['--import', 'tsx', resolve('src/server/main.ts')], {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          APP_DIR: appDir,
          PORT: String(port),
          HOST: '127.0.0.1',
          PUBLIC_URL: `http://127.0.0.1:${port}`,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = started;
      let output = '';
      let errors = '';
      started.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        // Request logs are read for nothing but the two lines at start; keep the pipe drained.
        if (output.length < 100_000) output += chunk;
        const link = LINK.exec(chunk);
        if (link?.[1]) token = link[1];
        if (READY.test(output)) ready();
      });
      started.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
        errors += chunk;
      });
      started.once('exit', (code, signal) =>
        fail(new Error(`team server exited (${code ?? signal}): ${errors}${output.slice(-2000)}`)),
      );
    });

  const exited = () =>
    new Promise<void>((done) => {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return done();
      running.once('exit', () => done());
    });

  await launch();
  return {
    url: `http://127.0.0.1:${port}`,
    setupToken: () => token,
    async kill() {
      const dying = exited();
      child?.kill('SIGKILL');
      await dying;
    },
    restart: launch,
    async stop() {
      const stopping = exited();
      child?.kill('SIGTERM');
      await stopping;
      rmSync(appDir, { recursive: true, force: true });
    },
  };
}
