import { describe, expect, it } from 'vitest';
import { removeQuestion } from '../../../../../src/core/framework/editing/structure';
import {
  followTranslations,
  withWelsh,
} from '../../../../../src/core/framework/editing/translations';
import type { Framework, Question } from '../../../../../src/core/framework/frameworkSchema';
import { judgement, withQuestions } from '../../../../fixtures/frameworkBuilder';

const two = withQuestions([judgement('q1'), judgement('q2')]);
const welsh = (framework: Framework, cy: Record<string, string>): Framework => ({
  ...framework,
  translations: { cy },
});

function renameQ1(framework: Framework, id: string): Framework {
  const rename = (q: Question) => (q.id === 'q1' ? { ...q, id } : q);
  return {
    ...framework,
    sections: framework.sections.map((s) => ({
      ...s,
      standards: s.standards.map((st) => ({ ...st, questions: st.questions.map(rename) })),
    })),
  };
}

describe('withWelsh', () => {
  it('sets a text’s Welsh, and clears it (and the translations once empty) when emptied', () => {
    const once = withWelsh(two, 'title', 'Fframwaith');
    expect(once.translations).toEqual({ cy: { title: 'Fframwaith' } });
    const twice = withWelsh(once, 'questions.q1.text', 'Cwestiwn?');
    expect(Object.keys(twice.translations!.cy)).toEqual(['title', 'questions.q1.text']);
    expect(withWelsh(withWelsh(twice, 'title', ''), 'questions.q1.text', '')).toEqual(two);
  });
});

describe('followTranslations', () => {
  const before = welsh(two, { 'questions.q1.text': 'Un?', 'questions.q9.text': 'Hen' });

  it('moves a renamed question’s Welsh to its new path', () => {
    const after = followTranslations(before, renameQ1(before, 'seen'));
    expect(after.translations?.cy).toEqual({
      'questions.seen.text': 'Un?',
      'questions.q9.text': 'Hen',
    });
  });

  it('takes a removed question’s Welsh away, never giving it to the question moved up', () => {
    const removed = removeQuestion(before, { section: 0, standard: 0, question: 0 });
    const after = followTranslations(before, removed);
    // q9 named nothing before the edit: it stays, for the checks to show.
    expect(after.translations?.cy).toEqual({ 'questions.q9.text': 'Hen' });
  });

  it('gives back the edit itself when nothing Welsh is affected', () => {
    const edited = { ...before, title: 'New title' };
    expect(followTranslations(before, edited)).toBe(edited);
  });
});
