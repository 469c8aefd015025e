/**
 * Times the findings engine on synthetic inspections: 1,000, 10,000 and 100,000 cases × 60
 * questions (seeded; a plausible mix of answers with N/A, not known, unanswered and questions
 * hidden by rules), each with a breakdown by area. Prints the median of several runs after a
 * warm-up of its two steps — classifying the answers into columns, and counting them — beside
 * two floors (reading every answer once; counting every classified answer once into one typed
 * array) and SQLite computing the same counts (findings-sqlite.ts). Run on its own with
 * `npx tsx scripts/bench/findings-engine.ts`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import {
  type Answer,
  type AnswerValue,
  type CaseWithAnswers,
  countFindings,
  type FindingsCase,
  type FindingsColumns,
  type Framework,
  findingsCasesOf,
  findingsColumns,
  plural,
  type Question,
} from '../../src/core';
import { hmipRating, neutralScale, yesNoScale } from '../../tests/fixtures/frameworkBuilder';
import { sqliteShell, timeSqlite } from './findings-sqlite';
import { sized } from './mode';

export type BenchRow = { name: string; size: string; median: string; note?: string };
/** A row as `npm run bench -- --only findings --json` prints it. */
export type EngineRow = { name: string; cases: number; questions: number; medianMs: number };

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

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(1)} ms`;
}

/** Times `run` after warming it up (at least `warm` calls and 300 ms), returning times in ms. */
function time(run: () => void, runs: number, warm = 5): number[] {
  const warmUntil = performance.now() + sized(300, 0);
  for (let i = 0; i < sized(warm, 0) || performance.now() < warmUntil; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/** The floor for any engine reading case objects: every answer of every case read once. */
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

/** The floor for counting: every classified answer added once into one typed array. */
function countEveryAnswer(columns: FindingsColumns, counts: Int32Array): number {
  counts.fill(0);
  const { items } = columns.plan;
  for (let i = 0; i < items.length; i++) {
    const codes = columns.codes[i]!;
    const at = items[i]!.offset;
    for (let c = 0; c < codes.length; c++) counts[at + codes[c]!]! += 1;
  }
  return counts[0]!;
}

/** One measured figure: its name, size, sorted run times, and a note. */
type Figure = { name: string; cases: number; times: number[]; note?: string };

const BY_AREA = { breakdownBy: 'area' } as const;
const QUESTIONS = 60;

/** Times every step at one size. */
function measureSize(framework: Framework, size: number, sqlite: { version: string } | null) {
  // The engine's input: each case's answer values (what the findings worker is sent).
  const cases = findingsCasesOf(benchCases(framework, size));
  const runs = sized(size >= 100_000 ? 7 : size >= 10_000 ? 15 : 31, 1);
  const figures: Figure[] = [];
  const classify = time(
    () => findingsColumns(framework, cases),
    sized(size >= 100_000 ? 5 : 9, 1),
    2,
  );
  figures.push({
    name: 'classifying answers into columns (findingsColumns)',
    cases: size,
    times: classify,
  });
  const columns = findingsColumns(framework, cases);
  const count = time(() => countFindings(columns, BY_AREA), runs);
  figures.push({
    name: 'counting, breakdown by area (countFindings)',
    cases: size,
    times: count,
    note: `${plural(runs, 'run')}, ${formatMs(count[0]!)}–${formatMs(count[count.length - 1]!)}`,
  });
  const scratch = new Int32Array(columns.plan.slots);
  const floor = time(() => countEveryAnswer(columns, scratch), runs);
  figures.push({
    name: 'counting every classified answer once (floor)',
    cases: size,
    times: floor,
    note: 'counts[offset + code]++ for every item of every case, nothing else',
  });
  const read = time(() => readEveryAnswer(framework, cases), runs);
  figures.push({
    name: 'reading every answer once from the cases (floor)',
    cases: size,
    times: read,
    note: 'values[id] for every item of every case, nothing else',
  });
  if (sqlite) {
    const times = timeSqlite(
      framework,
      cases,
      countFindings(columns, BY_AREA),
      sized(size >= 100_000 ? 5 : 9, 1),
    ).sort((a, b) => a - b);
    const ratio = median(times) / median(count);
    figures.push({
      name: `SQLite ${sqlite.version} (native, in memory), one GROUP BY query`,
      cases: size,
      times,
      note: `the same counts, checked; ${ratio.toFixed(ratio < 10 ? 1 : 0)}× the engine's counting`,
    });
  }
  return figures;
}

/** Every figure of the section, with what could not be measured. */
export async function measureFindingsEngine(): Promise<{ figures: Figure[]; skipped: string[] }> {
  const framework = benchFramework();
  const shell = sqliteShell();
  const sqlite = 'version' in shell ? shell : null;
  const skipped = 'skipped' in shell ? [`SQLite skipped: ${shell.skipped}`] : [];
  const figures: Figure[] = [];
  for (const size of SIZES) figures.push(...measureSize(framework, size, sqlite));
  return { figures, skipped };
}

export async function benchFindingsEngine(): Promise<BenchRow[]> {
  const { figures, skipped } = await measureFindingsEngine();
  const rows: BenchRow[] = figures.map((f) => ({
    name: f.name,
    size: `${plural(f.cases, 'case')} × ${QUESTIONS} questions`,
    median: formatMs(median(f.times)),
    ...(f.note ? { note: f.note } : {}),
  }));
  for (const reason of skipped) rows.push({ name: 'SQLite', size: '', median: '', note: reason });
  return rows;
}

/** The same figures for `--json`: what was skipped goes to stderr. */
export async function findingsEngineJson(): Promise<EngineRow[]> {
  const { figures, skipped } = await measureFindingsEngine();
  for (const reason of skipped) console.error(reason);
  return figures.map((f) => ({
    name: f.name,
    cases: f.cases,
    questions: QUESTIONS,
    medianMs: Number(median(f.times).toFixed(3)),
  }));
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
  if (process.argv.includes('--json')) console.log(JSON.stringify(await findingsEngineJson()));
  else printTable(await benchFindingsEngine());
}
