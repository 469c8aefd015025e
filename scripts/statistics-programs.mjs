#!/usr/bin/env node
/**
 * Finds PSPP (which runs SPSS syntax) and R's Rscript, for the tests that run the codebook's
 * SPSS and R syntax on a cases spreadsheet. On Debian, as root, it installs Debian's `pspp`
 * and `r-base-core` packages when they are missing (each installs in seconds); anywhere else
 * it says why they are not there, and those tests are skipped with that reason.
 *
 * `node scripts/statistics-programs.mjs` does the same from the command line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PACKAGES = { pspp: 'pspp', rscript: 'r-base-core' };

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export function findStatisticsPrograms() {
  return { pspp: onPath('pspp'), rscript: onPath('Rscript') };
}

function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
      stdio: 'ignore',
      env,
    });
  try {
    install();
  } catch {
    // The package lists may be missing or stale: read them, then try once more.
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    install();
  }
}

/**
 * The programs' paths (null when missing) and, when one is missing, why. Installs what is
 * missing on Debian as root.
 */
export function ensureStatisticsPrograms() {
  let found = findStatisticsPrograms();
  const missing = Object.keys(PACKAGES).filter((key) => !found[key]);
  if (missing.length === 0) return { ...found, reason: null };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/debian_version')) {
    return {
      ...found,
      reason: `${missing.map((key) => PACKAGES[key]).join(' and ')} not installed, and this is not Debian as root (install them to run these tests: apt-get install pspp r-base-core)`,
    };
  }
  try {
    aptInstall(missing.map((key) => PACKAGES[key]));
  } catch (error) {
    return {
      ...found,
      reason: `apt-get could not install ${missing.join(', ')}: ${error.message}`,
    };
  }
  found = findStatisticsPrograms();
  const still = Object.keys(PACKAGES).filter((key) => !found[key]);
  return {
    ...found,
    reason: still.length === 0 ? null : `${still.join(', ')} not found after installing`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = ensureStatisticsPrograms();
  console.log(`PSPP: ${result.pspp ?? 'missing'}\nRscript: ${result.rscript ?? 'missing'}`);
  if (result.reason) {
    console.error(result.reason);
    process.exit(1);
  }
}
