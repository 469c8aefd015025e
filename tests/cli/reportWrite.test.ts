/**
 * How the command line writes a file on disk: beside its name, then put in place, so a write
 * that fails leaves neither a half-written file nor a stray part behind.
 */
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/cli/cliIo';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'case-audit-write-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writing a file from the command line', () => {
  it('puts the whole file under its name, and nothing else', async () => {
    await nodeIo.writeFile(join(dir, 'report.pdf'), new Uint8Array([37, 80, 68, 70]));
    expect(await readdir(dir)).toEqual(['report.pdf']);
    expect([...(await readFile(join(dir, 'report.pdf')))]).toEqual([37, 80, 68, 70]);
  });

  it('replaces a file already there', async () => {
    await nodeIo.writeFile(join(dir, 'report.html'), 'old');
    await nodeIo.writeFile(join(dir, 'report.html'), 'new');
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toBe('new');
  });

  it('leaves nothing behind when the file cannot be put in place', async () => {
    // A folder of that name: the part is written, but cannot take the folder's place.
    await mkdir(join(dir, 'taken'));
    await expect(nodeIo.writeFile(join(dir, 'taken'), 'report')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
  });
});
