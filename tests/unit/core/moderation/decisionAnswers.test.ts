import { describe, expect, it } from 'vitest';
import type { IncomingAnswer } from '../../../../src/core';
import { decisionAnswers } from '../../../../src/core/moderation/decisionAnswers';

const stored = (itemId: string, value: string | null, rev: number, note = '') => ({
  caseId: 'c1',
  inspectionId: 'i1',
  itemId,
  value,
  note,
  rev,
  at: '2026-03-04T09:00:00.000Z',
  by: 'jm',
  device: 'laptop-jm',
});

const decided = (itemId: string, value: string | null, note = ''): IncomingAnswer => ({
  caseId: 'c1',
  inspectionId: 'i1',
  itemId,
  value,
  note,
  at: '2026-03-05T14:00:00.000Z',
  by: 'lead',
  device: 'laptop-lead',
});

describe('decisionAnswers', () => {
  it('writes a changed answer with rev + 1 and an entry holding what it was before', () => {
    const { answers, history } = decisionAnswers(
      [decided('q1', 'no', 'Plan out of date')],
      [stored('q1', 'yes', 3, 'Seen on the plan')],
      { via: 'moderation', source: 'Moderation round 1' },
    );
    expect(answers).toEqual([{ ...decided('q1', 'no', 'Plan out of date'), rev: 4 }]);
    expect(history).toEqual([
      {
        ...decided('q1', 'no', 'Plan out of date'),
        rev: 4,
        via: 'moderation',
        source: 'Moderation round 1',
        before: { value: 'yes', note: 'Seen on the plan' },
      },
    ]);
  });

  it('writes a first answer at rev 1 with no before, and no source when none is given', () => {
    const { answers, history } = decisionAnswers([decided('q2', 'yes')], [], { via: 'import' });
    expect(answers).toEqual([{ ...decided('q2', 'yes'), rev: 1 }]);
    expect(history).toEqual([{ ...decided('q2', 'yes'), rev: 1, via: 'import', before: null }]);
  });

  it('keeps an answer a moderation decision leaves as it was, with an entry by whoever decided', () => {
    const { answers, history } = decisionAnswers(
      [decided('q1', 'yes', 'Seen on the plan')],
      [stored('q1', 'yes', 3, 'Seen on the plan')],
      { via: 'moderation', source: 'Moderation round 1' },
    );
    expect(answers).toEqual([]);
    expect(history).toEqual([
      {
        ...stored('q1', 'yes', 3, 'Seen on the plan'),
        at: '2026-03-05T14:00:00.000Z',
        by: 'lead',
        device: 'laptop-lead',
        via: 'moderation',
        source: 'Moderation round 1',
        before: { value: 'yes', note: 'Seen on the plan' },
      },
    ]);
  });

  it('writes nothing for an imported answer equal to the stored one, so importing twice is harmless', () => {
    const written = decisionAnswers([decided('q1', 'yes')], [stored('q1', 'yes', 3)], {
      via: 'import',
    });
    expect(written).toEqual({ answers: [], history: [] });
  });

  it('matches stored answers by case and item, and keeps the order of what arrived', () => {
    const other = { ...stored('q1', 'no', 7), caseId: 'c2' };
    const { history } = decisionAnswers(
      [decided('q2', 'no'), decided('q1', 'no')],
      [other, stored('q1', 'yes', 3)],
      { via: 'migration' },
    );
    expect(history.map((e) => [e.itemId, e.rev])).toEqual([
      ['q2', 1],
      ['q1', 4],
    ]);
  });
});
