/**
 * Times the findings engine on synthetic inspections: 1,000, 10,000 and 100,000 cases × 60
 * questions (seeded; a plausible mix of answers with N/A, not known, unanswered and questions
 * hidden by rules), each with a breakdown by area. Prints the median of several runs after a
 * warm-up. Run on its own with `npx tsx scripts/bench/findings-engine.ts`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import {
  type Answer,
  type AnswerValue,
  type CaseWithAnswers,
  computeFindings,
  type FindingsCase,
  type Framework,
  findingsCasesOf,
  plural,
  type Question,
} from '../../src/core';
import { hmipRating, neutralScale, yesNoScale } from '../../tests/fixtures/frameworkBuilder';
import { sized } from './mode';

export type BenchRow = { name: string; size: string; median: string; note?: string };

const SIZES = sized([1_000, 10_000, 100_000], [100]);
const AREAS = ['area-a', 'area-b', 'area-c', 'area-d', 'area-e', 'area-f'];
const AT = '2026-01-01T00:00:00.000Z';

/** 4 sections × 3 standards × 5 questions; the fifth of each standard hides unless the fourth is "yes". */
export function benchFramework(): Framework {
  let n = 0;
  const sections = [1, 2, 3, 4].map((s) => ({
    id: `s${s}`,
    title: `Section ${s}`,
    standards: [1, 2, 3].map((t) => {
      const questions: Question[] = [1, 2, 3, 4, 5].map((k) => {
        n++;
        const id = `q${n}`;
        return {
          id,
          text: `Question ${id}?`,
          kind: k === 3 ? 'rating' : 'judgement',
          scale: k === 3 ? 'quality' : 'yes-no',
          key: k <= 2,
          ...(k === 5 ? { showWhen: { question: `q${n - 1}`, equals: 'yes' } } : {}),
          finding: {
            positive: `the work on ${id} was sufficient`,
            negative: `the work on ${id} was not sufficient`,
          },
        };
      });
      return { id: `st${s}.${t}`, title: `Standard ${s}.${t}`, questions };
    }),
  }));
  return {
    formatVersion: 1,
    id: 'bench-framework',
    version: '1.0.0',
    title: 'Synthetic framework for timing',
    publishers: ['Bench'],
    year: 2026,
    source: { citation: 'Synthetic' },
    licence: 'MIT',
    status: 'draft',
    language: 'en-GB',
    quantifiers: 'fractions',
    scales: [
      yesNoScale,
      {
        id: 'quality',
        ordered: true,
        options: [
          { value: 'good', label: 'Good', meaning: 'positive' },
          { value: 'fair', label: 'Fair', meaning: 'neutral' },
          { value: 'poor', label: 'Poor', meaning: 'negative' },
        ],
        allowNotApplicable: true,
      },
      neutralScale('gender', { boy: 'Boy', girl: 'Girl' }),
    ],
    profile: [
      { id: 'age', text: 'Age', kind: 'number', integer: true, min: 10, max: 18 },
      { id: 'gender', text: 'Gender', kind: 'choice', scale: 'gender' },
      {
        id: 'placements',
        text: 'Placements',
        kind: 'number',
        integer: true,
        thresholds: [{ above: 5, label: 'more than 5 placements' }],
      },
    ],
    sections,
    areas: AREAS.map((id) => ({ id, name: id.toUpperCase() })),
    rating: hmipRating(12),
  };
}

/** Seeded cases: mostly answered, with about 8% N/A, 3% not known and 4% unanswered. */
export function benchCases(framework: Framework, count: number, seed = 2026): CaseWithAnswers[] {
  const rng = xoroshiro128plus(seed);
  const random = () => uniformFloat64(rng);
  const questions = framework.sections.flatMap((s) => s.standards.flatMap((t) => t.questions));
  const cases: CaseWithAnswers[] = [];
  for (let c = 0; c < count; c++) {
    const answers: Record<string, Answer> = {};
    const put = (id: string, value: AnswerValue) => {
      answers[id] = { value, note: '', rev: 1, at: AT, by: 'insp-1', device: 'bench' };
    };
    put('age', 10 + Math.floor(random() * 9));
    put('gender', random() < 0.8 ? 'boy' : 'girl');
    put('placements', Math.floor(random() * random() * 12));
    for (const question of questions) {
      const r = random();
      if (r < 0.04) continue;
      if (r < 0.12) put(question.id, 'na');
      else if (r < 0.15 && question.scale === 'yes-no') put(question.id, 'not_known');
      else if (question.scale === 'quality')
        put(question.id, r < 0.6 ? 'good' : r < 0.8 ? 'fair' : 'poor');
      else put(question.id, r < 0.7 ? 'yes' : 'no');
    }
    cases.push({
      id: `case-${c}`,
      inspectionId: 'bench',
      ref: `LAC-${String(c % 100).padStart(2, '0')}-${String(c).padStart(6, '0')}`,
      areaId: AREAS[c % AREAS.length]!,
      stratumId: null,
      inspectorId: `insp-${(c % 8) + 1}`,
      status: random() < 0.9 ? 'complete' : 'in-progress',
      role: 'sample',
      createdAt: AT,
      updatedAt: AT,
      answers,
    });
  }
  return cases;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(1)} ms`;
}

/** Times `run` after warming it up (at least 5 calls and 300 ms), returning sorted times in ms. */
function time(run: () => void, runs: number): number[] {
  const warmUntil = performance.now() + sized(300, 0);
  for (let i = 0; i < sized(5, 0) || performance.now() < warmUntil; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/** The floor for any engine over this data: reading every answer of every case once. */
function readEveryAnswer(framework: Framework, cases: readonly FindingsCase[]): number {
  const ids = [
    ...framework.profile.map((p) => p.id),
    ...framework.sections.flatMap((s) => s.standards.flatMap((t) => t.questions.map((q) => q.id))),
  ];
  let seen = 0;
  for (const kase of cases) {
    for (const id of ids) if (kase.values[id] !== undefined) seen++;
  }
  return seen;
}

export async function benchFindingsEngine(): Promise<BenchRow[]> {
  const framework = benchFramework();
  const rows: BenchRow[] = [];
  for (const size of SIZES) {
    // The engine's input: each case's answer values (what the findings worker is sent).
    const cases = findingsCasesOf(benchCases(framework, size));
    const runs = sized(size >= 100_000 ? 5 : size >= 10_000 ? 11 : 21, 1);
    const engine = time(() => computeFindings(framework, cases, { breakdownBy: 'area' }), runs);
    const floor = time(() => readEveryAnswer(framework, cases), runs);
    const label = `${plural(size, 'case')} × 60 questions`;
    rows.push({
      name: 'computeFindings, breakdown by area',
      size: label,
      median: formatMs(median(engine)),
      note: `${plural(runs, 'run')}, ${formatMs(engine[0]!)}–${formatMs(engine[engine.length - 1]!)}`,
    });
    rows.push({
      name: 'reading every answer once (floor)',
      size: label,
      median: formatMs(median(floor)),
      note: 'values[id] for every item of every case, nothing else',
    });
  }
  return rows;
}

function printTable(rows: BenchRow[]): void {
  const header = ['name', 'size', 'median', 'note'] as const;
  const widths = header.map((h) => Math.max(h.length, ...rows.map((r) => (r[h] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line([...header]));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(header.map((h) => row[h] ?? '')));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printTable(await benchFindingsEngine());
}
