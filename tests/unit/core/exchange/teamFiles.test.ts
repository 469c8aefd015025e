/**
 * Reading team files: the kinds in the envelope, the checksum, files from newer apps, packs
 * checked against their own framework, names of the files.
 */
import { describe, expect, it } from 'vitest';
import { buildPackFile, packFileName, teamFileText, workFileName } from '../../../../src/core';
import { inspectionFileChecksum } from '../../../../src/core/exchange/fileEnvelope';
import { checkTeamCases, readTeamFile } from '../../../../src/core/exchange/teamFiles';
import { nameInitials } from '../../../../src/core/report';
import { nodeSha256 } from '../../../fixtures/reportFixture';
import {
  caseWith,
  entry,
  INSPECTION,
  minute,
  TEAM_FRAMEWORK,
  workFile,
} from '../../../fixtures/teamFixture';

const answered = caseWith(1, [
  entry('q1', { value: 'yes', rev: 1, at: minute(2), device: 'ap-laptop' }),
]);

async function pack(cases = [answered], autoLock: { autoLockMinutes?: number } = {}) {
  return buildPackFile(
    {
      for: { inspectorId: 'ap', name: 'A. Patel' },
      from: { by: 'lead', device: 'lead-laptop' },
      framework: TEAM_FRAMEWORK,
      inspection: INSPECTION,
      cases: cases.map((c) => ({ ...c, answers: { ...c.answers }, history: [...c.history] })),
      moderation: [],
      ...autoLock,
    },
    { exportedAt: minute(10), appVersion: '0.1.0' },
    nodeSha256,
  );
}

async function errorsOf(text: string): Promise<string[]> {
  const read = await readTeamFile(text, nodeSha256);
  return read.status === 'invalid' ? read.errors.map((e) => `${e.path}: ${e.message}`) : [];
}

describe('reading team files', () => {
  it('reads a work file and a pack, telling which is which', async () => {
    const work = await readTeamFile(teamFileText(await workFile([answered])), nodeSha256);
    expect(work.status === 'ok' && work.value.kind).toBe('work');
    const read = await readTeamFile(teamFileText(await pack()), nodeSha256);
    expect(read.status === 'ok' && read.value.kind).toBe('pack');
  });

  it('recognises a whole inspection, for the inspection reader', async () => {
    const text = JSON.stringify({
      format: 'case-audit/inspection',
      formatVersion: 1,
      kind: 'inspection',
    });
    expect(await readTeamFile(text, nodeSha256)).toEqual({
      status: 'ok',
      value: { kind: 'inspection' },
    });
  });

  it('refuses a kind it does not know, a newer format, and other files, saying what they are', async () => {
    const base = { format: 'case-audit/inspection', formatVersion: 1 };
    expect(await errorsOf(JSON.stringify({ ...base, kind: 'report' }))).toEqual([
      'kind: is "report"; this version of Case Audit reads whole inspections ("inspection"), inspection packs ("pack") and inspectors’ work ("work")',
    ]);
    expect(
      (await errorsOf(JSON.stringify({ ...base, formatVersion: 2, kind: 'work' })))[0],
    ).toMatch(/made by a newer version of Case Audit \(file format 2; this app reads up to 1\)/);
    expect((await errorsOf(JSON.stringify({ id: 'x', sections: [] })))[0]).toMatch(
      /framework file/,
    );
    expect((await errorsOf('[1,2]'))[0]).toMatch(/not a Case Audit file/);
  });

  it('refuses a file changed since it was made (the checksum)', async () => {
    const text = teamFileText(await workFile([answered])).replace('"yes"', '"no"');
    expect(await errorsOf(text)).toEqual([
      'checksum: does not match: the file has been changed since it was exported. Use the file as Case Audit made it.',
    ]);
  });

  it('checks a pack against its own framework and team', async () => {
    const stranger = { ...caseWith(2, []), inspectorId: 'zz', areaId: 'east' };
    const file = await pack([answered, stranger]);
    expect(await errorsOf(teamFileText(file))).toEqual([
      'cases[1].areaId: "east" is not an area of the inspection',
      'cases[1].inspectorId: "zz" is not in the inspection’s team',
    ]);
  });

  it("carries the lead's auto-lock setting, whole minutes from 1 to 60; a pack without it still reads", async () => {
    const read = await readTeamFile(
      teamFileText(await pack([answered], { autoLockMinutes: 5 })),
      nodeSha256,
    );
    expect(
      read.status === 'ok' && read.value.kind === 'pack' && read.value.file.autoLockMinutes,
    ).toBe(5);
    const before = await readTeamFile(teamFileText(await pack()), nodeSha256);
    expect(
      before.status === 'ok' &&
        before.value.kind === 'pack' &&
        'autoLockMinutes' in before.value.file,
    ).toBe(false);
    for (const minutes of [0, 61, 2.5]) {
      const errors = await errorsOf(
        teamFileText(await pack([answered], { autoLockMinutes: minutes })),
      );
      expect(errors.length).toBe(1);
      expect(errors[0]).toMatch(/^autoLockMinutes: /);
    }
  });

  it('a re-signed file with the same case twice is refused, saying whether the copies differ', async () => {
    const file = await workFile([answered]);
    const twice = { ...file, cases: [file.cases[0]!, { ...file.cases[0]!, ref: 'LAC-01-99' }] };
    const signed = { ...twice, checksum: await inspectionFileChecksum(twice, nodeSha256) };
    const read = await readTeamFile(teamFileText(signed), nodeSha256);
    expect(read.status).toBe('ok');
    const errors = checkTeamCases(signed.cases, INSPECTION.id, TEAM_FRAMEWORK);
    expect(errors.map((e) => e.message)).toEqual([
      '"case-1" is also the id of cases[0], with different content: which one is right cannot be told',
    ]);
  });
});

describe('file names', () => {
  it('names files by the inspection, the person and the moment', () => {
    expect(nameInitials('A. Patel')).toBe('ap');
    expect(nameInitials('Jo Morgan-Smith')).toBe('jms');
    expect(nameInitials('Zoë Ó Dálaigh')).toBe('zod');
    expect(workFileName('lac-2012-thematic', 'A. Patel', '2026-03-04-1710')).toBe(
      'lac-2012-thematic-work-ap-2026-03-04-1710.json',
    );
    expect(packFileName('lac-2012-thematic', null, '2026-03-01-0900')).toBe(
      'lac-2012-thematic-pack-everyone-2026-03-01-0900.json',
    );
  });
});
