/**
 * The SPSS syntax made from a codebook, worked on the small framework of codebookFramework.ts
 * and on the YJB 2010 framework. (spssPrograms.test.ts runs it in PSPP.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../../../../src/core';
import { buildCodebook } from '../../../../src/core/exchange/codebook';
import { spssSyntax } from '../../../../src/core/exchange/spssSyntax';
import {
  cutToBytes,
  labelWithPart,
  spssString,
  utf8Length,
} from '../../../../src/core/exchange/spssText';
import { codebookFramework } from '../../../fixtures/codebookFramework';
import { withQuestions } from '../../../fixtures/frameworkBuilder';

const syntax = spssSyntax(buildCodebook(codebookFramework(), { casesFile: "the child's.csv" }));

/** The command that starts with `start`, up to its closing period. */
function command(start: string): string {
  const from = syntax.indexOf(`\n${start}`);
  expect(from).toBeGreaterThanOrEqual(0);
  return syntax.slice(from + 1, syntax.indexOf('.\n', from) + 1);
}

describe('SPSS text', () => {
  it('doubles apostrophes and splits long text into pieces joined with +', () => {
    expect(spssString('Was the child\'s plan "SMART"?')).toBe("'Was the child''s plan \"SMART\"?'");
    const long = spssString('word '.repeat(40).trim());
    expect(long.split('\n')).toHaveLength(3);
    expect(long).toMatch(/^'word .*' \+\n {4}'.*' \+\n {4}'.*word'$/);
  });

  it('cuts labels to what SPSS keeps, in bytes, whole characters only', () => {
    const accents = 'é'.repeat(200);
    const cut = cutToBytes(accents, 120);
    expect(utf8Length(cut)).toBeLessThanOrEqual(120);
    expect(cut.endsWith('…')).toBe(true);
    expect(cutToBytes('Short', 120)).toBe('Short');
    const both = labelWithPart('q'.repeat(300), 'Education', 255);
    expect(utf8Length(both)).toBeLessThanOrEqual(255);
    expect(both.endsWith('…: Education')).toBe(true);
  });
});

describe('the SPSS syntax of a small framework', () => {
  it('says what it is and reads the named spreadsheet as UTF-8, quoting its name', () => {
    expect(syntax.startsWith('* Encoding: UTF-8.\n')).toBe(true);
    expect(syntax).toContain("  /FILE='the child''s.csv'\n  /ENCODING='UTF8'\n");
    expect(syntax).toContain('  /FIRSTCASE=2\n');
    expect(command('GET DATA')).toContain(
      [
        '    case_ref A256',
        '    area A64',
        '    stratum A64',
        '    inspector A64',
        '    status A64',
        '    age_raw A64',
        '    gender_raw A64',
        '    start_date_raw A64',
        '    v_2_1_plan_raw A64',
        '    v_if_raw A64',
        '    needs A829',
        '    balance_raw A64',
        '    comment_raw A4000.',
      ].join('\n'),
    );
  });

  it('makes coded answers numbers, N/A and not known their own numbers', () => {
    expect(command('RECODE v_2_1_plan_raw')).toBe(
      [
        'RECODE v_2_1_plan_raw',
        "  ('yes'=1)",
        "  ('no'=2)",
        "  ('na'=-1)",
        "  ('not_known'=-2)",
        '  (ELSE=SYSMIS) INTO v_2_1_plan.',
      ].join('\n'),
    );
    expect(command('RECODE age_raw')).toBe("RECODE age_raw ('not_known'=-2) (CONVERT) INTO age.");
    expect(syntax).toContain(
      [
        "DO IF (start_date_raw = 'na').",
        'COMPUTE start_date = -1.',
        "ELSE IF (start_date_raw <> '').",
        'COMPUTE start_date = NUMBER(start_date_raw, SDATE10).',
        'END IF.',
      ].join('\n'),
    );
  });

  it('gives each multichoice option a 0/1 variable, all −1 when the answer is N/A', () => {
    expect(syntax).toContain(
      [
        'NUMERIC needs_education needs_health needs_none needs_other (F2.0).',
        "DO IF (needs = 'na').",
        'COMPUTE needs_education = -1.',
      ].join('\n'),
    );
    expect(syntax).toContain(
      "COMPUTE needs_education = INDEX(CONCAT('|', RTRIM(needs), '|'), '|education|') > 0.",
    );
    expect(syntax).toContain(
      "COMPUTE needs_other = INDEX(CONCAT('|', RTRIM(needs)), '|other:') > 0.",
    );
    expect(command('MRSETS')).toBe(
      [
        "MRSETS /MDGROUP NAME=$needs LABEL='Needs identified'",
        '    VARIABLES=needs_education needs_health needs_none needs_other VALUE=1.',
      ].join('\n'),
    );
  });

  it('keeps a text answer’s words (one escaped against formulas restored), and why it has none apart', () => {
    expect(syntax).toContain(
      [
        'STRING comment (A4000).',
        "DO IF (NOT (comment_raw = 'not_known')).",
        'COMPUTE comment = comment_raw.',
        'END IF.',
        `DO IF (SUBSTR(comment, 1, 1) = "'" AND INDEX('=+-@', SUBSTR(comment, 2, 1)) > 0).`,
        'COMPUTE comment = SUBSTR(comment, 2).',
        'END IF.',
        "RECODE comment_raw ('not_known'=-2) (ELSE=SYSMIS) INTO comment_missing.",
      ].join('\n'),
    );
  });

  it('labels variables and values, apostrophes and quotes kept', () => {
    const labels = command('VARIABLE LABELS');
    expect(labels).toContain("  /v_2_1_plan 'Was the child''s plan \"SMART\"?'\n");
    expect(labels).toContain("  /needs_health 'Needs identified: Health (café visits)'\n");
    expect(labels).toContain("  /comment_missing 'Comments: why there is no answer'.");
    const values = command('VALUE LABELS');
    expect(values).toContain(
      "VALUE LABELS area\n    'north' 'North YOT'\n    'south' 'King''s Lynn YOT'",
    );
    expect(values).toContain(
      [
        '  /v_if',
        "    0 '0 = Not associated'",
        "    1 '1'",
        "    2 '2'",
        "    3 '3'",
        "    4 '4 = Very strongly associated'",
        "    -2 'Not known'",
      ].join('\n'),
    );
    expect(values).toContain("    3 'Didn''t say (\"private\")'");
  });

  it('declares N/A and not known missing, and orders rating scales', () => {
    expect(command('MISSING VALUES')).toBe(
      [
        'MISSING VALUES age (-2)',
        '  /gender (-2)',
        '  /start_date (-1)',
        '  /v_2_1_plan (-1, -2)',
        '  /v_if (-2)',
        '  /needs_education needs_health needs_none needs_other (-1)',
        '  /balance (-999999991)',
        '  /comment_missing (-2).',
      ].join('\n'),
    );
    expect(command('VARIABLE LEVEL')).toContain('  /v_if (ORDINAL)\n');
    expect(command('VARIABLE LEVEL')).toContain('  /age (SCALE)\n');
    expect(command('FORMATS')).toContain('  /start_date (SDATE10)\n');
  });

  it('keeps the variables in the spreadsheet’s order, the raw text dropped', () => {
    expect(command('ADD FILES')).toBe(
      [
        'ADD FILES FILE=* /KEEP=case_ref area stratum inspector status age gender start_date v_2_1_plan v_if needs needs_education',
        '  needs_health needs_none needs_other balance comment comment_missing.',
      ].join('\n'),
    );
  });
});

describe('the SPSS syntax of a framework with the longest ids', () => {
  it('keeps every line within 256 bytes', () => {
    const long = (c: string) => `${c}${'x'.repeat(63)}`;
    const framework = withQuestions(
      [
        {
          id: long('a'),
          text: 'é'.repeat(1000),
          kind: 'text',
          allowNotApplicable: true,
          allowNotKnown: true,
        },
        { id: long('b'), text: 'Long choices', kind: 'multichoice', scale: 'long' },
        {
          id: long('c'),
          text: 'A date',
          kind: 'date',
          allowNotApplicable: true,
          allowNotKnown: true,
        },
      ],
      {
        scales: [
          {
            id: 'long',
            options: [
              { value: long('o'), label: 'ü'.repeat(200), meaning: 'neutral' },
              { value: long('p'), label: 'Other', meaning: 'neutral', other: true },
            ],
            allowNotApplicable: true,
            allowNotKnown: true,
          },
        ],
      },
    );
    const text = spssSyntax(buildCodebook(framework));
    for (const line of text.split('\n')) expect(utf8Length(line)).toBeLessThanOrEqual(256);
  });
});

describe('the SPSS syntax of the YJB 2010 framework', () => {
  const framework = loadFramework(
    readFileSync('audit-frameworks/yjb-case-file-2010/1.0.1.json', 'utf8'),
  );
  if (framework.status !== 'ok') throw new Error('the YJB framework does not load');
  const yjb = spssSyntax(buildCodebook(framework.value));

  it('reads every column, from cases.csv unless told otherwise', () => {
    expect(yjb).toContain("/FILE='cases.csv'");
    const variables = yjb.slice(
      yjb.indexOf('/VARIABLES='),
      yjb.indexOf('.\n', yjb.indexOf('/VARIABLES=')),
    );
    expect(variables.split('\n').slice(1)).toHaveLength(55);
  });

  it('keeps every line short enough for SPSS, and ends each command on its last line only', () => {
    const lines = yjb.split('\n').filter((line) => line !== '');
    for (const line of lines) expect(utf8Length(line)).toBeLessThanOrEqual(256);
    // A line ending in a period ends a command: the next line must start one (at the margin).
    lines.forEach((line, i) => {
      if (i === 0) return;
      const continues = line.startsWith(' ');
      expect({ line, after: lines[i - 1]!.endsWith('.') }).toEqual({ line, after: !continues });
    });
  });
});
