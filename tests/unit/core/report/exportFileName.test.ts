import { describe, expect, it } from 'vitest';
import {
  auditTrailFileName,
  exportFileName,
  localIsoDate,
  localStamp,
  packFileName,
  workFileName,
} from '../../../../src/core';
import { frameworkShortName } from '../../../../src/core/report';

describe('export file names', () => {
  it('say what and when: <short-name>-<what>-<yyyy-mm-dd>.<ext>', () => {
    const framework = { id: 'hmip-lac-placed-away-2012', year: 2012 };
    expect(exportFileName({ kind: 'inspection' }, framework, 'findings', '2026-11-22')).toBe(
      'lac-2012-inspection-findings-2026-11-22.csv',
    );
    expect(exportFileName({ kind: 'thematic' }, framework, 'cases', '2026-11-22')).toBe(
      'lac-2012-thematic-cases-2026-11-22.csv',
    );
    expect(exportFileName({ kind: 'self-audit' }, framework, 'all-data', '2026-01-05')).toBe(
      'lac-2012-self-audit-all-data-2026-01-05.json',
    );
    expect(exportFileName({ kind: 'inspection' }, framework, 'report', '2026-11-22')).toBe(
      'lac-2012-inspection-report-2026-11-22.pdf',
    );
  });

  it('take a word and the year from the framework id, without the publisher', () => {
    expect(frameworkShortName({ id: 'cssiw-lac-care-planning-2015', year: 2015 })).toBe('lac-2015');
    expect(frameworkShortName({ id: 'yjb-case-file-2010', year: 2010 })).toBe('case-2010');
    expect(frameworkShortName({ id: 'hmip-youth-justice-case-supervision', year: 2018 })).toBe(
      'youth-justice',
    );
    expect(frameworkShortName({ id: 'audit', year: 2026 })).toBe('audit');
  });

  it('write the local date with leading zeros', () => {
    expect(localIsoDate({ year: 2026, month: 3, day: 7 })).toBe('2026-03-07');
  });

  it('never give a protected file the name of its plain twin made in the same minute', () => {
    const framework = { id: 'hmip-lac-placed-away-2012', year: 2012 };
    const stamp = localStamp({ year: 2026, month: 3, day: 4, hour: 17, minute: 10, second: 5 });
    expect(stamp).toBe('2026-03-04-171005');
    const plain = workFileName('lac-2012-thematic', 'A. Patel', stamp);
    const locked = workFileName('lac-2012-thematic', 'A. Patel', stamp, { protected: true });
    expect(plain).toBe('lac-2012-thematic-work-ap-2026-03-04-171005.json');
    expect(locked).toBe('lac-2012-thematic-work-ap-protected-2026-03-04-171005.json');
    // Two plain files a few seconds apart differ too.
    const later = localStamp({ year: 2026, month: 3, day: 4, hour: 17, minute: 10, second: 42 });
    expect(workFileName('lac-2012-thematic', 'A. Patel', later)).not.toBe(plain);
    expect(packFileName('lac-2012-thematic', null, stamp, { protected: true })).toBe(
      'lac-2012-thematic-pack-everyone-protected-2026-03-04-171005.json',
    );
    expect(
      exportFileName({ kind: 'thematic' }, framework, 'all-data', '2026-03-04', {
        protected: true,
      }),
    ).toBe('lac-2012-thematic-all-data-protected-2026-03-04.json');
  });
});

describe('audit trail file names', () => {
  const framework = { id: 'hmip-lac-placed-away-2012', year: 2012 };

  it('name the whole inspection’s trail', () => {
    expect(auditTrailFileName({ kind: 'inspection' }, framework, null, '2026-11-22')).toBe(
      'lac-2012-inspection-audit-trail-2026-11-22.csv',
    );
  });

  it('name one case’s trail by the start of its random id, never by its reference', () => {
    // The browser lists downloads' names in plain text: the reference stays out of them.
    expect(
      auditTrailFileName(
        { kind: 'inspection' },
        framework,
        '3F9A2C1B-77d0-4e1a-9b2c-0d5e6f708192',
        '2026-11-22',
      ),
    ).toBe('lac-2012-inspection-audit-trail-case-3f9a2c1b-2026-11-22.csv');
    // Ids made from the reference by earlier versions, or set by hand, give nothing of themselves.
    for (const id of [
      '0b7c9e2a-1d3f-4a5b-8c6d-7e8f9a0b1c2d-LAC-03-07',
      '0b7c9e2a-1d3f-4a5b-8c6d-7e8f9a0b1c2d/LAC-03-07',
      'LAC-03-07',
    ]) {
      const name = auditTrailFileName({ kind: 'thematic' }, framework, id, '2026-11-22');
      expect(name).toBe('lac-2012-thematic-audit-trail-case-2026-11-22.csv');
    }
  });
});
