/**
 * `npm run dataset -- [--cases 4723] [--seed 2010] [--id yjb-2010-extract] --out file.json`:
 * writes the synthetic research extraction (researchExtraction.ts) as a whole-inspection file,
 * ready for "Open a Case Audit file" or `case-audit findings --inspection`.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { plural } from '../../src/core';
import { RESEARCH_EXTRACTION_CASES } from './researchExtraction';
import { researchExtractionFile } from './researchExtractionFile';

const USAGE =
  'usage: npm run dataset -- [--cases <n>] [--seed <n>] [--id <inspection id>] --out <file.json>';

function whole(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) {
    throw new Error(`--${name} must be a whole number from 1 to 100000, not "${text}"`);
  }
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string' },
      seed: { type: 'string' },
      id: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!values.out) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const cases = whole(values.cases, RESEARCH_EXTRACTION_CASES, 'cases');
  const seed = whole(values.seed, 2010, 'seed');
  const file = await researchExtractionFile({
    cases,
    seed,
    ...(values.id ? { inspectionId: values.id } : {}),
  });
  const text = JSON.stringify(file);
  writeFileSync(values.out, text);
  process.stdout.write(
    `Wrote ${plural(file.cases.length, 'case')} on ${file.framework.id}@${file.framework.version} to ${values.out} (${(text.length / 1_048_576).toFixed(1)} MB).\n`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exitCode = 2;
  },
);
