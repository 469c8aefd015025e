import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignSecondReaders, drawModerationCases } from '../../../../src/core';
import {
  casesAskedFor,
  type ModerationCandidate,
  type ModerationDraw,
  type ModerationDrawRequest,
} from '../../../../src/core/moderation/chooseModerationCases';

/** 60 complete cases: LAC-01-01 … LAC-06-10, read by three inspectors in turn. */
const inspectors = ['ap', 'jm', 'lead'];
const candidates: ModerationCandidate[] = Array.from({ length: 60 }, (_, i) => ({
  caseId: `case-${i + 1}`,
  ref: `LAC-0${Math.floor(i / 10) + 1}-${String((i % 10) + 1).padStart(2, '0')}`,
  inspectorId: inspectors[i % 3]!,
}));

function draw(
  request: Partial<ModerationDrawRequest<ModerationCandidate>> = {},
): ModerationDraw<ModerationCandidate> {
  const result = drawModerationCases({
    candidates,
    size: { kind: 'percent', percent: 20 },
    atLeastOnePerInspector: false,
    seed: 'k7mq-x42d',
    ...request,
  });
  if (result.status !== 'ok') throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const refs = (d: ModerationDraw<ModerationCandidate>) => d.chosen.map((c) => c.ref);

describe('choosing cases for a second reading', () => {
  it('asks for a percentage rounded up: 20% of 60 is 12, 20% of 58 is 12 (11.6), 1% of 5 is 1', () => {
    expect(casesAskedFor({ kind: 'percent', percent: 20 }, 60)).toBe(12);
    expect(casesAskedFor({ kind: 'percent', percent: 20 }, 58)).toBe(12);
    expect(casesAskedFor({ kind: 'percent', percent: 1 }, 5)).toBe(1);
    expect(casesAskedFor({ kind: 'percent', percent: 12.5 }, 8)).toBe(1);
    expect(casesAskedFor({ kind: 'count', count: 7 }, 60)).toBe(7);
  });

  it('draws the same cases for the same seed, whatever order the cases arrive in', () => {
    const once = draw();
    expect(once.chosen).toHaveLength(12);
    expect(refs(draw({ candidates: [...candidates].reverse() }))).toEqual(refs(once));
    expect(refs(draw({ seed: 'another-seed' }))).not.toEqual(refs(once));
    // Listed in order of reference, each case once.
    expect(refs(once)).toEqual([...refs(once)].sort());
    expect(new Set(refs(once)).size).toBe(12);
  });

  it('gives a fixed draw for a fixed seed (a redraw elsewhere must match)', () => {
    expect(refs(draw({ size: { kind: 'count', count: 3 } }))).toEqual([
      'LAC-04-06',
      'LAC-05-04',
      'LAC-05-07',
    ]);
  });

  it('takes at least one case of each inspector when asked, adding cases if it must', () => {
    // Two cases asked, three inspectors: all three get one.
    const few = draw({ size: { kind: 'count', count: 2 }, atLeastOnePerInspector: true });
    expect(few.asked).toBe(2);
    expect(new Set(few.chosen.map((c) => c.inspectorId))).toEqual(new Set(inspectors));
    expect(few.chosen).toHaveLength(3);
    expect(few.description).toContain('3 cases in all');
    fc.assert(
      fc.property(
        // Any seed a person could enter: blank ones are refused with a message (tested below).
        fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
        fc.integer({ min: 1, max: 60 }),
        (seed, count) => {
          const d = draw({ seed, size: { kind: 'count', count }, atLeastOnePerInspector: true });
          const who = new Set(d.chosen.map((c) => c.inspectorId));
          return who.size === 3 && d.chosen.length === Math.max(count, 3);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('says what was done in words, with the seed', () => {
    expect(draw().description).toMatch(
      /^20% of the 60 complete cases \(12, rounded up\) were drawn at random for a second reading, with the seed “k7mq-x42d”/,
    );
  });

  it('refuses a size it cannot meet, and an empty seed, naming the field', () => {
    const result = drawModerationCases({
      candidates: candidates.slice(0, 5),
      size: { kind: 'count', count: 6 },
      atLeastOnePerInspector: false,
      seed: ' ',
    });
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    expect(result.errors).toEqual([
      { path: 'count', message: 'Enter 5 or fewer: there are 5 complete cases to choose from' },
      { path: 'seed', message: 'Enter a seed of 1 to 100 characters' },
    ]);
    const percent = drawModerationCases({
      candidates,
      size: { kind: 'percent', percent: 0 },
      atLeastOnePerInspector: false,
      seed: 's',
    });
    expect(percent.status === 'invalid' && percent.errors[0]?.path).toBe('percent');
  });
});

describe('assigning second readers', () => {
  it('goes round the readers in turn, never giving a case to its own inspector', () => {
    const chosen = draw().chosen;
    const readers = assignSecondReaders(chosen, ['lead', 'ap', 'jm']);
    for (const c of chosen) {
      expect(readers.get(c.caseId)).not.toBe(c.inspectorId);
      expect(readers.get(c.caseId)).not.toBeNull();
    }
    // Spread evenly: 12 cases over three readers.
    const load = new Map<string, number>();
    for (const r of readers.values()) load.set(r!, (load.get(r!) ?? 0) + 1);
    expect(Math.max(...load.values()) - Math.min(...load.values())).toBeLessThanOrEqual(2);
  });

  it('never self, for any cases and readers (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', null), { minLength: 1, maxLength: 30 }),
        fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 4 }),
        (owners, readers) => {
          const cases = owners.map((inspectorId, i) => ({
            caseId: `c${i}`,
            ref: `R-${i}`,
            inspectorId,
          }));
          const assigned = assignSecondReaders(cases, readers);
          return cases.every((c) => {
            const reader = assigned.get(c.caseId);
            const someoneElse = readers.some((r) => r !== c.inspectorId);
            return someoneElse ? reader !== null && reader !== c.inspectorId : reader === null;
          });
        },
      ),
    );
  });

  it('leaves a case without a reader when only its own inspector could read it', () => {
    const readers = assignSecondReaders(
      [{ caseId: 'c1', ref: 'LAC-01-01', inspectorId: 'ap' }],
      ['ap'],
    );
    expect(readers.get('c1')).toBeNull();
  });
});
