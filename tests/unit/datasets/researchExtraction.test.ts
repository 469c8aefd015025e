/**
 * The synthetic research extraction shaped like seed 002 (YJB 2010): its size and areas, its
 * Table 2.3 shape, answers every item accepts, the shares the report quotes, and a file the app
 * imports. Deterministic: the same options give the same records.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  casesPerArea,
  RESEARCH_EXTRACTION_CASES,
} from '../../../scripts/datasets/researchExtraction';
import {
  researchExtractionFile,
  yjbExtraction,
  yjbFramework,
} from '../../../scripts/datasets/researchExtractionFile';
import { TABLE_2_3, TABLE_2_3_CASES } from '../../../scripts/datasets/seed002Shape';
import { indexFramework, readInspectionFile, validateAnswer } from '../../../src/core';

const sha256 = (text: string) =>
  Promise.resolve(createHash('sha256').update(text, 'utf8').digest('hex'));

function share(values: readonly unknown[], wanted: unknown): number {
  return values.filter((v) => v === wanted).length / values.length;
}

describe('the synthetic research extraction', () => {
  const { inspection, cases } = yjbExtraction();

  it('has 4,723 cases on yjb-case-file-2010 across the 14 areas, shared as Table 2.3', () => {
    expect(cases).toHaveLength(RESEARCH_EXTRACTION_CASES);
    expect(inspection.framework).toEqual({ id: 'yjb-case-file-2010', version: '1.0.1' });
    expect(inspection.areas).toHaveLength(14);
    const perArea = inspection.areas.map((a) => cases.filter((c) => c.areaId === a.id).length);
    expect(perArea).toEqual(casesPerArea(RESEARCH_EXTRACTION_CASES));
    // Area 1 gave 1,422 of Table 2.3's 7,232 cases: 929 of 4,723.
    expect(perArea[0]).toBe(Math.round((4723 * 1422) / 7232));
    expect(new Set(cases.map((c) => c.ref)).size).toBe(cases.length);
    expect(cases.every((c) => c.status === 'complete')).toBe(true);
  });

  it('at 7,232 cases gives Table 2.3 row for row: cases and contact not recorded', () => {
    const full = yjbExtraction({ cases: TABLE_2_3_CASES }).cases;
    const rows = TABLE_2_3.map((_, a) => {
      const inArea = full.filter((c) => c.areaId === `area-${String(a + 1).padStart(2, '0')}`);
      const notRecorded = inArea.filter((c) => {
        const value = c.answers['any-cs-contact']?.value;
        return value === undefined || value === 'not_known';
      }).length;
      return { total: inArea.length, notRecorded };
    });
    expect(rows).toEqual(TABLE_2_3);
  });

  it('answers only what each item accepts', () => {
    const index = indexFramework(yjbFramework());
    const refused = cases.flatMap((c) =>
      Object.entries(c.answers)
        .filter(([itemId, a]) => validateAnswer(index, itemId, a.value).status !== 'ok')
        .map(([itemId, a]) => `${c.ref} ${itemId}=${JSON.stringify(a.value)}`),
    );
    expect(refused).toEqual([]);
  });

  it('draws the shares chapter 4 quotes', () => {
    const recorded = cases
      .map((c) => c.answers['any-cs-contact']?.value)
      .filter((v) => v === '0' || v === '1');
    // Any contact 43% of the cases with it recorded; female 20%; first-tier disposal 38%.
    expect(share(recorded, '1')).toBeCloseTo(0.43, 1);
    expect(
      share(
        cases.map((c) => c.answers.gender?.value),
        '1',
      ),
    ).toBeCloseTo(0.2, 1);
    expect(
      share(
        cases.map((c) => c.answers.disposal?.value),
        'first-tier',
      ),
    ).toBeCloseTo(0.38, 1);
    // Age left blank in about a fifth of cases, as the report's bases imply (1,027 of 4,723).
    expect(
      share(
        cases.map((c) => c.answers.age),
        undefined,
      ),
    ).toBeCloseTo(0.22, 1);
  });

  it('is the same every time for the same options, and differs with the seed', () => {
    const a = yjbExtraction({ cases: 300 });
    expect(JSON.stringify(yjbExtraction({ cases: 300 }))).toBe(JSON.stringify(a));
    expect(JSON.stringify(yjbExtraction({ cases: 300, seed: 7 }).cases)).not.toBe(
      JSON.stringify(a.cases),
    );
  });

  it('makes a whole-inspection file the app reads', async () => {
    const file = await researchExtractionFile({ cases: 500, inspectionId: 'yjb-small' });
    const read = await readInspectionFile(JSON.stringify(file), sha256);
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(read.value.cases).toHaveLength(500);
    expect(read.value.inspection.strata.map((s) => s.name)).toEqual([
      'Court appearance',
      'Pre-court outcome',
    ]);
  });
});
