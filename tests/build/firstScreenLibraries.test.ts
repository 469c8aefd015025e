/**
 * The first screen's JavaScript — the entry script and every chunk it imports statically — holds
 * no spreadsheet library: exceljs is loaded with import() only when a framework workbook is
 * imported or downloaded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../e2e/support/distDir';

const STATIC_IMPORT = /(?:from|import)\s*["']\.\/([^"']+\.js)["']/g;

function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(distDir, 'assets', file), 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) visit(match[1]!);
  };
  visit(entry);
  return [...seen];
}

describe('the first screen', () => {
  it('loads no spreadsheet library', () => {
    const html = readFileSync(join(distDir, 'index.html'), 'utf8');
    const entry = /<script[^>]+src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const files = staticGraph(entry!);
    expect(files.length).toBeGreaterThan(0);
    const withLibrary = files.filter((file) =>
      readFileSync(join(distDir, 'assets', file), 'utf8').includes('sharedStrings'),
    );
    expect(withLibrary).toEqual([]);
  });
});
