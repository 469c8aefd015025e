import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import InspectionEdit from '../../src/ui/setup/InspectionEdit/InspectionEdit';
import { inspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';
import { renderAt } from './findingsSetup';

const REGISTER = {
  inspectionId: 'audit-2025',
  updatedAt: '2026-04-01T09:00:00.000Z',
  recommendations: [{ id: 'rec-1', text: 'Allocate every case within five working days' }],
};

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`component-repeat-${n++}`, TEST_DATA_KEY));
  const fixture = inspectionFixture({ id: 'audit-2025', caseCount: 3 });
  await storeInspectionFixture(database(), {
    ...fixture,
    inspection: { ...fixture.inspection, kind: 'self-audit', title: 'Placed away 2025' },
  });
  await database().registers.put(REGISTER);
});
afterEach(() => useDatabase(null));

describe('repeating an audit from its settings', () => {
  it('stores a new audit with the same settings and the register, then opens its Sample tab', async () => {
    const user = userEvent.setup();
    renderAt('/inspections/audit-2025/edit', <InspectionEdit inspectionId="audit-2025" />);
    await screen.findByRole('heading', { name: 'Repeat this audit' });
    expect(
      screen.getByText(/titled “Placed away 2025 \(repeat\)” until you rename it/),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Repeat this audit' }));
    await waitFor(() =>
      expect(window.location.pathname).toMatch(/^\/inspections\/(?!audit-2025)[^/]+\/sample$/),
    );
    const id = decodeURIComponent(window.location.pathname.split('/')[2]!);
    const repeat = await database().inspections.get(id);
    expect(repeat).toMatchObject({
      title: 'Placed away 2025 (repeat)',
      kind: 'self-audit',
      repeatOf: 'audit-2025',
      sampling: null,
    });
    expect(await database().cases.where('inspectionId').equals(id).count()).toBe(0);
    expect(await database().registers.get(id)).toEqual({ ...REGISTER, inspectionId: id });
  });
});
