/**
 * The benchmark still drives the app as it is: every section of `npm run bench` runs end to end
 * at a tiny size (`--quick`) against the build under test, so a renamed label or a changed
 * screen breaks this test rather than the next measurement.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sections } from '../../scripts/bench/sections';
import { distDir } from './support/distDir';

function runQuickBench(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/bench/index.ts', '--quick', '--no-build'], {
      env: { ...process.env, CASE_AUDIT_OUT_DIR: distDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('the benchmark, in its quick run', () => {
  it('runs every section to the end and prints its figures', async () => {
    const { code, output } = await runQuickBench();
    const failed = sections
      .map((s) => s.title)
      .filter((title) => !output.includes(`## ${title}\n\n| measure`));
    expect({ failed, code }, output).toEqual({ failed: [], code: 0 });
    expect(output).not.toContain('failed:');
  }, 300_000);
});
