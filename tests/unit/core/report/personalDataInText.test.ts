import { describe, expect, it } from 'vitest';
import { personalDataInText } from '../../../../src/core';

describe('personal data in report text', () => {
  it('flags names the way case examples write them', () => {
    const flagged = personalDataInText(
      'Katie was moved a long way from her school. Cissie, a 14 year old girl, was angry. Mrs Jones told us.',
    ).map((f) => f.excerpt);
    expect(flagged).toEqual(['Katie', 'Cissie', 'Mrs Jones']);
  });

  it('flags contact details and identifiers', () => {
    const kinds = personalDataInText(
      'Email sam.smith@example.org, phone 07700 900123, at SW1A 1AA, NHS 943 476 5919.',
    ).map((f) => f.looksLike);
    expect(kinds).toEqual(expect.arrayContaining(['email', 'phone', 'postcode', 'nhs-number']));
  });

  it('leaves anonymised text and named areas alone', () => {
    expect(
      personalDataInText(
        'A 15-year-old girl was moved to Blackpool. The Blackpool YOT worker helped her.',
        ['Blackpool'],
      ),
    ).toEqual([]);
  });
});
