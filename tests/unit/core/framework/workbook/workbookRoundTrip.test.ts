import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../../../../../src/core';
import { builtInFrameworkFiles } from '../../../../fixtures/builtInFrameworkFiles';
import { readBytes, saved, workbookOf } from './workbookFiles';
import { RICH } from './workbookFramework';

const BUILT_IN = builtInFrameworkFiles().map((file) => file.path);

describe('a built-in framework through a workbook and back', () => {
  it('covers every version of every built-in framework', () => {
    expect(BUILT_IN.length).toBeGreaterThanOrEqual(8);
  });

  it.each(BUILT_IN)('%s comes back identical from real .xlsx bytes', async (file) => {
    const loaded = loadFramework(readFileSync(file, 'utf8'));
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
