import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { builtInBenchmarksPath } from '../../src/cli/builtInBenchmarks';
import { main } from '../../src/cli/main';
import type { BenchmarkSet } from '../../src/core';
import { findingsJsonSchema } from '../../src/core/findings/findingsJson';
import { fakeCliIo } from '../fixtures/fakeCliIo';
import { LAC_AUDIT_YES } from '../fixtures/lacBenchmarkAudit';
import { LAC_BENCHMARKS } from '../fixtures/lacBenchmarks';

const FRAMEWORK = readFileSync(
  fileURLToPath(
    new URL('../../audit-frameworks/hmip-lac-placed-away-2012/1.0.1.json', import.meta.url),
  ),
  'utf8',
);

/** 20 complete cases: case i answers "yes" while i is under the count, as the core tests do. */
function casesCsv(): string {
  const ids = Object.keys(LAC_AUDIT_YES) as (keyof typeof LAC_AUDIT_YES)[];
  const rows = [`case_ref,area,stratum,inspector,status,${ids.join(',')}`];
  for (let i = 0; i < 20; i++) {
    const answers = ids.map((id) => (i < LAC_AUDIT_YES[id] ? 'yes' : 'no'));
    rows.push(`LAC-01-${String(i + 1).padStart(2, '0')},yot-a,,,complete,${answers.join(',')}`);
  }
  return rows.join('\r\n');
}

/** The hand-made figures: alloc-prompt's counts "yes" (35 of 60), the other side of this audit's. */
const BENCHMARKS: BenchmarkSet = LAC_BENCHMARKS;

/** `total` complete cases answering one question: "yes" for the first `yes`, "no" after. */
function oneQuestionCsv(id: string, yes: number, total: number): string {
  const rows = [`case_ref,area,stratum,inspector,status,${id}`];
  for (let i = 0; i < total; i++) {
    rows.push(
      `LAC-01-${String(i + 1).padStart(2, '0')},yot-a,,,complete,${i < yes ? 'yes' : 'no'}`,
    );
  }
  return rows.join('\r\n');
}

const FILES = {
  'lac.json': FRAMEWORK,
  'cases.csv': casesCsv(),
  'bench.json': JSON.stringify(BENCHMARKS),
};

const ARGS = ['findings', '--framework', 'lac.json', '--cases', 'cases.csv'];

async function run(args: string[], files: Record<string, string> = FILES) {
  const cli = fakeCliIo(files);
  const code = await main([...ARGS, ...args], cli.io);
  return { code, out: cli.out, err: cli.err };
}

describe('case-audit findings --benchmarks', () => {
  it('prints each question beside its published figure in text', async () => {
    const { code, out, err } = await run(['--benchmarks', 'bench.json', '--format', 'text']);
    expect([code, err]).toEqual([0, []]);
    expect(out).toContain(
      'Published figures: Made-up published figures for tests. Differences: Newcombe’s hybrid score interval for a difference of two independent proportions, 95%.',
    );
    // 11 of 20 not allocated promptly (55%) against 25 of 60 (42%, the report's 35 "yes"
    // turned round): +13.3 points; Newcombe 95%: −0.1098 to 0.3575.
    const alloc = out.findIndex((line) => line.includes('alloc-prompt'));
    expect(out[alloc]).toContain('No: 55% (11/20)');
    expect(out[alloc + 2]).toBe(
      '        Published: 42% (25/60), the other side of the report’s “58%”; this audit: 55% (11/20); difference +13 points (95% interval −11 to +36), not more than chance would explain.',
    );
    expect(out).toContain(
      '        Published: nearly two-thirds (37–39 of 60); this audit: 90% (18/20); difference +25 to +28 points (95% interval +2 to +43), more than chance would explain at both ends.',
    );
  });

  it('adds a benchmark object to the JSON and the benchmark columns to the CSV', async () => {
    const json = await run(['--benchmarks=bench.json']);
    expect(json.code).toBe(0);
    const parsed = findingsJsonSchema.parse(JSON.parse(json.out.join('\n')));
    expect(parsed.questions.find((q) => q.id === 'alloc-prompt')!.benchmark).toMatchObject({
      answers: 'No',
      positive: 25,
      base: 60,
      percent: 42,
      difference: 13.3,
      significant: false,
    });
    expect(parsed.questions.filter((q) => q.benchmark)).toHaveLength(5);

    const csv = await run(['--benchmarks', 'bench.json', '--format', 'csv']);
    expect(csv.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(csv.out.join('\n'), { header: true }).data;
    const alloc = rows.find((r) => r.question_id === 'alloc-prompt')!;
    expect([alloc.benchmark_positive, alloc.benchmark_percent, alloc.difference_points]).toEqual([
      '25',
      '42',
      '13.3',
    ]);
  });

  it('writes the line the README shows', async () => {
    const { out } = await run(['--benchmarks', 'bench.json', '--format', 'text'], {
      ...FILES,
      'cases.csv': oneQuestionCsv('alloc-prompt', 12, 20),
    });
    // 60% against 58.3%: +1.7 points; Newcombe 95%: −0.2263 to 0.2374.
    expect(out).toContain(
      '        Published: 58% (35/60); this audit: 60% (12/20); difference +2 points (95% interval −23 to +24), not more than chance would explain.',
    );
  });

  it('marks a small base, and says why a question with no applicable case is not compared', async () => {
    const { code, out } = await run(['--benchmarks', 'bench.json', '--format', 'text'], {
      ...FILES,
      'cases.csv': oneQuestionCsv('alloc-prompt', 5, 8),
    });
    expect(code).toBe(0);
    // 5 of 8 (62.5%) against 35 of 60 (58.3%): +4 points.
    expect(out).toContain(
      '        Published: 58% (35/60); this audit: 63% (5/8) †; difference +4 points (95% interval −30 to +31), not more than chance would explain.',
    );
    expect(out).toContain(
      '        Published: 18 of 60 (“18 cases”) — not comparable: this audit has no applicable cases.',
    );
    expect(out.at(-1)).toMatch(/^† Small base: fewer than 10 cases/);
  });

  it('quotes the report’s words when its range counted the other answers', async () => {
    const rows = ['case_ref,area,stratum,inspector,status,safeguarded'];
    for (let i = 0; i < 20; i++) {
      rows.push(
        `LAC-01-${String(i + 1).padStart(2, '0')},yot-a,,,complete,${i < 8 ? 'yes' : 'no'}`,
      );
    }
    const { out } = await run(['--benchmarks', 'bench.json', '--format', 'text'], {
      ...FILES,
      'cases.csv': rows.join('\r\n'),
    });
    // 12 of 20 not safeguarded (60%) against 60 − 39 to 60 − 37 = 21 to 23 of 60 (35%–38.3%):
    // +21.7 to +25 points; Newcombe 95%: −3.1 (at 23) to 46.1 (at 21), above 0 at 21 only.
    expect(out).toContain(
      '        Published: 21–23 of 60, the other side of the report’s “nearly two-thirds”; this audit: 60% (12/20); difference +22 to +25 points (95% interval −3 to +46), more than chance would explain at one end only, so not counted as more than chance.',
    );
  });

  it('says the comparison in Welsh with --lang cy, with the same figures', async () => {
    const { code, out } = await run([
      '--benchmarks',
      'bench.json',
      '--format',
      'text',
      '--lang',
      'cy',
    ]);
    expect(code).toBe(0);
    expect(out).toContain(
      'Ffigurau cyhoeddedig: Made-up published figures for tests. Gwahaniaethau: cyfwng sgôr hybrid Newcombe ar gyfer gwahaniaeth rhwng dau gyfran annibynnol, 95%.',
    );
    expect(out).toContain(
      '        Cyhoeddwyd: 42% (25/60), ochr arall “58%” yr adroddiad; yr archwiliad hwn: 55% (11/20); gwahaniaeth +13 pwynt (cyfwng 95% −11 i +36), dim mwy nag y byddai siawns yn ei egluro.',
    );
  });

  it('leaves the output as it was without --benchmarks', async () => {
    const { out } = await run([]);
    expect(out.join('\n')).not.toContain('benchmark');
  });

  const refused: [string, unknown, string[]][] = [
    [
      'a benchmark file for another framework version',
      { ...BENCHMARKS, framework: { id: 'hmip-lac-placed-away-2012', version: '1.0.0' } },
      [
        '  framework: this file is for hmip-lac-placed-away-2012 1.0.0, not hmip-lac-placed-away-2012 1.0.1',
      ],
    ],
    [
      'a figure for an unknown question',
      { ...BENCHMARKS, figures: [{ ...BENCHMARKS.figures[1]!, itemId: 'no-such-question' }] },
      ['  figures[0].itemId: no question "no-such-question" in the framework'],
    ],
    [
      'a base of zero',
      { ...BENCHMARKS, figures: [{ ...BENCHMARKS.figures[1]!, positive: 0, base: 0 }] },
      ['  figures[0].base: a base must be at least 1'],
    ],
    [
      'a count above its base',
      { ...BENCHMARKS, figures: [{ ...BENCHMARKS.figures[1]!, positive: 61 }] },
      ['  figures[0].positive: is more than its base'],
    ],
  ];
  it.each(refused)('refuses %s with the place named (exit 2)', async (_, file, lines) => {
    const { code, out, err } = await run(['--benchmarks', 'bad.json'], {
      ...FILES,
      'bad.json': JSON.stringify(file),
    });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual(['bad.json: not a usable benchmark file — 1 problem:', ...lines]);
  });

  it('refuses a file that is not JSON, or cannot be read', async () => {
    const broken = await run(['--benchmarks', 'bad.json'], { ...FILES, 'bad.json': '{"format":' });
    expect(broken.code).toBe(2);
    expect(broken.err[0]).toBe('bad.json: not a usable benchmark file — 1 problem:');
    expect(broken.err[1]).toMatch(/^ {2}\(the whole file\): is not valid JSON at line 1/);
    const missing = await run(['--benchmarks', 'none.json']);
    expect(missing.code).toBe(2);
    expect(missing.err).toEqual([
      "none.json: cannot be read (ENOENT: no such file, open 'none.json')",
    ]);
  });
});

describe('case-audit findings --benchmarks published', () => {
  const shipped = builtInBenchmarksPath('hmip-lac-placed-away-2012', '1.0.1');

  it('reads the findings against the figures shipped with the framework', async () => {
    const { code, out, err } = await run(['--benchmarks', 'published', '--format', 'json'], {
      ...FILES,
      [shipped]: readFileSync(shipped, 'utf8'),
    });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const json = findingsJsonSchema.parse(JSON.parse(out.join('\n')));
    const allocated = json.questions.find((q) => q.id === 'alloc-prompt');
    expect(allocated?.benchmark?.source.location).toBe('paragraph 3.4');
  });

  it('says so when no figures ship with the framework, and counts nothing', async () => {
    const other = JSON.parse(FRAMEWORK) as { version: string };
    const { code, out, err } = await run(['--benchmarks', 'published'], {
      ...FILES,
      'lac.json': JSON.stringify({ ...other, version: '9.9.9' }),
    });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(
      'no published figures ship with hmip-lac-placed-away-2012 9.9.9',
    );
  });
});
