/**
 * Small files with one job: no source file over 400 lines unless its opening comment says why
 * ("Over 400 lines: …"). Functions over 80 lines are caught by lint
 * (complexity/noExcessiveLinesPerFunction), where a longer one needs a comment saying why.
 */
import { expect, it } from 'vitest';
import { sourceGraph } from './sourceGraph';

const MAX_LINES = 400;

it(`keeps every source file within ${MAX_LINES} lines, or says why not`, () => {
  const long = sourceGraph()
    .map((file) => ({ path: file.path, lines: file.text.split('\n').length, text: file.text }))
    .filter(({ lines, text }) => {
      if (lines <= MAX_LINES) return false;
      const opening = text.split('\n').slice(0, 40).join('\n');
      return !/Over 400 lines: \S/.test(opening);
    })
    .map(({ path, lines }) => `${path}: ${lines} lines`);
  expect(long).toEqual([]);
});
