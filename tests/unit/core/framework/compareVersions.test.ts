import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../../src/core';

describe('the order of framework versions', () => {
  it('compares part by part as numbers: 1.10.0 is newer than 1.9.0', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.9.0', '1.10.0')).toBeLessThan(0);
    expect(compareVersions('1.0.1', '1.0.0')).toBe(1);
  });

  it('treats missing parts as 0 and hyphens as dots', () => {
    expect(compareVersions('2', '2.0.0')).toBe(0);
    expect(compareVersions('1.0-2', '1.0.1')).toBe(1);
  });

  it('sorts a library newest first', () => {
    const versions = ['1.0.0', '1.10.0', '1.2.0', '1.0.1'];
    expect(versions.sort((a, b) => compareVersions(b, a))).toEqual([
      '1.10.0',
      '1.2.0',
      '1.0.1',
      '1.0.0',
    ]);
  });
});
