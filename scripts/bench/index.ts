/**
 * `npm run bench`: the performance figures the issues ask for, each the median of several runs,
 * printed with sizes. Nothing here passes or fails: the figures are for reading.
 * `npm run bench -- scoring report` runs only the sections whose titles contain those words.
 */
import { benchAppShell } from './appShell';
import { benchFindingsEngine } from './findings-engine';
import { benchFindingsScreen } from './findings-screen';
import { benchInspections } from './inspections';
import { benchReport } from './report';
import { benchSampling } from './sampling';
import { benchScoring } from './scoring';
import { type BenchRow, buildApp, printTable } from './support';
import { benchTeam } from './team';

type Section = { title: string; run: () => Promise<BenchRow[]> };

const sections: Section[] = [
  { title: 'App shell (production build, headless Chromium)', run: benchAppShell },
  { title: 'Sampling and case lists (Node)', run: benchSampling },
  {
    title: 'Inspection set-up: 50,000-row import and sample (headless Chromium)',
    run: benchInspections,
  },
  {
    title: 'Scoring: answer to committed, keyboard scoring (headless Chromium)',
    run: benchScoring,
  },
  { title: 'Findings engine (Node)', run: benchFindingsEngine },
  { title: 'Findings screen (headless Chromium)', run: benchFindingsScreen },
  { title: 'Report PDF (headless Chromium)', run: benchReport },
  { title: 'Team work: merging work files (headless Chromium)', run: benchTeam },
];

const only = process.argv.slice(2).map((o) => o.toLowerCase());
console.log(`Case Audit benchmarks — ${new Date().toISOString()} — Node ${process.version}`);
buildApp();
for (const section of sections) {
  if (only.length > 0 && !only.some((o) => section.title.toLowerCase().includes(o))) continue;
  try {
    printTable(section.title, await section.run());
  } catch (error) {
    console.log(
      `\n## ${section.title}\n\nfailed: ${error instanceof Error ? error.stack : String(error)}`,
    );
    process.exitCode = 1;
  }
}
