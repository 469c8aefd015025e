/**
 * The first screen's JavaScript — the entry script and every chunk it imports statically — holds
 * no spreadsheet library (exceljs is loaded with import() only when a framework workbook is
 * imported or downloaded) and no Welsh catalogue (loaded only when Welsh is chosen).
 */
import { readdirSync, readFileSync } from 'node:fs';
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

function firstScreenGraph(): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entry = /<script[^>]+src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  expect(entry).toBeDefined();
  return staticGraph(entry!);
}

describe('the first screen', () => {
  it('loads no spreadsheet library', () => {
    const files = firstScreenGraph();
    expect(files.length).toBeGreaterThan(0);
    const withLibrary = files.filter((file) =>
      readFileSync(join(distDir, 'assets', file), 'utf8').includes('sharedStrings'),
    );
    expect(withLibrary).toEqual([]);
  });

  it('loads no Welsh catalogue until Welsh is chosen', () => {
    const files = firstScreenGraph();
    const withWelsh = files.filter((file) =>
      readFileSync(join(distDir, 'assets', file), 'utf8').includes('Neidio i’r prif gynnwys'),
    );
    expect(withWelsh).toEqual([]);
    const welsh = readdirSync(join(distDir, 'assets')).filter((file) =>
      readFileSync(join(distDir, 'assets', file), 'utf8').includes('Neidio i’r prif gynnwys'),
    );
    expect(welsh.length).toBeGreaterThan(0);
  });
});
