import { describe, expect, it } from 'vitest';
import { plural } from '../../../../src/core';
import {
  hasOrHave,
  isOrAre,
  itIsOrTheyAre,
  itOrThem,
  itsOrTheir,
  itWasOrTheyWere,
  wasOrWere,
} from '../../../../src/core/phrasing/agreement';

const COUNTS = [0, 1, 2, 12] as const;

describe('words that agree with a count', () => {
  it('takes the singular for 1 only, as English does (0, 2 and 12 are plural)', () => {
    expect(COUNTS.map(isOrAre)).toEqual(['are', 'is', 'are', 'are']);
    expect(COUNTS.map(wasOrWere)).toEqual(['were', 'was', 'were', 'were']);
    expect(COUNTS.map(hasOrHave)).toEqual(['have', 'has', 'have', 'have']);
    expect(COUNTS.map(itIsOrTheyAre)).toEqual(['they are', 'it is', 'they are', 'they are']);
    expect(COUNTS.map(itWasOrTheyWere)).toEqual(['they were', 'it was', 'they were', 'they were']);
    expect(COUNTS.map(itOrThem)).toEqual(['them', 'it', 'them', 'them']);
    expect(COUNTS.map(itsOrTheir)).toEqual(['their', 'its', 'their', 'their']);
  });

  it('agrees with the noun that plural counts', () => {
    const sentence = (n: number) =>
      `${plural(n, 'conflict')} ${isOrAre(n)} open until ${itIsOrTheyAre(n)} resolved`;
    expect(COUNTS.map(sentence)).toEqual([
      '0 conflicts are open until they are resolved',
      '1 conflict is open until it is resolved',
      '2 conflicts are open until they are resolved',
      '12 conflicts are open until they are resolved',
    ]);
  });
});
