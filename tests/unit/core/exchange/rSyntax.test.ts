/**
 * The R script made from a codebook, worked on the small framework of codebookFramework.ts and
 * on the YJB 2010 framework. (statisticsPrograms.test.ts runs it in R.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../../../../src/core';
import { buildCodebook } from '../../../../src/core/exchange/codebook';
import { rString, rSyntax } from '../../../../src/core/exchange/rSyntax';
import { codebookFramework } from '../../../fixtures/codebookFramework';

const script = rSyntax(buildCodebook(codebookFramework(), { casesFile: 'yjb "cases".csv' }));

describe('R text', () => {
  it('escapes quotes, backslashes and line breaks, and writes other characters as \\u{…}', () => {
    expect(rString('Was the child\'s plan "SMART"?')).toBe('"Was the child\'s plan \\"SMART\\"?"');
    expect(rString('a\\b\nc')).toBe('"a\\\\b\\nc"');
    expect(rString('café £5 😀')).toBe('"caf\\u{e9} \\u{a3}5 \\u{1f600}"');
  });
});

describe('the R script of a small framework', () => {
  it('is plain ASCII, so it reads the same whatever the computer’s encoding', () => {
    expect(/^[\x20-\x7e\n]*$/.test(script)).toBe(true);
  });

  it('reads every cell as text from the named file, and checks its headings', () => {
    expect(script).toContain('cases_file <- "yjb \\"cases\\".csv"');
    expect(script).toContain(
      'raw <- utils::read.csv(cases_file, colClasses = "character", na.strings = "",',
    );
    expect(script).toContain('fileEncoding = "UTF-8-BOM"');
    expect(script).toContain('"start-date",\n    "2.1-plan",\n    "if",');
    expect(script).toContain('if (!identical(names(raw), expected)) {');
  });

  it('makes coded answers factors with the framework’s levels and labels, in its order', () => {
    expect(script).toContain(
      [
        '  cases[["v_2_1_plan"]] <- coded(answer(raw[["2.1-plan"]], c("na", "not_known")), c("yes", "no"),',
        '    c("Yes", "No"))',
      ].join('\n'),
    );
    expect(script).toContain(
      [
        '  cases[["v_if"]] <- coded(answer(raw[["if"]], c("not_known")), c("0", "1", "2", "3", "4"),',
        '    c("0 = Not associated", "1", "2", "3", "4 = Very strongly associated"), ordered = TRUE)',
      ].join('\n'),
    );
    expect(script).toContain('c("Boy", "Girl", "Didn\'t say (\\"private\\")"))');
  });

  it('makes N/A and not known NA, keeping why in <name>_missing', () => {
    expect(script).toContain(
      '  cases[["v_2_1_plan_missing"]] <- why_missing(raw[["2.1-plan"]], c("na", "not_known"), c("Not applicable", "Not known"))',
    );
    expect(script).toContain(
      '  cases[["age"]] <- as.numeric(answer(raw[["age"]], c("not_known")))',
    );
    expect(script).toContain(
      '  cases[["start_date"]] <- as.Date(answer(raw[["start-date"]], c("na")), format = "%Y-%m-%d")',
    );
    expect(script).not.toContain('cases[["area_missing"]]');
  });

  it('keeps a multichoice answer’s text and gives each option TRUE or FALSE', () => {
    expect(script).toContain('  cases[["needs"]] <- answer(raw[["needs"]], c("na"))');
    expect(script).toContain(
      '  cases[["needs_education"]] <- chosen(cases[["needs"]], "education")',
    );
    expect(script).toContain(
      '  cases[["needs_other"]] <- chosen(cases[["needs"]], "other", other = TRUE)',
    );
  });

  it('labels every column with its question', () => {
    expect(script).toContain('    "v_2_1_plan" = "Was the child\'s plan \\"SMART\\"?",');
    expect(script).toContain(
      '    "needs_health" = "Needs identified: Health (caf\\u{e9} visits)",',
    );
    expect(script).toContain(
      'for (name in names(labels)) attr(cases[[name]], "label") <- labels[[name]]',
    );
  });
});

describe('the R script of the YJB 2010 framework', () => {
  it('reads its 55 columns, the 0–4 scores as ordered factors', () => {
    const loaded = loadFramework(
      readFileSync('audit-frameworks/yjb-case-file-2010/1.0.1.json', 'utf8'),
    );
    if (loaded.status !== 'ok') throw new Error('the YJB framework does not load');
    const yjb = rSyntax(buildCodebook(loaded.value));
    expect(yjb).toContain('cases_file <- "cases.csv"');
    expect(yjb.match(/ <- .*raw\[\["[^"]+"\]\]/g)?.length).toBeGreaterThanOrEqual(55);
    expect(yjb).toContain('cases[["asset_living"]] <- coded(answer(raw[["asset-living"]]');
    expect(yjb.match(/ordered = TRUE\)/g)?.length).toBe(21);
  });
});
