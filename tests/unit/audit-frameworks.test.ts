/** Every built-in framework file validates, and its place in the folder matches its identity. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../../src/core';

const root = 'audit-frameworks';
const files = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(root, d.name))
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ id: d.name, version: f.replace(/\.json$/, ''), path: join(root, d.name, f) })),
  );

describe('built-in frameworks', () => {
  it.each(files)(
    '$path is a valid framework filed under its id and version',
    ({ id, version, path }) => {
      const result = loadFramework(readFileSync(path, 'utf8'));
      expect(result.status === 'invalid' ? result.errors : []).toEqual([]);
      if (result.status === 'ok') {
        expect(result.value.id).toBe(id);
        expect(result.value.version).toBe(version);
      }
    },
  );
});
