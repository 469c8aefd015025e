/**
 * Team files for the sync tests, made with the app's own builders: the lead's pack that puts the
 * inspection on the server (cases 1–3; A. Patel scores case 1, J. Morgan cases 2 and 3, whose
 * first reading of case 3 is in the pack; R. Reid second-reads case 3), and an inspector's work.
 * Synthetic data only.
 */
import { buildPackFile, moderationIdOf, type PackFile, type WorkFile } from '../../../src/core';
import { TEAM } from '../../fixtures/inspectionFixture';
import { nodeSha256 } from '../../fixtures/reportFixture';
import {
  caseWith,
  entry,
  INSPECTION,
  minute,
  TEAM_FRAMEWORK,
  workFile,
} from '../../fixtures/teamFixture';

export { INSPECTION, minute };

/** What only J. Morgan's first reading of case 3 says: it must never reach its second reader. */
export const FIRST_READING_NOTE = 'First reader: contact record shows no visit in March';

const READER = { id: 'rr', name: 'R. Reid', role: 'inspector' as const };

/** The inspection as the lead holds it, with the second reader in its team. */
export const SERVER_INSPECTION = { ...INSPECTION, team: [...TEAM, READER] };

/** The lead's "no" to q1 on case 1, revision 1. */
export const LEAD_Q1 = entry('q1', { value: 'no', rev: 1, at: minute(1), device: 'lead-laptop' });

export const JM_CASE_3 = entry('q1', {
  value: 'no',
  note: FIRST_READING_NOTE,
  rev: 1,
  at: minute(4),
  device: 'jm-laptop',
  by: 'jm',
});

export function leadPack(): Promise<PackFile> {
  const cases = [
    caseWith(1, [LEAD_Q1]),
    caseWith(2, [], { inspectorId: 'jm' }),
    caseWith(3, [JM_CASE_3], { inspectorId: 'jm' }),
  ];
  return buildPackFile(
    {
      for: { inspectorId: null, name: 'Everyone' },
      from: { by: 'lead', device: 'lead-laptop' },
      framework: TEAM_FRAMEWORK,
      inspection: SERVER_INSPECTION,
      cases: cases.map((c) => ({ ...c, answers: { ...c.answers }, history: [...c.history] })),
      moderation: [
        {
          moderationId: moderationIdOf('case-3'),
          inspectionId: INSPECTION.id,
          caseId: 'case-3',
          caseRef: 'LAC-01-03',
          secondReaderId: 'rr',
          assignedAt: minute(5),
          assignedBy: 'lead',
          answers: {},
          finishedAt: null,
        },
      ],
    },
    { exportedAt: minute(6), appVersion: '0.1.0' },
    nodeSha256,
  );
}

/** A change to q1 of case 1 from the lead's "no" (revision 2), by whom, from which device. */
export function changeToCase1(
  who: { inspectorId: string; name: string; device: string },
  value: 'yes' | 'na' | 'no',
  at: number,
): Promise<WorkFile> {
  const change = entry('q1', {
    value,
    rev: 2,
    at: minute(at),
    device: who.device,
    by: who.inspectorId,
    before: { value: 'no', note: '' },
  });
  return workFile([caseWith(1, [LEAD_Q1, change])], { from: who, exportedAt: minute(at + 1) });
}

export const AP = { inspectorId: 'ap', name: 'A. Patel', device: 'ap-laptop' };
export const JM = { inspectorId: 'jm', name: 'J. Morgan', device: 'jm-laptop' };
export const LEAD = { inspectorId: 'lead', name: 'R. Okafor', device: 'lead-tablet' };

/** J. Morgan changes the first reading of case 3 (revision 2), still with the first reader's note. */
export function changeToCase3(at: number): Promise<WorkFile> {
  const change = entry('q1', {
    value: 'yes',
    note: `${FIRST_READING_NOTE}; visit found later`,
    rev: 2,
    at: minute(at),
    device: JM.device,
    by: 'jm',
    before: { value: 'no', note: FIRST_READING_NOTE },
  });
  return workFile([caseWith(3, [JM_CASE_3, change], { inspectorId: 'jm' })], {
    from: JM,
    exportedAt: minute(at + 1),
  });
}
