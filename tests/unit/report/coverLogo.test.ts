/**
 * The cover logo's size: within 60 mm × 25 mm (226.8 × 94.5 CSS pixels) in proportion, as
 * large as the box allows.
 */
import { describe, expect, it } from 'vitest';
import { coverLogoSize } from '../../../src/report/coverLogo';

describe('the cover logo’s size', () => {
  it('fits a wide logo to the width: 600 × 100 becomes 226 × 37', () => {
    expect(coverLogoSize({ width: 600, height: 100 })).toEqual({ width: 226, height: 37 });
  });

  it('fits a tall logo to the height: 200 × 400 becomes 47 × 94', () => {
    expect(coverLogoSize({ width: 200, height: 400 })).toEqual({ width: 47, height: 94 });
  });

  it('fits a logo of the box’s own shape exactly: 1200 × 500 becomes 226 × 94', () => {
    expect(coverLogoSize({ width: 1200, height: 500 })).toEqual({ width: 226, height: 94 });
  });

  it('never makes a side less than a pixel', () => {
    expect(coverLogoSize({ width: 10_000, height: 1 })).toEqual({ width: 226, height: 1 });
  });
});
