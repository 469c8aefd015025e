/**
 * How the bench runs. `--quick` (or CASE_AUDIT_BENCH_QUICK=1) runs every section end to end at
 * a tiny size, once: a check that the bench still drives the app as it is, whose figures mean
 * nothing. `--no-build` measures the build already in the output folder. `--json` prints, as
 * JSON on stdout and nothing else there, the rows of the chosen sections that give them (the
 * findings engine's), without building the app: `--only findings --json`.
 */
const flags = process.argv.slice(2);

export const QUICK = flags.includes('--quick') || process.env.CASE_AUDIT_BENCH_QUICK === '1';

export const SKIP_BUILD = flags.includes('--no-build');

export const JSON_OUTPUT = flags.includes('--json');

/**
 * The words after the flags: run only the sections whose titles contain one of them
 * (`--only findings` reads the same as `findings`).
 */
export const ONLY = flags.filter((f) => !f.startsWith('--')).map((f) => f.toLowerCase());

/** `full` for a measurement, `quick` in quick mode. */
export function sized<T>(full: T, quick: T): T {
  return QUICK ? quick : full;
}

/** Where the build is: dist/, or $CASE_AUDIT_OUT_DIR as for the app's own build. */
export const outDir = process.env.CASE_AUDIT_OUT_DIR ?? 'dist';
