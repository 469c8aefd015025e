import { describe, expect, it } from 'vitest';
import { newFrameworkProblems } from '../../../../src/core';

describe('the identifier and title of a duplicated framework', () => {
  it('accepts a new id in the framework id format, with a title', () => {
    expect(newFrameworkProblems({ id: 'lac-2024', title: 'Local audit' }, ['lac-2012'])).toEqual(
      {},
    );
  });

  it('asks for both when empty', () => {
    expect(newFrameworkProblems({ id: ' ', title: '' }, [])).toEqual({
      id: 'Enter an identifier for the new framework',
      title: 'Enter a title for the new framework',
    });
  });

  it('refuses an id that files could not carry, or one already in use', () => {
    expect(newFrameworkProblems({ id: 'LAC 2024', title: 'x' }, []).id).toBe(
      'The identifier must be lower-case letters, digits and dashes, starting with a letter or digit (at most 80)',
    );
    expect(newFrameworkProblems({ id: 'lac-2012', title: 'x' }, ['lac-2012']).id).toBe(
      'The identifier lac-2012 is already used on this device: choose another',
    );
  });
});
