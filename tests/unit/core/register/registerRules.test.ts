import { describe, expect, it } from 'vitest';
import { mergeRegister } from '../../../../src/core/register/mergeRegister';
import { describeChanges, withHistory } from '../../../../src/core/register/registerChanges';
import type { RegisterAction } from '../../../../src/core/register/registerSchema';
import {
  filterRecommendations,
  isOverdue,
  openActions,
  overdueActions,
  registerOwners,
} from '../../../../src/core/register/registerViews';
import { recommendation } from './registerFixtures';

describe('merging an imported register by recommendation id', () => {
  it('adds only the new ones, after the stored, and counts those already there', () => {
    const stored = [recommendation('a', { owner: 'J. Patel' }), recommendation('b')];
    const imported = [recommendation('b', { owner: 'Someone else' }), recommendation('c')];
    const merge = mergeRegister(stored, imported);
    expect(merge.recommendations.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(merge.added).toEqual(['c']);
    expect(merge.alreadyThere).toBe(1);
    // The stored one is kept as it stands: a file never overwrites the local record.
    expect(merge.recommendations[1]?.owner).toBe('');
  });

  it('adds nothing when the same file is imported twice', () => {
    const file = [recommendation('a'), recommendation('b'), recommendation('c')];
    const once = mergeRegister([], file);
    expect(once.added).toHaveLength(3);
    const twice = mergeRegister(once.recommendations, file);
    expect(twice).toEqual({ recommendations: once.recommendations, added: [], alreadyThere: 3 });
  });
});

const action = (id: string, more: Partial<RegisterAction> = {}): RegisterAction => ({
  id,
  text: `Action ${id}`,
  owner: '',
  dueDate: null,
  doneOn: null,
  ...more,
});

describe('the history a change makes', () => {
  it('says what changed, one entry each', () => {
    const before = recommendation('a', {
      owner: 'J. Patel',
      rag: 'amber',
      localPosition: 'Started.',
      actions: [action('x', { text: 'Audit assessments monthly' }), action('y')],
      evidence: [{ id: 'e1', text: 'Audit of 20 cases', itemId: null }],
    });
    const after = {
      ...before,
      owner: 'S. Khan',
      rag: 'green' as const,
      localPosition: 'Done.',
      actions: [
        action('x', { text: 'Audit assessments monthly', doneOn: '2026-04-01' }),
        action('y'),
        action('z', { text: 'Brief the managers' }),
      ],
      evidence: [
        { id: 'e1', text: 'Audit of 20 cases', itemId: null },
        { id: 'e2', text: 'Allocation within 5 days', itemId: 'alloc-prompt' },
      ],
    };
    expect(describeChanges(before, after)).toEqual([
      'Owner: J. Patel → S. Khan',
      'Local position changed',
      'RAG status: Amber → Green',
      'Action done: Audit assessments monthly',
      'Action added: Brief the managers',
      'Evidence added: Allocation within 5 days',
    ]);
  });

  it('says when a status is first assessed, an owner first named, and things removed', () => {
    const before = recommendation('a', {
      actions: [action('x')],
      evidence: [{ id: 'e1', text: 'Old', itemId: null }],
    });
    const after = { ...before, owner: 'J. Patel', rag: 'red' as const, actions: [], evidence: [] };
    expect(describeChanges(before, after)).toEqual([
      'Owner: none → J. Patel',
      'RAG status: Not assessed → Red',
      'Action removed: Action x',
      'Evidence removed: Old',
    ]);
  });

  it('records a new recommendation as added, with what it starts with', () => {
    const after = recommendation('n', { rag: 'amber', actions: [action('x')] });
    expect(describeChanges(null, after)).toEqual([
      'Recommendation added',
      'RAG status: Not assessed → Amber',
      'Action added: Action x',
    ]);
  });

  it('appends the entries with when and who, and none when nothing changed', () => {
    const at = '2026-03-02T10:00:00.000Z';
    const before = recommendation('a', {
      history: [{ at: '2026-01-01T09:00:00.000Z', by: 'J. Patel', what: 'Recommendation added' }],
    });
    const saved = withHistory(before, { ...before, rag: 'green' }, at, 'S. Khan');
    expect(saved.history).toEqual([
      before.history[0],
      { at, by: 'S. Khan', what: 'RAG status: Not assessed → Green' },
    ]);
    expect(withHistory(before, before, at, 'S. Khan').history).toEqual(before.history);
  });
});

describe('open and overdue actions', () => {
  const today = '2026-03-10';
  const actions = [
    action('late', { dueDate: '2026-03-09' }),
    action('today', { dueDate: '2026-03-10' }),
    action('done-late', { dueDate: '2026-01-01', doneOn: '2026-02-01' }),
    action('undated'),
  ];

  it('is overdue when due before today and not done; due today is not yet', () => {
    expect(actions.map((a) => isOverdue(a, today))).toEqual([true, false, false, false]);
    const r = recommendation('a', { actions });
    expect(overdueActions(r, today).map((a) => a.id)).toEqual(['late']);
    expect(openActions(r).map((a) => a.id)).toEqual(['late', 'today', 'undated']);
  });
});

describe('filters by RAG status and owner', () => {
  const register = [
    recommendation('a', { rag: 'red', owner: 'J. Patel' }),
    recommendation('b', { rag: 'green', owner: 'S. Khan' }),
    recommendation('c', { rag: null, owner: ' j. patel ' }),
    recommendation('d', { rag: 'red', owner: '' }),
  ];
  const ids = (rag: Parameters<typeof filterRecommendations>[1]['rag'], owner: string | null) =>
    filterRecommendations(register, { rag, owner }).map((r) => r.id);

  it('keeps every one with no filter, and those of the status asked for', () => {
    expect(ids(null, null)).toEqual(['a', 'b', 'c', 'd']);
    expect(ids('red', null)).toEqual(['a', 'd']);
    expect(ids('not-assessed', null)).toEqual(['c']);
  });

  it('matches owners without case or spaces, and both filters together', () => {
    expect(ids(null, 'J. Patel')).toEqual(['a', 'c']);
    expect(ids('red', 'J. Patel')).toEqual(['a']);
    expect(ids(null, '')).toEqual(['d']);
  });

  it('lists each owner once, in order', () => {
    expect(registerOwners(register)).toEqual(['J. Patel', 'S. Khan']);
  });
});
