/**
 * `case-audit findings` with several inspections counted as one: the figures of three cases
 * files given together are those of one file holding every case.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import {
  buildExampleInspection,
  buildInspectionFile,
  type CaseWithAnswers,
  inspectionFileText,
  writeCasesCsv,
} from '../../src/core';
import { findingsJsonSchema } from '../../src/core/findings/findingsJson';
import { fakeCliIo } from '../fixtures/fakeCliIo';
import { lacFramework } from '../fixtures/lacFramework';
import { nodeSha256 } from '../fixtures/reportFixture';

const AT = '2026-11-22T09:00:00.000Z';

/** The example's 60 cases split by area into three councils' files, and one file of all. */
async function files() {
  const framework = lacFramework();
  const example = buildExampleInspection(framework, { inspectionId: 'example-1', now: AT });
  const areaIds = example.inspection.areas.map((a) => a.id);
  const councils = [0, 1, 2].map((n) =>
    example.cases.filter((c) => areaIds.indexOf(c.areaId) % 3 === n),
  );
  const inspectionFile = async (
    id: string,
    title: string,
    cases: readonly CaseWithAnswers[],
    version = framework.version,
  ) =>
    inspectionFileText(
      await buildInspectionFile(
        {
          framework: { ...framework, version },
          inspection: {
            ...example.inspection,
            id,
            title,
            framework: { id: framework.id, version },
          },
          cases: cases.map((c) => ({ ...c, inspectionId: id, history: [] })),
          report: null,
          moderation: [],
        },
        { exportedAt: AT, appVersion: '0.1.0' },
        nodeSha256,
      ),
    );
  const text: Record<string, string> = {
    'fw.json': JSON.stringify(framework),
    'all.csv': writeCasesCsv(framework, councils.flat()),
  };
  for (const [n, cases] of councils.entries()) {
    text[`council-${n + 1}.csv`] = writeCasesCsv(framework, cases);
    text[`council-${n + 1}.json`] = await inspectionFile(`c${n + 1}`, `Council ${n + 1}`, cases);
  }
  text['older.json'] = await inspectionFile('old', 'Older council', councils[2]!, '0.0.1');
  return { text, councils };
}

async function findings(text: Record<string, string>, args: string[]) {
  const run = fakeCliIo(text);
  const code = await main(['findings', ...args], run.io);
  expect(run.err).toEqual([]);
  expect(code).toBe(0);
  return findingsJsonSchema.parse(JSON.parse(run.out.join('\n')));
}

const THREE = ['--cases', 'council-1.csv', '--cases', 'council-2.csv', '--cases', 'council-3.csv'];

describe('case-audit findings with several inspections', () => {
  it('gives for three files together exactly the figures of their cases in one file', async () => {
    const { text, councils } = await files();
    expect(councils.map((c) => c.length).every((n) => n > 0 && n < 60)).toBe(true);
    for (const flags of [[], ['--all-cases'], ['--by', 'area']]) {
      const together = await findings(text, ['--framework', 'fw.json', ...THREE, ...flags]);
      const oneFile = await findings(text, [
        '--framework',
        'fw.json',
        '--cases',
        'all.csv',
        ...flags,
      ]);
      expect(together).toEqual(oneFile);
    }
  });

  it('breaks the figures down by inspection: each group the figures of its file alone', async () => {
    const { text } = await files();
    const together = await findings(text, [
      '--framework',
      'fw.json',
      ...THREE,
      '--by',
      'inspection',
      '--all-cases',
    ]);
    const groups = together.breakdown!.groups;
    expect(groups.map((g) => g.label)).toEqual(['council-1', 'council-2', 'council-3']);
    for (const [n, group] of groups.entries()) {
      const alone = await findings(text, [
        '--framework',
        'fw.json',
        '--cases',
        `council-${n + 1}.csv`,
        '--all-cases',
      ]);
      expect(group.cases).toBe(alone.cases);
      expect(group.questions.map((q) => [q.id, q.positive, q.base, q.counts])).toEqual(
        alone.questions.map((q) => [q.id, q.positive, q.base, q.counts]),
      );
    }
  });

  it('counts the cases inspection files hold, named by their titles, as their cases files would', async () => {
    const { text } = await files();
    const inspections = [1, 2, 3].flatMap((n) => ['--inspection', `council-${n}.json`]);
    const held = await findings(text, [...inspections, '--by', 'inspection']);
    expect(held.breakdown!.groups.map((g) => [g.label, g.cases])).toEqual(
      [1, 2, 3].map((n) => [`Council ${n}`, expect.any(Number)]),
    );
    const paired = await findings(text, [...inspections, ...THREE, '--by', 'inspection']);
    expect(held).toEqual(paired);
    const oneFile = await findings(text, ['--framework', 'fw.json', '--cases', 'all.csv']);
    const noBreakdown = await findings(text, inspections);
    expect(noBreakdown.questions).toEqual(oneFile.questions);
  });

  it('keeps apart cases with the same references in two inspections', async () => {
    const { text } = await files();
    const twice = { ...text, 'copy.csv': text['council-1.csv']! };
    const alone = await findings(twice, ['--framework', 'fw.json', '--cases', 'council-1.csv']);
    const both = await findings(twice, [
      '--framework',
      'fw.json',
      '--cases',
      'council-1.csv',
      '--cases',
      'copy.csv',
      '--by',
      'inspection',
    ]);
    expect(both.cases).toBe(2 * alone.cases);
    expect(both.breakdown!.groups.map((g) => [g.label, g.cases])).toEqual([
      ['council-1', alone.cases],
      ['copy', alone.cases],
    ]);
  });

  it('refuses inspections on different framework versions, naming the one that differs', async () => {
    const { text } = await files();
    const run = fakeCliIo(text);
    const code = await main(
      ['findings', '--inspection', 'council-1.json', '--inspection', 'older.json'],
      run.io,
    );
    expect(code).toBe(1);
    const framework = lacFramework();
    expect(run.err).toEqual([
      `case-audit findings: “Older council” uses ${framework.id}@0.0.1, but “Council 1” uses ${framework.id}@${framework.version}: only inspections on the same framework version can be analysed together`,
    ]);
  });

  it('says how to pair cases files with inspection files when their numbers differ', async () => {
    const { text } = await files();
    const run = fakeCliIo(text);
    const code = await main(
      [
        'findings',
        '--inspection',
        'council-1.json',
        '--inspection',
        'council-2.json',
        '--cases',
        'council-1.csv',
      ],
      run.io,
    );
    expect(code).toBe(2);
    expect(run.err[0]).toBe(
      'case-audit findings: give one --cases file for each --inspection file, in the same order (got 2 inspections and 1 cases file), or none to count the cases the inspection files hold',
    );
  });
});
