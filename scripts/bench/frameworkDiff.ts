/**
 * Times the diff of two versions of a 300-question framework (20 standards × 15 questions and a
 * profile, tests/fixtures/syntheticFramework.ts): the second version rewords every tenth
 * question, removes 10, adds 10, moves 15 to another standard, changes 5 rules and renames an
 * answer code — the Compare and Publish screens' work. Prints the median of several runs after
 * a warm-up. Run on its own with `npx tsx scripts/bench/frameworkDiff.ts`.
 */
import { pathToFileURL } from 'node:url';
import { diffFrameworks, type Framework, plural, suggestVersion } from '../../src/core';
import { syntheticFramework } from '../../tests/fixtures/syntheticFramework';
import { sized } from './mode';
import { type BenchRow, median, ms, timeRuns } from './support';

/** The next version of `a`, changed throughout (see the header). */
export function changedVersion(a: Framework): Framework {
  const b: Framework = structuredClone(a);
  b.version = '2.0.0';
  const standards = b.sections.flatMap((s) => s.standards);
  let n = 0;
  for (const standard of standards) {
    standard.questions = standard.questions.flatMap((q) => {
      n++;
      if (n % 30 === 7) return [];
      const next = { ...q };
      if (n % 10 === 3) next.text = `${q.text} (reworded)`;
      if (n % 60 === 11) next.showWhen = { question: standard.questions[0]!.id, equals: 'yes' };
      return [next];
    });
    if (standards.indexOf(standard) % 2 === 0) {
      standard.questions.push({ ...standard.questions[1]!, id: `${standard.id}-new` });
    }
  }
  // Three questions of each of the first five standards move to the standard after it.
  for (let i = 0; i < Math.min(5, standards.length - 1); i++) {
    const moved = standards[i]!.questions.splice(2, 3);
    standards[i + 1]!.questions.push(...moved);
  }
  b.scales = b.scales.map((scale) =>
    scale.id === 'yes-no'
      ? {
          ...scale,
          options: scale.options.map((o) => (o.value === 'yes' ? { ...o, value: 'y' } : o)),
        }
      : scale,
  );
  return b;
}

const count = (f: Framework) =>
  f.sections.flatMap((s) => s.standards.flatMap((t) => t.questions)).length;

export async function benchFrameworkDiff(): Promise<BenchRow[]> {
  const [standards, perStandard] = sized([20, 15], [4, 5]);
  const a = syntheticFramework(standards, perStandard);
  const b = changedVersion(a);
  const size = `${plural(count(a), 'question')} → ${plural(count(b), 'question')}`;
  const diff = diffFrameworks(a, b);
  const parts = diff.added.length + diff.removed.length + diff.changed.length;
  const runs = sized(15, 1);
  const warmup = sized(3, 0);
  const diffTimes = await timeRuns(() => diffFrameworks(a, b), runs, warmup);
  const sameTimes = await timeRuns(() => diffFrameworks(a, structuredClone(a)), runs, warmup);
  const suggestTimes = await timeRuns(() => suggestVersion(a, b), runs, warmup);
  return [
    {
      name: 'diff of two versions',
      size,
      median: ms(median(diffTimes)),
      note: `${plural(parts, 'part')} differ; budget 100 ms`,
    },
    {
      name: 'diff of a version and its copy',
      size: plural(count(a), 'question'),
      median: ms(median(sameTimes)),
    },
    { name: 'suggested version number', size, median: ms(median(suggestTimes)) },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { printTable } = await import('./support');
  printTable('Framework versions: diff (Node)', await benchFrameworkDiff());
}
