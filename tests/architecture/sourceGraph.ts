/**
 * The import graph of src/, read with TypeScript's own pre-processor (static imports, exports
 * from, dynamic `import()` and side-effect imports): which file imports which, for the layer,
 * cycle and size checks. Only relative specifiers name files of the project.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|tsx)$/;

export type SourceFile = {
  /** Path from the repository root, with forward slashes: `src/db/cases/caseStore.ts`. */
  readonly path: string;
  readonly text: string;
  /** Project files it imports, in the same form. */
  readonly imports: readonly string[];
  /** Package names it imports (`dexie`, `preact/hooks`). */
  readonly packages: readonly string[];
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const CANDIDATES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveSpecifier(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const suffix of CANDIDATES) {
    const candidate = base + suffix;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function toPath(absolute: string): string {
  return relative(ROOT, absolute).split('\\').join('/');
}

/** Every .ts and .tsx file under src/, with what it imports. */
export function sourceGraph(): SourceFile[] {
  return walk(join(ROOT, 'src'))
    .filter((file) => SOURCE.test(file) && !file.endsWith('.d.ts'))
    .map((file) => {
      const text = readFileSync(file, 'utf8');
      const info = ts.preProcessFile(text, true, true);
      const imports: string[] = [];
      const packages: string[] = [];
      for (const { fileName } of info.importedFiles) {
        if (fileName.startsWith('.')) {
          const target = resolveSpecifier(file, fileName);
          if (target && SOURCE.test(target)) imports.push(toPath(target));
        } else {
          packages.push(fileName);
        }
      }
      return { path: toPath(file), text, imports, packages };
    });
}

/** Import cycles: each a list of files that reach each other (Tarjan's strongly connected parts). */
export function importCycles(files: readonly SourceFile[]): string[][] {
  const edges = new Map(files.map((f) => [f.path, f.imports]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const to of edges.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const part: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        part.push(member);
      } while (member !== node);
      if (part.length > 1 || (edges.get(node) ?? []).includes(node)) cycles.push(part.sort());
    }
  };
  for (const f of files) if (!index.has(f.path)) visit(f.path);
  return cycles;
}
