import { describe, expect, it } from 'vitest';
import { checkFrameworkValue, loadFramework } from '../../../../src/core';
import { judgement, minimalFramework } from '../../../fixtures/frameworkBuilder';

function errorsOf(value: unknown) {
  const result = checkFrameworkValue(value);
  return result.status === 'invalid' ? result.errors : [];
}

describe('checkFramework', () => {
  it('accepts a minimal framework', () => {
    expect(checkFrameworkValue(minimalFramework()).status).toBe('ok');
  });

  it('names a rule that refers to a later question', () => {
    const framework = minimalFramework({
      sections: [
        {
          id: 's1',
          title: 'S',
          standards: [
            {
              id: 'st1',
              title: 'St',
              questions: [
                judgement('q1', { key: true, showWhen: { question: 'q2', equals: 'yes' } }),
                judgement('q2'),
              ],
            },
          ],
        },
      ],
    });
    expect(errorsOf(framework)).toEqual([
      {
        path: 'sections[0].standards[0].questions[0].showWhen.question',
        message:
          'refers to "q2", which comes later; a rule can only depend on items asked before it',
      },
    ]);
  });

  it('reports JSON syntax errors with line and column', () => {
    const result = loadFramework('{\n  "id": "x",\n  oops\n}');
    expect(result.status).toBe('invalid');
    if (result.status === 'invalid') expect(result.errors[0]!.message).toMatch(/line 3/);
  });
});
