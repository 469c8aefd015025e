/**
 * `npm run bench`: the performance figures the issues ask for, each the median of several runs,
 * printed with sizes. Nothing here passes or fails: the figures are for reading. A section that
 * breaks is reported and the others still run; the run then exits non-zero.
 * `npm run bench -- scoring report` runs only the sections whose titles contain those words;
 * `--quick` runs every section at a tiny size, once (a check, not a measurement); `--no-build`
 * measures the build already made; `--json` prints only the JSON rows of the chosen sections
 * that give them (`npm run bench -- --only findings --json`: the findings engine's).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { plural } from '../../src/core';
import { JSON_OUTPUT, ONLY, outDir, QUICK, SKIP_BUILD } from './mode';
import { jsonRows, runSections } from './runSections';
import { sections } from './sections';
import { buildApp, printTable } from './support';

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

// A stray rejection in one section must not end the run before the others have had theirs.
process.on('unhandledRejection', (reason) => {
  (JSON_OUTPUT ? console.error : console.log)(
    `\nunexpected error (the run goes on): ${describe(reason)}`,
  );
  process.exitCode = 1;
});

if (JSON_OUTPUT) {
  // stdout carries the JSON alone; anything else goes to stderr.
  try {
    const rows = await jsonRows(sections, ONLY);
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`, () => process.exit(0));
  } catch (error) {
    console.error(describe(error));
    process.exit(1);
  }
  await new Promise(() => undefined);
}

console.log(`Case Audit benchmarks — ${new Date().toISOString()} — Node ${process.version}`);
if (QUICK) console.log('Quick run: tiny sizes, one run each. These figures measure nothing.');
if (SKIP_BUILD) {
  if (!existsSync(join(outDir, 'index.html'))) {
    console.log(`\nNo build in ${outDir}/: run \`npm run build\` first, or leave out --no-build.`);
    process.exit(1);
  }
} else {
  buildApp();
}

const failed = await runSections(sections, {
  only: ONLY,
  timeoutMs: QUICK ? 2 * 60_000 : 20 * 60_000,
  onRows: printTable,
  onFailure: (title, error) => console.log(`\n## ${title}\n\nfailed: ${describe(error)}`),
});
if (failed.length > 0) {
  console.log(`\n${plural(failed.length, 'section')} failed: ${failed.join('; ')}`);
}
// Exit even if a failed section left a browser or a server open, once the output is written.
const code = failed.length > 0 ? 1 : Number(process.exitCode ?? 0);
process.stdout.write('', () => process.exit(code));
