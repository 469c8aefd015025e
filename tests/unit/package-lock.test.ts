/**
 * The lock file is complete for every platform. npm records optional dependencies (the native
 * binaries of Biome, Rollup, esbuild, lightningcss…) for all platforms only when it resolves
 * them afresh; a lock rewritten on one machine can keep only that machine's binaries, and then
 * `npm ci` refuses to install on a clean copy and `npm install` rewrites the lock.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockedPackage>;
};

/** Where Node would find `name` from the package at `from`: its own node_modules, then upwards. */
function resolvesFrom(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (candidate in lock.packages) return candidate;
    if (dir === '') return undefined;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent === -1 ? '' : dir.slice(0, parent);
  }
}

function missingOptionalPackages(): string[] {
  return Object.entries(lock.packages).flatMap(([path, entry]) =>
    Object.keys(entry.optionalDependencies ?? {})
      .filter((name) => resolvesFrom(path, name) === undefined)
      .map((name) => `${name} (optional dependency of ${path || 'the project'})`),
  );
}

describe('package-lock.json', () => {
  it('is a version 3 lock file with packages', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(Object.keys(lock.packages).length).toBeGreaterThan(100);
  });

  it("locks every platform's optional packages, so `npm ci` works on any machine", () => {
    expect(missingOptionalPackages()).toEqual([]);
  });

  it('records the optional dependencies each installed package declares', () => {
    const unrecorded = Object.entries(lock.packages).flatMap(([path, entry]) => {
      const manifest = `${path}/package.json`;
      if (path === '' || !existsSync(manifest)) return [];
      const installed = JSON.parse(readFileSync(manifest, 'utf8')) as LockedPackage;
      // Another version on disk than in the lock says nothing about the lock.
      if (installed.version !== entry.version) return [];
      return Object.keys(installed.optionalDependencies ?? {})
        .filter((name) => !(name in (entry.optionalDependencies ?? {})))
        .map((name) => `${name} (declared by ${path})`);
    });
    expect(unrecorded).toEqual([]);
  });

  it('locks an exactly pinned optional package at the version its parent asks for', () => {
    const mismatched = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.entries(entry.optionalDependencies ?? {})
        .filter(([, range]) => /^\d+\.\d+\.\d+(-[\w.]+)?$/.test(range))
        .flatMap(([name, range]) => {
          const found = resolvesFrom(path, name);
          const version = found === undefined ? undefined : lock.packages[found]?.version;
          return found !== undefined && version !== range
            ? [`${name}: ${path} wants ${range}, locked ${version}`]
            : [];
        }),
    );
    expect(mismatched).toEqual([]);
  });
});
