import { describe, expect, it } from 'vitest';
import type { Framework } from '../../../../src/core/framework/frameworkSchema';
import { recordsAfterMove } from '../../../../src/core/framework/migrationPlan';
import { renamedStandards } from '../../../../src/core/framework/migrationRecords';
import type { RatingOverride } from '../../../../src/core/inspection/inspectionSchema';
import type { ConflictRecord } from '../../../../src/core/merge/conflictRecord';
import { moderationFigures } from '../../../../src/core/moderation/moderationSummary';
import { judgement, minimalFramework, yesNoScale } from '../../../fixtures/frameworkBuilder';

// 1.0.0: standards st1 (q1, q2) and st2 (q3); 2.0.0: st1 renamed st1-care with q2 renamed
// q2-review and the answer "yes" renamed "y"; st2 and its question removed.
const before = minimalFramework({
  sections: [
    {
      id: 's1',
      title: 'Section one',
      standards: [
        {
          id: 'st1',
          title: 'Planning',
          questions: [judgement('q1', { key: true }), judgement('q2')],
        },
        { id: 'st2', title: 'Reviews', questions: [judgement('q3', { key: true })] },
      ],
    },
  ],
});
const yScale = {
  ...yesNoScale,
  options: [{ ...yesNoScale.options[0]!, value: 'y' }, yesNoScale.options[1]!],
};
const after: Framework = {
  ...before,
  version: '2.0.0',
  scales: [yScale],
  sections: [
    {
      id: 's1',
      title: 'Section one',
      standards: [
        {
          id: 'st1-care',
          title: 'Care planning',
          questions: [judgement('q1', { key: true }), judgement('q2-review')],
        },
      ],
    },
  ],
};
const mapping = { items: { q2: 'q2-review' }, codes: { q1: { yes: 'y' }, q2: { yes: 'y' } } };
const AT = '2026-03-04T10:00:00.000Z';
const override = (standardId: string): RatingOverride => ({
  standardId,
  rating: 'Good',
  rationale: 'Seen in the files.',
  by: 'lead',
  at: AT,
});
const answer = (value: string) => ({ value, note: '', rev: 1, at: AT, by: 'jm', device: 'd' });

describe('records carried through a move', () => {
  it('lets overrides follow a renamed standard; one of a removed standard is kept but lapses', () => {
    const moved = recordsAfterMove(before, after, mapping, {
      moderation: [],
      conflicts: [],
      ratingOverrides: [override('st1'), override('st2')],
    });
    expect(moved.changed.ratingOverrides.map((o) => o.standardId)).toEqual(['st1-care', 'st2']);
    expect(moved.plan.overridesFollowing).toEqual([{ from: 'st1', to: 'st1-care' }]);
    expect(moved.plan.overridesNoLongerApplying).toEqual(['st2']);
  });

  it('renames no standard whose questions went to a standard the old version had', () => {
    expect(renamedStandards(before, after, (id) => mapping.items[id as 'q2'] ?? id)).toEqual({
      st1: 'st1-care',
    });
    const merged = {
      ...after,
      sections: [
        { ...after.sections[0]!, standards: [{ ...after.sections[0]!.standards[0]!, id: 'st2' }] },
      ],
    };
    expect(renamedStandards(before, merged, (id) => id)).toEqual({});
  });

  it('renames the codes of a conflict and its entries; the status is never a question', () => {
    const conflict = (itemId: string): ConflictRecord => ({
      id: `c|${itemId}`,
      inspectionId: 'i',
      caseId: 'c',
      itemId,
      status: 'open',
      mine: answer('no'),
      theirs: answer('yes'),
      theirsEntries: [{ itemId, ...answer('yes'), via: 'edit', before: { value: 'no', note: '' } }],
      source: 'work.json',
      fileId: 'f',
      detectedAt: AT,
      resolution: null,
    });
    const moved = recordsAfterMove(before, after, mapping, {
      moderation: [],
      conflicts: [conflict('q2'), conflict('q3'), conflict('#status')],
      ratingOverrides: [],
    });
    expect(moved.changed.conflicts).toHaveLength(1);
    const [q2] = moved.changed.conflicts;
    expect([q2?.itemId, q2?.mine?.value, q2?.theirs.value]).toEqual(['q2-review', 'no', 'y']);
    expect(q2?.theirsEntries[0]).toMatchObject({ itemId: 'q2-review', value: 'y' });
    expect(moved.plan.conflicts).toEqual({ mapped: 1, noLongerAsked: 1 });
  });
});

describe('moderation figures after a move', () => {
  it('count no decision on a question the framework no longer asks', () => {
    const decision = { value: 'no', first: 'yes' };
    const figures = moderationFigures(
      after,
      [
        {
          caseId: 'c1',
          status: 'decided',
          first: { q1: 'y', q3: 'yes' },
          second: { q1: 'y', q3: 'no' },
          decisions: { q3: decision },
        },
      ],
      4,
    );
    expect([figures.disagreements, figures.decided, figures.changed]).toEqual([0, 0, 0]);
  });
});
