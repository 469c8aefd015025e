/**
 * Core's index is the contract between the rules and the shell: it exports what the screens,
 * storage, workers, report renderers, command line and scripts use, and nothing else. A name
 * only core's own modules or its unit tests need is imported from its module instead.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function exportedNames(): string[] {
  const text = readFileSync(join(ROOT, 'src/core/index.ts'), 'utf8');
  const file = ts.createSourceFile('index.ts', text, ts.ScriptTarget.Latest, true);
  return file.statements.flatMap((statement) =>
    ts.isExportDeclaration(statement) &&
    statement.exportClause &&
    ts.isNamedExports(statement.exportClause)
      ? statement.exportClause.elements.map((element) => element.name.text)
      : [],
  );
}

it('exports from core only what the shell uses', () => {
  const shell = [
    ...walk(join(ROOT, 'src')).filter((f) => !f.startsWith(join(ROOT, 'src/core/'))),
    ...walk(join(ROOT, 'scripts')),
  ]
    .filter((f) => /\.(ts|tsx|mjs)$/.test(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const unused = exportedNames().filter((name) => !new RegExp(`\\b${name}\\b`).test(shell));
  expect(unused).toEqual([]);
});
