import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import {
  buildExampleInspection,
  buildInspectionFile,
  computeFindings,
  findingsCasesOf,
  inspectionFileText,
  toFindingsJson,
  writeCasesCsv,
} from '../../src/core';
import { findingsJsonSchema } from '../../src/core/findings/findingsJson';
import { fakeCliIo } from '../fixtures/fakeCliIo';
import { lacFramework } from '../fixtures/lacFramework';
import { nodeSha256 } from '../fixtures/reportFixture';

async function files() {
  const framework = lacFramework();
  const example = buildExampleInspection(framework, {
    inspectionId: 'example-1',
    now: '2026-11-22T09:00:00.000Z',
  });
  const file = await buildInspectionFile(
    {
      framework,
      inspection: example.inspection,
      cases: example.cases.map((c) => ({ ...c, history: [] })),
      report: null,
      moderation: [],
    },
    { exportedAt: '2026-11-22T09:00:00.000Z', appVersion: '0.1.0' },
    nodeSha256,
  );
  return {
    example,
    framework,
    text: {
      'inspection.json': inspectionFileText(file),
      'cases.csv': writeCasesCsv(framework, example.cases),
      'fw.json': JSON.stringify(framework),
    } as Record<string, string>,
  };
}

describe('case-audit findings --inspection', () => {
  it("reads an exported inspection's own areas and team, and agrees with the app's figures", async () => {
    const { example, framework, text } = await files();
    const appFindings = (completeOnly: boolean) =>
      toFindingsJson(
        computeFindings(framework, findingsCasesOf(example.cases), {
          completeOnly,
          breakdownBy: 'area',
          names: {
            areas: example.inspection.areas,
            strata: example.inspection.strata,
            inspectors: example.inspection.team,
          },
        }),
      );
    const args = ['findings', '--inspection', 'inspection.json', '--cases', 'cases.csv'];
    // The app counts complete cases unless asked for all; so does the command.
    for (const [flags, completeOnly] of [
      [[], true],
      [['--all-cases'], false],
    ] as const) {
      const run = fakeCliIo(text);
      const code = await main([...args, '--by', 'area', ...flags], run.io);
      expect(run.err).toEqual([]);
      expect(code).toBe(0);
      const json = findingsJsonSchema.parse(JSON.parse(run.out.join('\n')));
      const app = appFindings(completeOnly);
      expect([json.basis, json.cases, json.casesExcluded]).toEqual([
        app.basis,
        app.cases,
        app.casesExcluded,
      ]);
      expect(json.questions).toEqual(app.questions);
      expect(json.profile).toEqual(app.profile);
      expect(json.breakdown).toEqual(app.breakdown);
    }
    // The example has cases still in progress, so the two bases differ.
    expect(appFindings(true).cases).toBeLessThan(appFindings(false).cases);
  });

  it('takes areas the framework does not suggest when read without the inspection', async () => {
    const { text } = await files();
    const run = fakeCliIo(text);
    expect(await main(['findings', '--framework', 'fw.json', '--cases', 'cases.csv'], run.io)).toBe(
      0,
    );
    expect(run.err).toEqual([]);
  });

  it('refuses an inspection file that was edited after export', async () => {
    const { text } = await files();
    const edited = {
      ...text,
      'inspection.json': text['inspection.json']!.replace('Northbridge', 'Northbrudge'),
    };
    const run = fakeCliIo(edited);
    expect(
      await main(['findings', '--inspection', 'inspection.json', '--cases', 'cases.csv'], run.io),
    ).toBe(1);
    expect(run.err.join('\n')).toMatch(/checksum: does not match: the file has been changed/);
  });
});
