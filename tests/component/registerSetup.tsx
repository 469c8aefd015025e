/**
 * Shared set-up for the recommendations register's component tests: a fresh database holding a
 * self-audit of 20 cases on the built-in 2012 framework (tests/component/benchmarksSetup.ts),
 * whose recommendations and published figures ship with the app.
 */
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { stopFindingsWorker } from '../../src/workers/findingsBridge';
import { storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';
import { lacAuditFixture } from './benchmarksSetup';

export const SELF = 'self';
export const REGISTER = `/inspections/${SELF}/register`;

let n = 0;

export async function freshRegister(): Promise<void> {
  useDatabase(new CaseAuditDatabase(`component-register-${n++}`, TEST_DATA_KEY));
  await storeInspectionFixture(database(), lacAuditFixture(SELF, 'self-audit'));
}

export function closeRegister(): void {
  stopFindingsWorker();
  useDatabase(null);
}
