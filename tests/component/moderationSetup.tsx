/**
 * Shared set-up for the moderation screens' component tests: a fresh database per test holding
 * the scoring test framework and three cases; cases 1 (A. Patel's) and 2 (J. Morgan's) have a
 * complete first reading, and case 1 is assigned to J. Morgan for a second reading.
 */
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { LocationProvider } from 'preact-iso';
import { type AnswerValue, NO_ANSWER } from '../../src/core';
import { importAnswers } from '../../src/db/cases/answerWriter';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { forgetDeviceId, setScorer } from '../../src/db/device/identityStore';
import { assignSecondReadings } from '../../src/db/moderation/moderationAssignment';
import { finishSecondReading, saveSecondAnswer } from '../../src/db/moderation/secondReadingStore';
import { closeCaseEditors } from '../../src/editing/caseEditor';
import { closeSecondReadingEditors } from '../../src/editing/secondReadingEditor';
import { inspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

export const fixture = inspectionFixture({ caseCount: 3 });
export const INSPECTION = fixture.inspection.id;
export const CASE = fixture.cases[0]!.id;
export const OTHER_CASE = fixture.cases[1]!.id;
export const FIRST_NOTE = 'Assessment dated 3 May; health section completed by the nurse.';

export const FIRST: Record<string, AnswerValue> = {
  age: 15,
  'placement-type': 'foster',
  mappa: 'no',
  a1: 'yes',
  a2: 'yes',
  a3: 'good',
  p1: 'yes',
  p2: ['education'],
  p3: 4,
  r1: 'yes',
};

let n = 0;

async function firstReading(caseId: string, by: string): Promise<void> {
  await importAnswers(
    Object.entries(FIRST).map(([itemId, value]) => ({
      caseId,
      inspectionId: INSPECTION,
      itemId,
      value,
      note: itemId === 'a1' ? FIRST_NOTE : '',
      at: '2026-03-03T10:00:00.000Z',
      by,
      device: `laptop-${by}`,
    })),
    { via: 'import', source: 'test' },
  );
  const kase = (await database().cases.get(caseId))!;
  await database().cases.put({ ...kase, status: 'complete' });
}

export async function freshModeration(
  options: { scorer?: string | null; assign?: boolean } = {},
): Promise<void> {
  await closeCaseEditors();
  await closeSecondReadingEditors();
  useDatabase(new CaseAuditDatabase(`component-moderation-${n++}-${Math.random()}`, TEST_DATA_KEY));
  forgetDeviceId();
  await storeInspectionFixture(database(), fixture);
  await firstReading(CASE, 'ap');
  await firstReading(OTHER_CASE, 'jm');
  if (options.assign !== false) {
    await assignSecondReadings({
      inspectionId: INSPECTION,
      assignments: [{ caseId: CASE, secondReaderId: 'jm' }],
      selection: {
        method: 'random',
        seed: 'k7mq-x42d',
        description: 'Drawn at random',
        at: '2026-03-04T09:00:00.000Z',
        by: 'lead',
      },
      by: 'lead',
    });
  }
  const scorer = options.scorer === undefined ? 'jm' : options.scorer;
  if (scorer) await setScorer(INSPECTION, scorer);
}

export async function closeModeration(): Promise<void> {
  await closeCaseEditors();
  await closeSecondReadingEditors();
  useDatabase(null);
}

/** J. Morgan's second reading of case 1, as given on another device, then finished. */
export async function readSecondTime(
  values: Record<string, AnswerValue>,
  notes: Record<string, string> = {},
): Promise<void> {
  for (const [itemId, value] of Object.entries(values)) {
    await saveSecondAnswer({
      caseId: CASE,
      itemId,
      patch: { value, ...(notes[itemId] ? { note: notes[itemId] } : {}) },
      base: NO_ANSWER,
      by: 'jm',
      device: 'laptop-jm',
    });
  }
  const outcome = await finishSecondReading({ inspectionId: INSPECTION, caseId: CASE, by: 'jm' });
  if (outcome.status !== 'done') throw new Error(`not finished: ${JSON.stringify(outcome)}`);
}

export function renderAt(path: string, children: ComponentChildren) {
  window.history.replaceState(null, '', path);
  return render(<LocationProvider>{children}</LocationProvider>);
}
