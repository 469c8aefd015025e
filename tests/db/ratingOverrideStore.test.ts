import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import {
  removeRatingOverride,
  setRatingOverride,
} from '../../src/db/inspections/ratingOverrideStore';
import { findingsFixture } from '../fixtures/findingsFixture';
import { storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
const fixture = findingsFixture();
const ID = fixture.inspection.id;
const at = (iso: string) => () => new Date(iso);

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`rating-overrides-${n++}`, TEST_DATA_KEY));
  await storeInspectionFixture(database(), fixture);
});
afterEach(() => useDatabase(null));

const draft = {
  standardId: 'assessment',
  rating: 'Good',
  rationale: 'Assessments were timely but rarely analysed the impact of being looked after.',
  by: 'R. Okafor',
};

describe('rating overrides', () => {
  it('keeps the override on the inspection with its rationale, who and when', async () => {
    const outcome = await setRatingOverride(ID, draft, at('2026-03-05T14:30:00.000Z'));
    expect(outcome.status).toBe('saved');
    const stored = await database().inspections.get(ID);
    expect(stored?.ratingOverrides).toEqual([{ ...draft, at: '2026-03-05T14:30:00.000Z' }]);
    expect(stored?.updatedAt).toBe('2026-03-05T14:30:00.000Z');
  });

  it('refuses an override without a rationale, naming the field, and stores nothing', async () => {
    const outcome = await setRatingOverride(ID, { ...draft, rationale: '   ' });
    expect(outcome).toEqual({
      status: 'invalid',
      errors: [
        {
          path: 'rationale',
          message: 'Enter the reason for this rating: it is shown wherever the rating is',
        },
      ],
    });
    expect((await database().inspections.get(ID))?.ratingOverrides).toEqual([]);
  });

  it('refuses a rating the framework does not have, a standard it does not rate, and no name', async () => {
    const outcome = await setRatingOverride(ID, { ...draft, rating: 'Excellent', by: '' });
    expect(outcome.status === 'invalid' && outcome.errors.map((e) => e.path)).toEqual([
      'rating',
      'by',
    ]);
    const unknown = await setRatingOverride(ID, { ...draft, standardId: 'nope' });
    expect(unknown.status === 'invalid' && unknown.errors[0]?.path).toBe('standardId');
  });

  it('replaces an earlier override of the same standard, and leaves others', async () => {
    await setRatingOverride(ID, draft, at('2026-03-05T14:30:00.000Z'));
    await setRatingOverride(ID, { ...draft, standardId: 'allocation', rating: 'Inadequate' });
    await setRatingOverride(
      ID,
      { ...draft, rating: 'Requires improvement' },
      at('2026-03-06T09:00:00.000Z'),
    );
    const overrides = (await database().inspections.get(ID))!.ratingOverrides;
    expect(overrides.map((o) => [o.standardId, o.rating])).toEqual([
      ['allocation', 'Inadequate'],
      ['assessment', 'Requires improvement'],
    ]);
  });

  it('removes an override, so the rating from the figures applies again', async () => {
    await setRatingOverride(ID, draft);
    const outcome = await removeRatingOverride(ID, 'assessment');
    expect(outcome.status).toBe('saved');
    expect((await database().inspections.get(ID))?.ratingOverrides).toEqual([]);
  });

  it('says when the inspection is gone', async () => {
    expect((await setRatingOverride('gone', draft)).status).toBe('missing');
    expect((await removeRatingOverride('gone', 'assessment')).status).toBe('missing');
  });
});
