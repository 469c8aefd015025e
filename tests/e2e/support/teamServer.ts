/**
 * A real team server for a journey: `src/server/main.ts` on a free loopback port, serving the
 * build under test, with its PGlite database in a temporary folder. It prints the one-time link
 * that creates the first administrator; `stop` ends it and deletes its data. With
 * TEAM_SERVER_LOG set to a file, everything it prints goes there (to read after a failure).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { distDir } from './distDir';

/** The team server at another address the build under test is made for (`npm run test:e2e`). */
export const TEAM_SERVER_ADDRESS_FOR_TESTS = 'http://127.0.0.1:4199';

export type RunningTeamServer = {
  url: string;
  /** The set-up link as printed: `${url}/team/set-up#<token>`. */
  setupLink: string;
  stop: () => Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

function printedLink(child: ChildProcess): Promise<string> {
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`The team server printed no set-up link:\n${output}`)),
      90_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Create the first administrator[^:]*: (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`The team server stopped (${code}):\n${output}`));
    });
  });
}

/**
 * `port`: a fixed one (the build under test may connect to a server at another address only if
 * it was built for it: TEAM_SERVER_ADDRESS_FOR_TESTS); `appOrigins`: the app's addresses that may
 * connect from elsewhere (the server's APP_ORIGINS).
 */
export async function startTeamServer(
  options: { port?: number; appOrigins?: readonly string[] } = {},
): Promise<RunningTeamServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'case-audit-team-server-'));
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(resolve('node_modules/.bin/tsx'), ['src/server/main.ts'], {
    env: {
      ...process.env,
      APP_DIR: resolve(distDir),
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      APP_ORIGINS: (options.appOrigins ?? []).join(','),
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  if (process.env.TEAM_SERVER_LOG) {
    const { createWriteStream } = await import('node:fs');
    const log = createWriteStream(process.env.TEAM_SERVER_LOG);
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
  }
  const stop = async () => {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    return { url, setupLink: await printedLink(child), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
