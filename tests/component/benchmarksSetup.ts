/**
 * An audit of 20 complete cases on the built-in 2012 framework (hmip-lac-placed-away-2012
 * 1.0.1), whose published figures ship with the app: case i (0–19) answers "yes" while i is
 * under the count given , and the emotional or mental
 * health needs of 8 of the 12 children with such needs were met.
 */
import { readFileSync } from 'node:fs';
import { type Inspection, loadFramework } from '../../src/core';
import type { AnswerRecord, CaseRecord } from '../../src/db/database';
import { type InspectionFixture, inspectionFixture } from '../fixtures/inspectionFixture';

// Read by its path from the repository's root, as the component tests run there.
const loaded = loadFramework(
  readFileSync('audit-frameworks/hmip-lac-placed-away-2012/1.0.1.json', 'utf8'),
);
if (loaded.status !== 'ok') throw new Error('the built-in framework does not load');
const LAC = loaded.value;

/** "Yes" answers of the 20 cases, by question (as in tests/fixtures/lacBenchmarkAudit.ts). */
const LAC_AUDIT_YES = {
  'alloc-prompt': 9,
  'info-transfer': 14,
  reoffended: 3,
  'emh-factor': 12,
  safeguarded: 18,
} as const;

export function lacAuditFixture(id: string, kind: Inspection['kind']): InspectionFixture {
  const base = inspectionFixture({ framework: LAC, id, caseCount: 20 });
  const cases: CaseRecord[] = base.cases.map((c) => ({ ...c, status: 'complete' }));
  const answers: AnswerRecord[] = cases.flatMap((c, i) => {
    const values: Record<string, string> = Object.fromEntries(
      Object.entries(LAC_AUDIT_YES).map(([itemId, yes]) => [itemId, i < yes ? 'yes' : 'no']),
    );
    if (i < LAC_AUDIT_YES['emh-factor']) values['emh-needs-met'] = i < 8 ? 'yes' : 'no';
    return Object.entries(values).map(([itemId, value]) => ({
      caseId: c.id,
      inspectionId: id,
      itemId,
      value,
      note: '',
      rev: 1,
      at: '2026-03-03T10:00:00.000Z',
      by: c.inspectorId ?? 'lead',
      device: 'fixture',
    }));
  });
  return { ...base, inspection: { ...base.inspection, kind }, cases, answers };
}
