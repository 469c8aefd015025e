import { expect, it } from 'vitest';
import { parseJsonText } from '../../../../src/core';
import { withArticle } from '../../../../src/core/phrasing/withArticle';

it('puts "an" before a vowel and "a" before a consonant, in every message that names a file', () => {
  expect(withArticle('area')).toBe('an area');
  expect(withArticle('inspection file')).toBe('an inspection file');
  expect(withArticle('stratum')).toBe('a stratum');
  const empty = parseJsonText('', { maxBytes: 1000, maxDepth: 10 }, 'inspection file');
  expect(empty.status === 'invalid' && empty.errors[0]?.message).toBe(
    'is empty; expected an inspection file in JSON',
  );
});
