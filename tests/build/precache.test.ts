/** The built app: every asset is precached by the service worker, so all of it works offline. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../e2e/support/distDir';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function precacheList(): string[] {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/"?url"?:\s*"([^"]+)"/g)].map((m) => m[1]!);
}

describe('the production build', () => {
  it('precaches index.html, the manifest, the icons and every script and stylesheet', () => {
    const precached = new Set(precacheList());
    const built = filesUnder(distDir)
      .map((f) => relative(distDir, f))
      .filter((f) => f !== 'sw.js');
    expect(built.length).toBeGreaterThan(5);
    expect([...built].filter((f) => !precached.has(f))).toEqual([]);
  });

  it('does not precache the service worker itself', () => {
    expect(precacheList()).not.toContain('sw.js');
  });

  it('loads nothing from another origin', () => {
    const html = readFileSync(join(distDir, 'index.html'), 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/(src|href)="https?:\/\//);
  });
});
