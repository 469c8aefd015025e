/**
 * Shared set-up for the scoring screens' component tests: a fresh database per test holding the
 * scoring test framework, an inspection and its cases; screens rendered inside a router.
 */
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { LocationProvider } from 'preact-iso';
import type { AnswerValue } from '../../src/core';
import { getAnswer } from '../../src/db/cases/answerStore';
import { type SaveRequest, saveAnswer } from '../../src/db/cases/answerWriter';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { forgetDeviceId, setScorer } from '../../src/db/device/identityStore';
import { closeCaseEditors } from '../../src/editing/caseEditor';
import { inspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

export const fixture = inspectionFixture();
export const INSPECTION = fixture.inspection.id;
export const CASE = fixture.cases[0]!.id;

let n = 0;

export async function freshCase(options: { scorer?: string | null } = {}): Promise<void> {
  await closeCaseEditors();
  useDatabase(new CaseAuditDatabase(`component-scoring-${n++}-${Math.random()}`, TEST_DATA_KEY));
  forgetDeviceId();
  await storeInspectionFixture(database(), fixture);
  const scorer = options.scorer === undefined ? 'ap' : options.scorer;
  if (scorer) await setScorer(INSPECTION, scorer);
}

export async function closeCase(): Promise<void> {
  await closeCaseEditors();
  useDatabase(null);
}

/** Saves answers as another tab or person would. */
export async function answer(
  values: Record<string, SaveRequest['patch']['value']>,
  by = 'jm',
): Promise<void> {
  for (const [itemId, value] of Object.entries(values)) {
    const stored = await getAnswer(database(), CASE, itemId);
    const base = stored
      ? { value: stored.value, note: stored.note, rev: stored.rev }
      : { value: null, note: '', rev: 0 };
    await saveAnswer({ caseId: CASE, itemId, patch: { value }, base, by, device: 'other-device' });
  }
}

export function renderRouted(path: string, children: ComponentChildren) {
  window.history.replaceState(null, '', path);
  return render(<LocationProvider>{children}</LocationProvider>);
}

export const ALL_REQUIRED: Record<string, AnswerValue> = {
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
