/**
 * A real PostgreSQL for the team server's tests and benchmark: Debian's `postgresql` package
 * (installed by `ensurePostgres` when run as root on Debian, as Chromium is), started as a
 * throwaway cluster in a temporary folder, listening on 127.0.0.1 only, and removed when
 * stopped. PostgreSQL refuses to run as root: as root, the cluster runs as the `postgres` user.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The folder of PostgreSQL's programs: $POSTGRES_BIN, else the newest Debian installs. */
export function findPostgresBin() {
  const fromEnv = process.env.POSTGRES_BIN;
  if (fromEnv) return existsSync(join(fromEnv, 'initdb')) ? fromEnv : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

/** Finds PostgreSQL, installing Debian's package when run as root on Debian; throws with advice otherwise. */
export function ensurePostgres() {
  const found = findPostgresBin();
  if (found) return found;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.error('PostgreSQL not found: installing Debian\'s "postgresql" package (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const stdio = ['ignore', 2, 2];
    execFileSync('apt-get', ['update', '-qq'], { stdio, env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio, env });
    const installed = findPostgresBin();
    if (installed) return installed;
  }
  throw new Error(
    [
      'The team server tests need PostgreSQL, and none was found.',
      '  Debian/Ubuntu:  sudo apt-get install postgresql',
      '  elsewhere:      install PostgreSQL and set POSTGRES_BIN to the folder holding initdb',
    ].join('\n'),
  );
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(bin, program, args) {
  const command = join(bin, program);
  const result = isRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
    : spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${program} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

/**
 * Starts a throwaway cluster; returns its URL (user `caseaudit`, trusted on 127.0.0.1 only),
 * `restart` (as a database restart in production would) and `stop` (which removes it).
 */
export async function startPostgres() {
  const bin = ensurePostgres();
  const dir = mkdtempSync(join(tmpdir(), 'case-audit-pg-'));
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run(bin, 'initdb', ['-D', data, '-U', 'caseaudit', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  const ctl = (...args) => run(bin, 'pg_ctl', ['-D', data, '-l', join(dir, 'log'), ...args]);
  ctl('-o', options, '-w', 'start');
  return {
    url: `postgres://caseaudit@127.0.0.1:${port}/postgres`,
    port,
    restart: () => ctl('-o', options, '-m', 'fast', '-w', 'restart'),
    stop: () => {
      try {
        ctl('-m', 'immediate', '-w', 'stop');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
