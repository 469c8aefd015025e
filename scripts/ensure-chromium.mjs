#!/usr/bin/env node
/**
 * Makes sure a Chromium is available for the browser tests and benchmarks. On Debian, as root,
 * it installs Debian's `chromium` package; anywhere else it explains how to provide one.
 * (Browser downloads by test tools cannot work offline or on locked-down machines.)
 * Its messages go to stderr, so that the command it runs before (`npm run bench -- --json`)
 * has stdout to itself.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) {
  console.error(`Chromium: ${found}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(
    `CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which is not an executable file.`,
  );
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/etc/debian_version')) {
  console.error('Chromium not found: installing Debian\'s "chromium" package (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    const stdio = ['ignore', 2, 2];
    execFileSync('apt-get', ['update', '-qq'], { stdio, env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio, env });
  } catch {
    console.error('Installing chromium with apt-get failed (see above).');
    process.exit(1);
  }
  const installed = findChromium();
  if (installed) {
    console.error(`Chromium: ${installed}`);
    process.exit(0);
  }
}
console.error(
  [
    'The browser tests need Chromium, and none was found.',
    'Install one, then run the tests again:',
    '  Debian/Ubuntu:  sudo apt-get install chromium',
    '  elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
  ].join('\n'),
);
process.exit(1);
