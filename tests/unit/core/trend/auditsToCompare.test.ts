import { describe, expect, it } from 'vitest';
import type { Inspection } from '../../../../src/core';
import { type AuditToCompare, auditChoices } from '../../../../src/core/trend/auditsToCompare';
import { repeatedInspection, repeatTitle } from '../../../../src/core/trend/repeatAudit';
import { inspectionFixture } from '../../../fixtures/inspectionFixture';

function audit(
  id: string,
  fieldwork: [string | null, string | null],
  more: Partial<AuditToCompare> = {},
): AuditToCompare {
  return {
    id,
    title: id,
    kind: 'self-audit',
    framework: { id: 'lac', version: '1.0.1' },
    fieldwork: { start: fieldwork[0], end: fieldwork[1] },
    createdAt: '2026-01-01T09:00:00.000Z',
    ...more,
  };
}

describe('auditChoices', () => {
  const current = audit('now', ['2026-03-01', '2026-03-05']);
  const earlier = audit('2025', ['2025-03-01', '2025-03-05']);
  const older = audit('2024', ['2024-03-01', null]);
  const later = audit('2027', [null, null], { createdAt: '2027-01-01T09:00:00.000Z' });
  const otherVersion = audit('v2', ['2025-06-01', null], {
    framework: { id: 'lac', version: '2.0.0' },
  });

  it('lists the other audits on the same version, most recent first, and picks the most recent earlier one', () => {
    const choices = auditChoices(current, [older, current, otherVersion, later, earlier]);
    expect(choices.audits.map((a) => a.id)).toEqual(['2027', '2025', '2024']);
    expect(choices.chosen).toBe('2025');
  });

  it('picks the audit this one repeats, whenever it was', () => {
    const repeat = { ...current, repeatOf: '2024' };
    expect(auditChoices(repeat, [earlier, older]).chosen).toBe('2024');
  });

  it('picks none when no other audit is earlier, and lists none on another version', () => {
    expect(auditChoices(current, [later]).chosen).toBeNull();
    expect(auditChoices(current, [otherVersion])).toEqual({ audits: [], chosen: null });
  });
});

describe('repeatedInspection', () => {
  const earlier: Inspection = {
    ...inspectionFixture({ id: 'audit-2025' }).inspection,
    kind: 'self-audit',
    sampling: null,
    ratingOverrides: [
      { standardId: 's', rating: 'Good', rationale: 'r', by: 'R', at: '2026-03-02T09:00:00.000Z' },
    ],
    frameworkMoves: [],
  };

  it('keeps the settings, names the audit it repeats, and starts with no work', () => {
    const repeat = repeatedInspection(earlier, 'audit-2026', '2027-01-05T10:00:00.000Z');
    expect(repeat).toEqual({
      id: 'audit-2026',
      title: 'Looked after children placed away from home (repeat)',
      kind: 'self-audit',
      framework: earlier.framework,
      organisations: earlier.organisations,
      areas: earlier.areas,
      strata: earlier.strata,
      team: earlier.team,
      fieldwork: { start: null, end: null },
      sampling: null,
      ratingOverrides: [],
      example: false,
      repeatOf: 'audit-2025',
      createdAt: '2027-01-05T10:00:00.000Z',
      updatedAt: '2027-01-05T10:00:00.000Z',
    });
    expect(repeat.areas).not.toBe(earlier.areas);
  });

  it('keeps a long title within the limit', () => {
    const title = repeatTitle('x'.repeat(200));
    expect(title).toHaveLength(200);
    expect(title.endsWith('x (repeat)')).toBe(true);
  });
});
