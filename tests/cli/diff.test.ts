import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { fakeCliIo } from '../fixtures/fakeCliIo';
import { judgement, withQuestions } from '../fixtures/frameworkBuilder';

const builtIn = (version: string) =>
  readFileSync(`audit-frameworks/hmip-lac-placed-away-2012/${version}.json`, 'utf8');

const before = withQuestions([judgement('q1', { key: true }), judgement('q2'), judgement('q3')]);
const after = withQuestions(
  [judgement('q1', { text: 'Was the case allocated promptly?' }), judgement('q3'), judgement('q4')],
  { version: '1.1.0' },
);
const FILES = {
  'a.json': JSON.stringify(before),
  'b.json': JSON.stringify(after),
  '1.0.0.json': builtIn('1.0.0'),
  '1.0.1.json': builtIn('1.0.1'),
  'broken.json': JSON.stringify({ ...before, sections: [] }),
};

describe('case-audit diff', () => {
  it('lists what was added, removed and changed, by id, with the suggested number', async () => {
    const { io, out, err } = fakeCliIo(FILES);
    expect(await main(['diff', 'a.json', 'b.json'], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('\n')).toBe(
      [
        'test-framework@1.0.0 → test-framework@1.1.0: 1 part added, 1 part removed, 1 part changed',
        'Suggested number for the new version: 2.0.0 (things removed or changed in meaning)',
        '',
        'Added:',
        '  question q4: added: Question q4?',
        '',
        'Removed:',
        '  question q2: removed: Question q2?',
        '',
        'Changed:',
        '  question q1: text reworded; no longer a key question',
      ].join('\n'),
    );
  });

  it('gives JSON with added, removed and changed lists, each entry with the question id and what changed', async () => {
    const { io, out } = fakeCliIo(FILES);
    expect(await main(['diff', 'a.json', 'b.json', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(out.join('\n'));
    expect(json.added.map((e: { id: string }) => e.id)).toEqual(['q4']);
    expect(json.removed.map((e: { id: string }) => e.id)).toEqual(['q2']);
    expect(json.changed).toEqual([
      expect.objectContaining({
        id: 'q1',
        kind: 'question',
        changes: ['reworded', 'key'],
        details: ['text reworded', 'no longer a key question'],
      }),
    ]);
    expect(json.suggestion).toEqual({ version: '2.0.0', reason: 'removed-or-changed' });
  });

  it('finds the two built-in versions of the HMIP 2012 framework a rewording', async () => {
    const { io, out } = fakeCliIo(FILES);
    expect(await main(['diff', '1.0.0.json', '1.0.1.json', '--format=json'], io)).toBe(0);
    const json = JSON.parse(out.join('\n'));
    expect([json.added, json.removed]).toEqual([[], []]);
    expect(json.suggestion).toEqual({ version: '1.0.1', reason: 'wording' });
  });

  it('exits 1 naming the problems when a file is not a valid framework or cannot be read', async () => {
    const broken = fakeCliIo(FILES);
    expect(await main(['diff', 'a.json', 'broken.json'], broken.io)).toBe(1);
    expect(broken.err[0]).toBe('broken.json: invalid — 1 problem:');
    const missing = fakeCliIo(FILES);
    expect(await main(['diff', 'a.json', 'gone.json'], missing.io)).toBe(1);
    expect(missing.err[0]).toContain('gone.json: cannot be read');
  });

  it('exits 2 on wrong usage', async () => {
    for (const args of [
      ['diff', 'a.json'],
      ['diff', 'a.json', 'b.json', '--format', 'csv'],
      ['diff', 'a.json', 'b.json', '--all'],
    ]) {
      const { io, err } = fakeCliIo(FILES);
      expect(await main(args, io)).toBe(2);
      expect(err.join('\n')).toContain(
        'Usage: case-audit diff <a.json> <b.json> [--format text|json]',
      );
    }
  });
});
