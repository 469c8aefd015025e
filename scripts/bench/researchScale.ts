/**
 * The research extraction at its real size: the synthetic data set shaped like seed 002 (YJB
 * 2010, 4,723 cases on yjb-case-file-2010) generated, its findings by area computed by the
 * engine, and the research tables made from them (recording by area as Table 2.3, coded
 * variables by area, the 0–4 score grids), with the sizes of each. Node only. Run on its own
 * with `npx tsx scripts/bench/researchScale.ts`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  codedVariablesByGroup,
  computeFindings,
  findingsCasesOf,
  plural,
  recordingByGroup,
  scoreGrids,
} from '../../src/core';
import { RESEARCH_EXTRACTION_CASES } from '../datasets/researchExtraction';
import { yjbExtraction } from '../datasets/researchExtractionFile';
import { sized } from './mode';
import { type BenchRow, median, ms } from './support';

function time(run: () => void, runs: number): number[] {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times;
}

export async function benchResearchScale(): Promise<BenchRow[]> {
  const size = sized(RESEARCH_EXTRACTION_CASES, 200);
  const runs = sized(7, 1);
  const label = plural(size, 'case');
  const generation = time(() => yjbExtraction({ cases: size }), runs);
  const { framework, inspection, cases } = yjbExtraction({ cases: size });
  const answers = cases.reduce((n, c) => n + Object.keys(c.answers).length, 0);
  const values = findingsCasesOf(cases);
  const options = {
    breakdownBy: 'area' as const,
    names: { areas: inspection.areas, strata: inspection.strata },
  };
  const findings = time(() => computeFindings(framework, values, options), runs);
  const result = computeFindings(framework, values, options);
  let tables = { recording: 0, variables: 0, options: 0, gridRows: 0 };
  const making = time(() => {
    const recording = recordingByGroup(result, 'any-cs-contact');
    const coded = codedVariablesByGroup(result);
    const grids = scoreGrids(framework, result);
    tables = {
      recording: recording.rows.length,
      variables: coded.variables.length,
      options: coded.variables.reduce((n, v) => n + v.options.length, 0),
      gridRows: grids.reduce((n, g) => n + g.rows.length, 0),
    };
  }, runs);
  const groups = result.breakdown?.groups.length ?? 0;
  return [
    {
      name: 'generating the extraction (seeded)',
      size: `${label}, ${plural(answers, 'answer')}`,
      median: ms(median(generation)),
    },
    {
      name: 'computeFindings, breakdown by area',
      size: `${label} × ${plural(groups, 'area')}`,
      median: ms(median(findings)),
      note: plural(runs, 'run'),
    },
    {
      name: 'research tables from the findings',
      size: `recording by area ${plural(tables.recording, 'row')}; coded variables ${tables.variables} (${plural(tables.options, 'answer')}) × ${groups + 1} columns; score grids ${plural(tables.gridRows, 'row')} × 5 scores`,
      median: ms(median(making)),
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await benchResearchScale()) {
    console.log(`${row.name} | ${row.size} | ${row.median}${row.note ? ` | ${row.note}` : ''}`);
  }
}
