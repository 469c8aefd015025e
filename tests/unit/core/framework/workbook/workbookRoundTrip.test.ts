import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../../../../../src/core';
import { readBytes, saved, workbookOf } from './workbookFiles';
import { RICH } from './workbookFramework';

const ROOT = join(__dirname, '../../../../../audit-frameworks');
const BUILT_IN = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(ROOT, dir.name))
      // Published figures and recommendations sit beside the versions; not frameworks.
      .filter((file) => !file.startsWith('benchmarks-') && !file.startsWith('recommendations-'))
      .map((file) => join(dir.name, file)),
  );

describe('a built-in framework through a workbook and back', () => {
  it('covers every version of every built-in framework', () => {
    expect(BUILT_IN.length).toBeGreaterThanOrEqual(8);
  });

  it.each(BUILT_IN)('%s comes back identical from real .xlsx bytes', async (file) => {
    const loaded = loadFramework(readFileSync(join(ROOT, file), 'utf8'));
    if (loaded.status !== 'ok') throw new Error(`${file} is not valid`);
    const bytes = await saved(await workbookOf(loaded.value));
    const back = await readBytes(bytes);
    expect(back.status === 'ok' ? [] : back.errors).toEqual([]);
    expect(back.status === 'ok' && back.value).toEqual(loaded.value);
  });

  it('keeps every newer field of the format through real .xlsx bytes too', async () => {
    const back = await readBytes(await saved(await workbookOf(RICH)));
    expect(back).toEqual({ status: 'ok', value: RICH });
  });
});
