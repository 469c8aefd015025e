/**
 * The docx library and the Word renderer are loaded only when a Word report is made: nothing the
 * first screen or the report worker imports statically reaches them (the build then puts them
 * in a chunk of their own, fetched on that first Word report).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../../..');
const CANDIDATES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
/** Static imports and re-exports that bring code in (not `import type`, not `import()`). */
const STATIC = /^(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s+)?'([^']+)'/gm;

function resolveFile(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  const found = CANDIDATES.map((s) => base + s).find((c) => existsSync(c) && statSync(c).isFile());
  return found && /\.tsx?$/.test(found) ? found : null;
}

/** Every project file and package a file brings in through static imports, followed through. */
function staticallyReached(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC)) {
      if (!specifier!.startsWith('.')) packages.add(specifier!);
      else {
        const target = resolveFile(file, specifier!);
        if (target) queue.push(target);
      }
    }
  }
  return {
    files: new Set([...files].map((f) => relative(ROOT, f).split('\\').join('/'))),
    packages,
  };
}

describe('the Word report’s library', () => {
  it.each(['src/ui/main.tsx', 'src/workers/report.worker.ts'])(
    'is not statically reached from %s',
    (entry) => {
      const reached = staticallyReached(entry);
      expect(reached.files.size).toBeGreaterThan(10);
      expect(reached.packages.has('preact') || reached.packages.has('dexie')).toBe(true);
      expect(reached.packages.has('docx')).toBe(false);
      expect([...reached.files].filter((f) => f.startsWith('src/report/docx/'))).toEqual([]);
    },
  );

  it('is loaded with import() by the report worker', () => {
    const service = readFileSync(resolve(ROOT, 'src/workers/reportService.ts'), 'utf8');
    expect(service).toContain("import('docx')");
    expect(service).toContain("import('../report/docx/renderReportDocx')");
  });
});
