/**
 * An inspection with answered cases, written straight into a page's IndexedDB (as the set-up
 * and scoring screens would leave it), for the report and export journeys and their bench.
 */
import type { Page } from 'playwright-core';
import type { CaseWithAnswers, Inspection } from '../../../src/core';
import { answerRecordsOf } from './answerRecords';
import { openApp } from './app';
import { writeSpaceRecords } from './sealedSpace';

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
