/**
 * Team work speed, in headless Chromium against the production build, on a real (on-disk)
 * browser profile, the app protected (what is merged is sealed as it is written; the floors are
 * not), on the lead's merge screen, timed in the page from the user's click to the
 * next painted frame ("Check the files" → the preview shown; "Merge N files" → the result
 * shown); reading, planning and saving run in the team-work worker:
 * - six inspectors' work files of 10 cases each, every question of the seed-000 framework
 *   answered (66 questions, 13 profile fields: the 60 cases of the example inspection), merged
 *   at once into an inspection holding the 60 cases unanswered: preview time and commit time
 *   (targets ≤ 1 s each);
 * - one 5,000-case file (each case with 3 answers and their history: 35,000 records): preview
 *   and commit time (target ≤ 5 s for the commit), and how many progress updates the screen
 *   showed meanwhile;
 * - beside each commit, the floor: the same number of records of the same shape written in one
 *   bare IndexedDB transaction (same indexes, strict durability) in the same browser — the
 *   cases, one row per answer (the shape a work file holds them in) and one history entry per
 *   answer — and the commit's ratio to it (target ≤ 1.3×). The app stores a case's answers as
 *   two records (src/db/cases/answerStore.ts), so it writes fewer, larger records than the
 *   floor; a second floor writes exactly those, for comparison.
 *   On the 2-core machine the figures were first taken on, IndexedDB itself writes about
 *   12,000–15,000 such records a second, so the commit time grows with the answers a file holds.
 * Each figure is the median of RUNS runs, each on a fresh profile.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  type Answer,
  buildLacExample,
  buildWorkFile,
  type CaseWithAnswers,
  type Framework,
  formatCount,
  type Inspection,
  type InspectionFileCase,
  plural,
  type TeamMember,
  teamFileText,
} from '../../src/core';
import { writeSpaceRecords } from '../../tests/e2e/support/sealedSpace';
import { nodeSha256 } from '../../tests/fixtures/reportFixture';
import { openPastGate } from './gate';
import { sized } from './mode';
import { type BenchRow, launchPersistentChromium, median, ms, serveBuild } from './support';
import { floorOf } from './teamFloor';

const RUNS = sized(3, 1);
const SEED_000 = 'audit-frameworks/hmip-lac-placed-away-2012/1.0.1.json';
const BIG = sized(5_000, 50);
const BIG_FILE = `one ${formatCount(BIG)}-case file`;
/** Answers per case in the big file: a case list's profile fields, say. */
const BIG_ANSWERS = 3;
const AT = '2026-03-04T17:00:00.000Z';

const TEAM: TeamMember[] = [
  { id: 'lead', name: 'R. Okafor', role: 'lead' },
  ...['ap', 'jm', 'sk', 'tb', 'ln', 'dw'].map((id, i) => ({
    id,
    name: ['A. Patel', 'J. Morgan', 'S. Khan', 'T. Bell', 'L. Nowak', 'D. Wright'][i]!,
    role: 'inspector' as const,
  })),
];

function withHistory(kase: CaseWithAnswers, device: string, only?: number): InspectionFileCase {
  const entries = Object.entries(kase.answers).slice(0, only);
  const answers: Record<string, Answer> = {};
  for (const [itemId, a] of entries) answers[itemId] = { ...a, device, rev: 1 };
  return {
    ...kase,
    answers,
    history: Object.entries(answers).map(([itemId, a]) => ({
      itemId,
      ...a,
      via: 'edit',
      before: null,
    })),
  };
}

async function workFileText(
  inspection: Inspection,
  cases: readonly InspectionFileCase[],
  from: TeamMember,
): Promise<string> {
  const file = await buildWorkFile(
    {
      inspection: { id: inspection.id, title: inspection.title, framework: inspection.framework },
      from: { inspectorId: from.id, name: from.name, device: `${from.id}-laptop` },
      cases: [...cases],
      moderation: [],
    },
    { exportedAt: AT, appVersion: 'bench' },
    nodeSha256,
  );
  return teamFileText(file);
}

/**
 * The lead's device: protection set up, the built-in frameworks, the inspection and its cases
 * (in the lead's space, sealed), no answers yet.
 */
async function seedLead(
  page: Page,
  url: string,
  inspection: Inspection,
  cases: readonly CaseWithAnswers[],
) {
  await openPastGate(page, `${url}/frameworks`);
  await page.getByRole('table').waitFor();
  await writeSpaceRecords(page, {
    inspections: [inspection],
    cases: cases.map(({ answers: _a, ...kase }) => ({ ...kase, status: 'not-started' })),
    meta: [{ key: `scorer:${inspection.id}`, value: 'lead' }],
  });
}

type Timing = {
  preview: number;
  commit: number;
  progress: number;
  floor: number;
  /** The floor with the app's own layout: two answer records per case. */
  caseFloor: number;
};

/**
 * Chooses the files on the merge screen; times, in the page, from the click on "Check the files"
 * to "Merge N files" becoming usable (the preview shown), and from the click on "Merge N files"
 * to the result on screen (the commit), each to the next painted frame. Measured in the page so
 * the test driver's own delays are not counted.
 */
async function timeMerge(
  page: Page,
  url: string,
  inspectionId: string,
  paths: string[],
  size: { readonly cases: number; readonly answers: number },
): Promise<Timing> {
  await openPastGate(page, `${url}/inspections/${inspectionId}/team-work/merge`);
  await page.getByLabel('Work files (.json)').setInputFiles(paths);
  // Plain text, so the bundler adds nothing to it that the page would not know.
  await page.evaluate(`(() => {
    const marks = { progress: new Set() };
    window.benchMarks = marks;
    document.addEventListener('click', (event) => {
      const text = event.target.closest('button')?.textContent ?? '';
      if (text === 'Check the files') marks.check = performance.now();
      if (/^Merge \\d+ files?$/.test(text)) marks.merge = performance.now();
    }, true);
    new MutationObserver(() => {
      const ready = [...document.querySelectorAll('button')].some(
        (b) => /^Merge \\d+ files?$/.test(b.textContent ?? '') && !b.disabled,
      );
      if (marks.check !== undefined && ready && marks.previewed === undefined) {
        requestAnimationFrame(() => { marks.previewed ??= performance.now(); });
      }
      if (document.querySelector('[data-merge-result]') && marks.merged === undefined) {
        requestAnimationFrame(() => { marks.merged ??= performance.now(); });
      }
      const line = document.querySelector('label[for="merge-progress"]')?.textContent;
      if (line) marks.progress.add(line);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  })()`);
  const label = `Merge ${plural(paths.length, 'file')}`;
  await page.getByRole('button', { name: 'Check the files' }).click();
  await page.waitForFunction(
    () => 'previewed' in (window as unknown as { benchMarks: object }).benchMarks,
    null,
    {
      timeout: 120_000,
    },
  );
  await page.getByRole('button', { name: label }).click();
  await page.waitForFunction(
    () => 'merged' in (window as unknown as { benchMarks: object }).benchMarks,
    null,
    {
      timeout: 120_000,
    },
  );
  const marks = await page.evaluate(() => {
    const m = (
      window as unknown as { benchMarks: Record<string, number> & { progress: Set<string> } }
    ).benchMarks;
    return {
      preview: m.previewed! - m.check!,
      commit: m.merged! - m.merge!,
      progress: m.progress.size,
    };
  });
  return {
    ...marks,
    floor: await floorOf(page, size.cases, size.answers, 'rows'),
    caseFloor: await floorOf(page, size.cases, size.answers, 'cases'),
  };
}

export async function benchTeam(): Promise<BenchRow[]> {
  const framework = JSON.parse(readFileSync(SEED_000, 'utf8')) as Framework;
  const example = buildLacExample(framework, { inspectionId: 'insp-bench', now: AT, team: TEAM });
  const { inspection } = example;
  const dir = mkdtempSync(join(tmpdir(), 'case-audit-bench-files-'));
  // Six files of 10 cases each, in the order of the example's cases.
  const sixPaths: string[] = [];
  for (let f = 0; f < 6; f++) {
    const cases = example.cases.slice(f * 10, f * 10 + 10);
    const from = TEAM.find((m) => m.id === cases[0]!.inspectorId) ?? TEAM[f + 1]!;
    const path = join(dir, `lac-2012-thematic-work-${from.id}-${f}.json`);
    writeFileSync(
      path,
      await workFileText(
        inspection,
        cases.map((c) => withHistory(c, `${from.id}-laptop`)),
        from,
      ),
    );
    sixPaths.push(path);
  }
  const sixAnswers = example.cases.reduce((n, c) => n + Object.keys(c.answers).length, 0);
  // 5,000 cases made from the example's, each with 10 answers and their history.
  const bigCases = Array.from({ length: BIG }, (_, i) => {
    const source = example.cases[i % example.cases.length]!;
    return withHistory(
      { ...source, id: `big-${i}`, ref: `LAC-90-${String(i).padStart(4, '0')}` },
      'ap-laptop',
      BIG_ANSWERS,
    );
  });
  const bigPath = join(dir, 'lac-2012-thematic-work-ap-big.json');
  const bigText = await workFileText(inspection, bigCases, TEAM[1]!);
  writeFileSync(bigPath, bigText);

  const server = await serveBuild();
  const six: Timing[] = [];
  const big: Timing[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [paths, into, size] of [
        [sixPaths, six, { cases: 60, answers: sixAnswers }],
        [[bigPath], big, { cases: BIG, answers: BIG * BIG_ANSWERS }],
      ] as const) {
        const { context, close } = await launchPersistentChromium('case-audit-bench-team-');
        try {
          const page = context.pages()[0] ?? (await context.newPage());
          await seedLead(page, server.url, inspection, example.cases);
          into.push(await timeMerge(page, server.url, inspection.id, [...paths], size));
        } finally {
          await close();
        }
      }
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const med = (values: Timing[], key: keyof Timing) => median(values.map((v) => v[key]));
  const runs = `median of ${plural(RUNS, 'run')}`;
  const ratio = (values: Timing[]) => (med(values, 'commit') / med(values, 'floor')).toFixed(2);
  return [
    {
      name: 'six work files: preview (read, check, plan, show)',
      size: `6 × 10 cases, ${plural(sixAnswers, 'answer')}`,
      median: ms(med(six, 'preview')),
      note: `target ≤ 1 s; ${runs}`,
    },
    {
      name: 'six work files: commit (one transaction)',
      size: `6 × 10 cases, ${plural(sixAnswers, 'answer')}`,
      median: ms(med(six, 'commit')),
      note: `target ≤ 1 s; ${runs}`,
    },
    {
      name: 'six work files: floor (bare IndexedDB, same records)',
      size: plural(60 + 2 * sixAnswers, 'record'),
      median: ms(med(six, 'floor')),
      note: `commit ${ratio(six)}× the floor; ${runs}`,
    },
    {
      name: `${BIG_FILE}: preview`,
      size: `${plural(BIG, 'case')}, ${(bigText.length / 1024 / 1024).toFixed(1)} MB`,
      median: ms(med(big, 'preview')),
      note: runs,
    },
    {
      name: `${BIG_FILE}: commit (one transaction)`,
      size: `${plural(BIG, 'case')}, ${plural(BIG * BIG_ANSWERS, 'answer')} + history`,
      median: ms(med(big, 'commit')),
      note: `target ≤ 5 s; ${plural(Math.round(med(big, 'progress')), 'progress update')} shown; ${runs}`,
    },
    {
      name: `${BIG_FILE}: floor (bare IndexedDB, same records)`,
      size: plural(BIG + 2 * BIG * BIG_ANSWERS, 'record'),
      median: ms(med(big, 'floor')),
      note: `commit ${ratio(big)}× the floor (target ≤ 1.3×); ${runs}`,
    },
    {
      name: `${BIG_FILE}: floor with two answer records a case (the app's layout)`,
      size: plural(BIG * 3 + BIG * BIG_ANSWERS, 'record'),
      median: ms(med(big, 'caseFloor')),
      note: `commit ${(med(big, 'commit') / med(big, 'caseFloor')).toFixed(2)}× this floor; ${runs}`,
    },
  ];
}
