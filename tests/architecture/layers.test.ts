/**
 * The layers point inward: ui → editing → db → core, ui → report → core, workers between the
 * screens and the layers they run, the session (unlock, lock) between the screens and the rest,
 * and nothing imports the command line, the team server, the service worker or the screens
 * from below; the team server shares core's rules and the message catalogue (its replies are
 * worded in Welsh or English) and nothing of the app. Every layer's rule is here, not only
 * core's, and no file takes part in an import cycle. src/README.md and each layer's README say the same in words.
 */
import { describe, expect, it } from 'vitest';
import { importCycles, sourceGraph } from './sourceGraph';

/** Each layer, and the layers (besides itself) its files may import. */
const LAYERS: Record<string, readonly string[]> = {
  'src/core': [],
  'src/i18n': ['src/core'],
  'src/db': ['src/core'],
  'src/report': ['src/core'],
  'src/editing': ['src/core', 'src/db'],
  'src/workers': ['src/core', 'src/db', 'src/report', 'src/i18n'],
  'src/session': ['src/core', 'src/db', 'src/editing', 'src/workers'],
  'src/teamClient': ['src/core'],
  'src/sync': ['src/core', 'src/db', 'src/editing', 'src/workers', 'src/teamClient'],
  'src/ui': [
    'src/core',
    'src/i18n',
    'src/db',
    'src/report',
    'src/editing',
    'src/workers',
    'src/session',
    'src/teamClient',
    'src/sync',
  ],
  'src/cli': ['src/core', 'src/report', 'src/i18n'],
  'src/server': ['src/core', 'src/i18n'],
  'src/sw': [],
};

/** Inside the screens: shared widgets and hooks never reach into a screen group. */
const SHARED_UI = ['src/ui/components', 'src/ui/hooks', 'src/ui/styles', 'src/ui/i18n'];

function layerOf(path: string): string | null {
  return Object.keys(LAYERS).find((layer) => path.startsWith(`${layer}/`)) ?? null;
}

const files = sourceGraph();

describe('the architecture', () => {
  it('puts every source file in a layer', () => {
    const loose = files
      .map((f) => f.path)
      .filter((path) => layerOf(path) === null && path !== 'src/vite-env.d.ts');
    expect(loose).toEqual([]);
  });

  it('imports only inward, layer by layer', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = layerOf(file.path);
      if (!from) continue;
      for (const target of file.imports) {
        const to = layerOf(target);
        if (to === from) continue;
        if (!to || !LAYERS[from]!.includes(to)) wrong.push(`${file.path} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the shared screen parts apart from the screens', () => {
    const wrong = files
      .filter((f) => SHARED_UI.some((dir) => f.path.startsWith(`${dir}/`)))
      .flatMap((f) =>
        f.imports
          .filter(
            (target) =>
              target.startsWith('src/ui/') &&
              !SHARED_UI.some((dir) => target.startsWith(`${dir}/`)),
          )
          .map((target) => `${f.path} → ${target}`),
      );
    expect(wrong).toEqual([]);
  });

  it('enters core only through its index (or, for languages, the first screen’s door)', () => {
    const doors = new Set(['src/core/index.ts', 'src/core/i18n/index.ts']);
    const deep = files
      .filter((f) => !f.path.startsWith('src/core/'))
      .flatMap((f) =>
        f.imports
          .filter((target) => target.startsWith('src/core/') && !doors.has(target))
          .map((target) => `${f.path} → ${target}`),
      );
    expect(deep).toEqual([]);
  });

  it('keeps the browser out of core, the database in src/db and the server’s in src/server', () => {
    const wrong = files.flatMap((f) =>
      f.packages
        .filter(
          (name) =>
            (f.path.startsWith('src/core/') && /^(dexie|preact|jspdf|workbox|node:)/.test(name)) ||
            (name === 'dexie' && !f.path.startsWith('src/db/')) ||
            (/^(fastify|@fastify\/|pg$|@electric-sql\/)/.test(name) &&
              !f.path.startsWith('src/server/')),
        )
        .map((name) => `${f.path} imports ${name}`),
    );
    expect(wrong).toEqual([]);
  });

  it('has no import cycle between files', () => {
    expect(importCycles(files)).toEqual([]);
  });
});
