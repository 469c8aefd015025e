import { describe, expect, it } from 'vitest';
import { draftProblems } from '../../../../../src/core/framework/editing/draftChecks';
import { moved } from '../../../../../src/core/framework/editing/lists';
import {
  addQuestion,
  addSection,
  addStandard,
  moveQuestion,
  moveQuestionTo,
  moveSection,
  moveStandard,
  moveStandardTo,
  removeQuestion,
  removeSection,
  removeStandard,
  updateQuestion,
} from '../../../../../src/core/framework/editing/structure';
import { judgement, minimalFramework } from '../../../../fixtures/frameworkBuilder';

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

function twoStandards() {
  return minimalFramework({
    sections: [
      {
        id: 's1',
        title: 'One',
        standards: [
          { id: 'st1', title: 'A', questions: [judgement('q1'), judgement('q2'), judgement('q3')] },
          { id: 'st2', title: 'B', questions: [judgement('q4')] },
        ],
      },
      {
        id: 's2',
        title: 'Two',
        standards: [{ id: 'st3', title: 'C', questions: [judgement('q5')] }],
      },
    ],
  });
}

describe('list moves', () => {
  it('moves an entry up and down, clamped to the list', () => {
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 9)).toEqual(['a', 'b', 'c']);
  });
});

describe('sections, standards and questions', () => {
  it('adds a section with a first standard, using ids not taken', () => {
    const f = addSection(twoStandards());
    const added = f.sections[2]!;
    expect(added.id).toBe('section-1');
    expect(ids(added.standards)).toEqual(['standard-1']);
  });

  it('adds a standard and a question on the first scale', () => {
    let f = addStandard(twoStandards(), 1);
    expect(ids(f.sections[1]!.standards)).toEqual(['st3', 'standard-1']);
    f = addQuestion(f, { section: 1, standard: 1 });
    expect(f.sections[1]!.standards[1]!.questions).toEqual([
      { id: 'question-1', text: '', kind: 'judgement', scale: 'yes-no' },
    ]);
  });

  it('removes and reorders, leaving the original unchanged', () => {
    const before = twoStandards();
    expect(ids(removeSection(before, 0).sections)).toEqual(['s2']);
    expect(ids(removeStandard(before, { section: 0, standard: 0 }).sections[0]!.standards)).toEqual(
      ['st2'],
    );
    expect(
      ids(
        removeQuestion(before, { section: 0, standard: 0, question: 1 }).sections[0]!.standards[0]!
          .questions,
      ),
    ).toEqual(['q1', 'q3']);
    expect(ids(moveSection(before, 1, 0).sections)).toEqual(['s2', 's1']);
    expect(ids(moveStandard(before, 0, 0, 1).sections[0]!.standards)).toEqual(['st2', 'st1']);
    expect(
      ids(
        moveQuestion(before, { section: 0, standard: 0 }, 2, 0).sections[0]!.standards[0]!
          .questions,
      ),
    ).toEqual(['q3', 'q1', 'q2']);
    expect(ids(before.sections[0]!.standards[0]!.questions)).toEqual(['q1', 'q2', 'q3']);
  });

  it('moves a question to another standard, at its end', () => {
    const f = moveQuestionTo(
      twoStandards(),
      { section: 0, standard: 0, question: 0 },
      { section: 1, standard: 0 },
    );
    expect(ids(f.sections[0]!.standards[0]!.questions)).toEqual(['q2', 'q3']);
    expect(ids(f.sections[1]!.standards[0]!.questions)).toEqual(['q5', 'q1']);
  });

  it('moves a standard to another section, at its end, with its questions and their rules', () => {
    const before = twoStandards();
    before.sections[0]!.standards[0]!.questions[2]!.showWhen = { question: 'q2', equals: 'no' };
    const f = moveStandardTo(before, { section: 0, standard: 0 }, 1);
    expect(ids(f.sections[0]!.standards)).toEqual(['st2']);
    expect(ids(f.sections[1]!.standards)).toEqual(['st3', 'st1']);
    expect(f.sections[1]!.standards[1]).toBe(before.sections[0]!.standards[0]);
    expect(ids(before.sections[0]!.standards)).toEqual(['st1', 'st2']);
    // Its own rule still looks back (q2 moved with it): nothing for the checks to say.
    expect(draftProblems(f)).toEqual([]);
    // Nowhere to go, or nothing to move: unchanged.
    expect(moveStandardTo(before, { section: 0, standard: 0 }, 5)).toBe(before);
    expect(moveStandardTo(before, { section: 0, standard: 7 }, 1)).toBe(before);
  });

  it('keeps a rule a moved standard leaves looking forward, for the checks to name', () => {
    // Worked example: st2's q4 is asked only if q1 (in st1) is "yes". Moving st1 to the end of
    // section 2 puts q1 after q4, so q4's rule now refers to a later question.
    const before = twoStandards();
    before.sections[0]!.standards[1]!.questions[0]!.showWhen = { question: 'q1', equals: 'yes' };
    expect(draftProblems(before)).toEqual([]);
    const f = moveStandardTo(before, { section: 0, standard: 0 }, 1);
    expect(f.sections[0]!.standards[0]!.questions[0]!.showWhen).toEqual({
      question: 'q1',
      equals: 'yes',
    });
    expect(draftProblems(f).map((p) => [p.place, p.message])).toEqual([
      [
        'Section 1, standard 1, question 1, rule, question',
        'refers to "q1", which comes later; a rule can only depend on items asked before it',
      ],
    ]);
    // Moved back in front (at 0), the rule looks back again.
    const back = moveStandardTo(f, { section: 1, standard: 1 }, 0, 0);
    expect(ids(back.sections[0]!.standards)).toEqual(['st1', 'st2']);
    expect(draftProblems(back)).toEqual([]);
  });

  it('changes one question and nothing else', () => {
    const before = twoStandards();
    const f = updateQuestion(before, { section: 0, standard: 1, question: 0 }, (q) => ({
      ...q,
      text: 'New?',
    }));
    expect(f.sections[0]!.standards[1]!.questions[0]!.text).toBe('New?');
    expect(f.sections[0]!.standards[0]).toBe(before.sections[0]!.standards[0]);
  });
});
