import { describe, expect, it } from 'vitest';
import { formatCount, plural } from '../../../../src/core';
import { pluralForm } from '../../../../src/core/phrasing/plural';

describe('plural', () => {
  it('says "1 case" and "0 cases", "2 cases", with thousands grouped', () => {
    expect(plural(1, 'case')).toBe('1 case');
    expect(plural(0, 'case')).toBe('0 cases');
    expect(plural(2, 'placement')).toBe('2 placements');
    expect(plural(1234, 'case')).toBe('1,234 cases');
  });

  it('takes an irregular plural', () => {
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(3, 'person', 'people')).toBe('3 people');
  });

  it('chooses a form by the language’s rule, Welsh included', () => {
    const achos = {
      zero: 'achos',
      one: 'achos',
      two: 'achos',
      few: 'achos',
      many: 'achos',
      other: 'achos',
    };
    expect(pluralForm(3, achos, 'cy')).toBe('achos');
    const cat = {
      zero: 'cathod',
      one: 'gath',
      two: 'gath',
      few: 'cath',
      many: 'chath',
      other: 'cath',
    };
    expect(pluralForm(0, cat, 'cy')).toBe('cathod');
    expect(pluralForm(1, cat, 'cy')).toBe('gath');
    expect(pluralForm(2, cat, 'cy')).toBe('gath');
    expect(pluralForm(3, cat, 'cy')).toBe('cath');
    expect(pluralForm(6, cat, 'cy')).toBe('chath');
    expect(pluralForm(10, cat, 'cy')).toBe('cath');
    expect(formatCount(12000)).toBe('12,000');
  });
});
