/**
 * An inspection with answered cases, written straight into a page's IndexedDB (as the set-up
 * and scoring screens would leave it), for the report and export journeys and their bench.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  buildLacExample,
  type CaseWithAnswers,
  type Framework,
  type Inspection,
} from '../../../src/core';
import type { LacExample, LacExampleOptions } from '../../../src/core/example/buildLacExample';
import { answerRecordsOf } from './answerRecords';
import { openApp, waitForServiceWorker } from './app';
import { launchBrowser, type Session } from './browser';
import { writeSpaceRecords } from './sealedSpace';

/** The 2012 thematic framework, version 1.0.1, as the app ships it. */
export const LAC_FRAMEWORK_FILE = 'audit-frameworks/hmip-lac-placed-away-2012/1.0.1.json';

/** Writes the inspection, its cases, answers and a history entry per answer into the test inspector's space. */
export async function seedCases(
  page: Page,
  inspection: Inspection,
  cases: readonly CaseWithAnswers[],
  /** The app's address (default: the e2e run's server). */
  url?: string,
) {
  // The built-in frameworks are seeded by the Frameworks screen; visit it once.
  await openApp(page, '/frameworks', url);
  await page.getByRole('table').waitFor();
  const rows = cases.map(({ answers, ...kase }) => {
    const rows = Object.entries(answers).map(([itemId, a]) => ({
      ...a,
      caseId: kase.id,
      inspectionId: kase.inspectionId,
      itemId,
    }));
    return { kase, answers: rows, records: answerRecordsOf(rows) };
  });
  await writeSpaceRecords(page, {
    inspections: [inspection],
    cases: rows.map((row) => row.kase),
    answerValues: rows.flatMap((row) => row.records.values),
    answerDetails: rows.flatMap((row) => row.records.details),
    answerHistory: rows.flatMap((row) =>
      row.answers.map((a) => ({ ...a, via: 'import', source: 'test data', before: null })),
    ),
  });
}

/**
 * A fresh browser with the app installed and the seed-000 example inspection seeded on the 2012
 * thematic framework (March 2026 fieldwork): the report, export and self-audit journeys' start.
 * `change` adapts the inspection and its cases (a self-audit of some of them, say).
 */
export async function browserWithLacExample(
  inspectionId: string,
  options: Pick<LacExampleOptions, 'unfinished'> = {},
  change: (example: LacExample) => LacExample = (example) => example,
): Promise<{ session: Session; inspectionId: string }> {
  const session = await launchBrowser();
  await openApp(session.page, '/');
  await waitForServiceWorker(session.page);
  const framework = JSON.parse(readFileSync(LAC_FRAMEWORK_FILE, 'utf8')) as Framework;
  const example = change(
    buildLacExample(framework, {
      inspectionId,
      now: '2026-03-09T09:00:00.000Z',
      fieldwork: { start: '2026-03-02', end: '2026-03-06' },
      ...options,
    }),
  );
  await seedCases(session.page, example.inspection, example.cases);
  return { session, inspectionId: example.inspection.id };
}
