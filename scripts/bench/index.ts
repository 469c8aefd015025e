/**
 * `npm run bench`: the performance figures the issues ask for, each the median of several runs,
 * printed with sizes. Nothing here passes or fails: the figures are for reading.
 */
import { benchAppShell } from './appShell';
import { type BenchRow, buildApp, printTable } from './support';

type Section = { title: string; run: () => Promise<BenchRow[]> };

const sections: Section[] = [
  { title: 'App shell (production build, headless Chromium)', run: benchAppShell },
];

const only = process.argv.slice(2);
console.log(`Case Audit benchmarks — ${new Date().toISOString()} — Node ${process.version}`);
buildApp();
for (const section of sections) {
  if (only.length > 0 && !only.some((o) => section.title.toLowerCase().includes(o.toLowerCase())))
    continue;
  try {
    printTable(section.title, await section.run());
  } catch (error) {
    console.log(
      `\n## ${section.title}\n\nfailed: ${error instanceof Error ? error.stack : String(error)}`,
    );
    process.exitCode = 1;
  }
}
