#!/usr/bin/env node
/**
 * Builds the app before the team server starts, when the build is missing or older than the
 * app's sources (after a `git pull`, say), so the server never serves an out-of-date app.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const built = join(process.env.APP_DIR ?? 'dist', 'index.html');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'].filter(
  existsSync,
);
const stale = !existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs;
if (stale) {
  console.error('Building the app for the team server…');
  const env = { ...process.env, CASE_AUDIT_OUT_DIR: process.env.APP_DIR ?? 'dist' };
  execFileSync('npx', ['vite', 'build'], { stdio: 'inherit', env });
}
