/**
 * Files of an inspection that moved to another framework version keep the answers no longer
 * asked, and answers from before the move that no longer fit, as they are; files of one that
 * never moved are checked strictly, as before.
 */
import { describe, expect, it } from 'vitest';
import { indexFramework } from '../../../../src/core';
import { filedItemErrors } from '../../../../src/core/exchange/inspectionFile';
import { TEAM_FRAMEWORK } from '../../../fixtures/teamFixture';

const answer = (value: string) => ({ value });
const kase = {
  ref: 'LAC-01-01',
  answers: { q1: answer('partly'), 'q-old': answer('yes') },
  history: [{ itemId: 'q-old' }, { itemId: '#framework' }, { itemId: '#status' }],
};

describe('answers and history of a filed case', () => {
  const index = indexFramework(TEAM_FRAMEWORK);

  it('are refused when to no item or not accepted, for an inspection that never moved', () => {
    const errors = filedItemErrors(index, kase, 'cases[0]', { values: true });
    expect(errors.map((e) => e.path)).toEqual([
      'cases[0].answers.q1.value',
      'cases[0].answers.q-old',
      'cases[0].history[0].itemId',
    ]);
  });

  it('are kept as they are once the inspection has moved to another version', () => {
    expect(filedItemErrors(index, kase, 'cases[0]', { values: true, moved: true })).toEqual([]);
  });
});
