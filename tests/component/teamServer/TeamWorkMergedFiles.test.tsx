/**
 * The team-work page's "Files merged into this inspection" lists the files people chose to
 * merge, never the team server's syncs (every pull that brings work is merged as a file): the
 * Team server section says when this device last synced.
 */
import { render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEAM_SERVER_DEVICE } from '../../../src/core';
import { database, useDatabase } from '../../../src/db/connection';
import { CaseAuditDatabase } from '../../../src/db/database';
import { forgetDeviceId } from '../../../src/db/device/identityStore';
import { forgetDeviceRoles } from '../../../src/ui/components/InspectionFrame/useDeviceRole';
import TeamWork from '../../../src/ui/team/TeamWork/TeamWork';
import { inspectionFixture, storeInspectionFixture } from '../../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../../fixtures/testDataKey';
import { fakeTeamServer, signedInAs } from './fakeTeamServer';

const fixture = inspectionFixture({ id: 'insp-1' });
const counts = { newCases: 0, updatedCases: 2, conflicts: 1 };

function merged(id: string, fileName: string, from: string, device: string, importedAt: string) {
  return {
    id,
    inspectionId: 'insp-1',
    fileName,
    importedAt,
    summary: { kind: 'work' as const, exportedAt: importedAt, from, device, counts },
  };
}

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`team-work-merged-${n++}`, TEST_DATA_KEY));
  forgetDeviceId();
  forgetDeviceRoles();
  signedInAs(null);
  await storeInspectionFixture(database(), fixture);
});
afterEach(() => {
  vi.unstubAllGlobals();
  useDatabase(null);
});

describe('the files merged into an inspection', () => {
  it('lists the work files merged, and not the team server’s syncs', async () => {
    fakeTeamServer({});
    await database().imports.bulkPut([
      merged('file-1', 'work-ap.json', 'A. Patel', 'ap-laptop', '2026-05-04T09:00:00.000Z'),
      merged(
        'sync-1',
        'Team server',
        'Team server',
        TEAM_SERVER_DEVICE.device,
        '2026-05-04T10:00:00.000Z',
      ),
    ]);
    render(
      <LocationProvider>
        <TeamWork inspectionId="insp-1" />
      </LocationProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Files merged into this inspection' });
    const rows = table.querySelectorAll('tbody tr');
    expect([...rows].map((r) => r.querySelector('td')?.textContent)).toEqual(['work-ap.json']);
  });
});
