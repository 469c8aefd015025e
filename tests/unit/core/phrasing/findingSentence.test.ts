import { describe, expect, it } from 'vitest';
import { figureText, findingSentence } from '../../../../src/core/phrasing/findingSentence';

describe('findingSentence', () => {
  it('writes the spec’s sentence, with its figure', () => {
    expect(findingSentence(23, 60, 'the case was not allocated promptly', 'fractions')).toBe(
      'In over one-third of cases (38%, 23 of 60) the case was not allocated promptly.',
    );
  });

  it('uses the framework’s vocabulary', () => {
    expect(findingSentence(48, 60, 'the plan was reviewed', 'bands')).toBe(
      'In most cases (80%, 48 of 60) the plan was reviewed.',
    );
  });

  it('turns the sentence round for none, and tidies a closing full stop', () => {
    expect(findingSentence(0, 12, 'the victim’s safety was considered.', 'fractions')).toBe(
      'The victim’s safety was considered in none of the cases (0%, 0 of 12).',
    );
    expect(findingSentence(12, 12, 'a plan was on file', 'fractions')).toBe(
      'In all cases (100%, 12 of 12) a plan was on file.',
    );
  });

  it('says nothing without a base', () => {
    expect(findingSentence(0, 0, 'anything', 'fractions')).toBeNull();
  });

  it('prints the figure as reports do', () => {
    expect(figureText(1, 8)).toBe('13%, 1 of 8 cases; a small base');
    expect(figureText(1, 1)).toBe('100%, 1 of 1 case; a small base');
    expect(figureText(23, 60)).toBe('38%, 23 of 60');
  });
});
