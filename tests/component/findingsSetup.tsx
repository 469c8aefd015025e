/**
 * Shared set-up for the findings screens' component tests: a fresh database per test holding
 * the findings fixture (tests/fixtures/findingsFixture.ts: 20 cases whose figures are worked by
 * hand), and a screen rendered at an address inside a router.
 */
import { render, screen } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { LocationProvider } from 'preact-iso';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { stopFindingsWorker } from '../../src/workers/findingsBridge';
import { findingsFixture } from '../fixtures/findingsFixture';
import { storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

export const fixture = findingsFixture();
export const INSPECTION = fixture.inspection.id;
export const FINDINGS = `/inspections/${INSPECTION}/findings`;

let n = 0;

export async function freshFindings(): Promise<void> {
  useDatabase(new CaseAuditDatabase(`component-findings-${n++}`, TEST_DATA_KEY));
  await storeInspectionFixture(database(), fixture);
}

export function closeFindings(): void {
  stopFindingsWorker();
  useDatabase(null);
}

export function renderAt(path: string, children: ComponentChildren) {
  window.history.replaceState(null, '', path);
  return render(<LocationProvider>{children}</LocationProvider>);
}

/** Waits until the figures are on the screen (they are computed after the cases load). */
export async function figuresShown(): Promise<void> {
  await screen.findByText(/^Based on /, {}, { timeout: 5_000 });
}
