/**
 * Answers to the format's additions, counted, checked, described and written to the cases
 * spreadsheet: "Other: Boxing club" counts as "Other"; "None of these" is chosen alone; N/A and
 * not known on a number, date or text item; answers to a hidden standard count nowhere.
 */
import { describe, expect, it } from 'vitest';
import {
  type AnswerValue,
  answerChoices,
  type CaseWithAnswers,
  computeFindings,
  describeAnswer,
  findingsCasesOf,
  indexFramework,
  type MultichoiceFinding,
  type NumberFinding,
  type ProportionFinding,
  readCasesCsv,
  toggleChoice,
  validateAnswer,
  writeCasesCsv,
} from '../../../../src/core';
import { profileValueReader } from '../../../../src/core/caseList/profileValueReader';
import { schemaAdditionsFramework } from '../../../fixtures/schemaAdditionsFramework';
import { makeCase } from '../../../scenario/auditScenario';

const framework = schemaAdditionsFramework();
const index = indexFramework(framework);

function check(itemId: string, value: AnswerValue) {
  const result = validateAnswer(index, itemId, value);
  return result.status === 'ok' ? { ok: result.value } : { error: result.errors[0]!.message };
}

/** Five cases: three in Blackpool, two in Leeds; all home cases. */
function cases(): CaseWithAnswers[] {
  const rows: [string, Record<string, AnswerValue>][] = [
    ['blackpool', { e2: ['education', 'other:Boxing club'], b1: 'yes', placements: 2 }],
    ['blackpool', { e2: ['other:Chess'], b1: 'no', placements: 'na' }],
    ['blackpool', { e2: ['none'], b1: 'yes', placements: 'not_known' }],
    // Contradicts itself: "None of these" with a choice. Kept, counted as invalid.
    ['leeds', { e2: ['none', 'sport'], b1: 'no', placements: 4 }],
    // Answered before the area changed: the pilot is not asked in Leeds, so b1 counts nowhere.
    ['leeds', { e2: ['sport', 'education'], b1: 'no', placements: 'na' }],
  ];
  return rows.map(([area, values], i) => makeCase(i, values, { area, stratum: 'home' }));
}

describe('counting the additions in findings', () => {
  const result = computeFindings(framework, findingsCasesOf(cases()));
  const item = <T>(id: string) =>
    [...result.profile, ...result.questions].find((f) => f.itemId === id) as T;

  it('counts "other:<words>" as the Other option, "None of these" only alone, N/A apart', () => {
    const e2 = item<MultichoiceFinding>('e2');
    expect(e2.options.map((o) => [o.value, o.count])).toEqual([
      ['education', 2],
      ['sport', 1],
      ['other', 2],
      ['none', 1],
    ]);
    expect({ base: e2.base, selections: e2.selections, invalid: e2.invalid }).toEqual({
      base: 4,
      selections: 6,
      invalid: 1,
    });
    // N/A and not known on a number are counted apart from the numbers.
    const placements = item<NumberFinding>('placements');
    expect({
      n: placements.summary?.n,
      median: placements.summary?.median,
      notApplicable: placements.notApplicable,
      notKnown: placements.notKnown,
    }).toEqual({ n: 2, median: 3, notApplicable: 2, notKnown: 1 });
  });

  it('leaves answers to a standard hidden for the case out of every figure', () => {
    const b1 = item<ProportionFinding>('b1');
    // Blackpool: yes, no, yes. Leeds's two "no" are hidden: 2 of 3, not 2 of 5.
    expect({ positive: b1.positive, base: b1.base, hidden: b1.hidden }).toEqual({
      positive: 2,
      base: 3,
      hidden: 2,
    });
    expect(b1.percent).toBeCloseTo(66.667, 2);
  });
});

describe('checking an answer', () => {
  it('accepts N/A and not known on number, date and text items that allow them', () => {
    expect(check('placements', 'na')).toEqual({ ok: 'na' });
    expect(check('placements', 'not_known')).toEqual({ ok: 'not_known' });
    expect(check('e3', 'not_known')).toEqual({ ok: 'not_known' });
    expect(check('e3', 'na')).toEqual({ error: 'Enter a real date' });
    expect(check('placement-notes', 'not_known')).toEqual({ ok: 'not_known' });
    expect(check('order-start', 'not_known')).toEqual({ error: 'Enter a real date' });
  });

  it('takes "Other" with its words, and "None of these" alone', () => {
    expect(check('e2', ['education', 'other:Boxing club'])).toEqual({
      ok: ['education', 'other:Boxing club'],
    });
    expect(check('e2', ['other'])).toEqual({ error: 'Enter what “Other” is' });
    expect(check('e2', ['other:   '])).toEqual({ error: 'Enter what “Other” is' });
    expect(check('e2', ['other:a|b'])).toEqual({
      error: '“Other” must not contain a vertical bar (|)',
    });
    expect(check('e2', ['other:Chess\nClub'])).toEqual({
      error: '“Other” must not contain tabs, line breaks or other control characters',
    });
    expect(check('e2', [`other:${'x'.repeat(201)}`])).toEqual({
      error: '“Other” must be 200 characters or fewer',
    });
    expect(check('e2', ['none', 'sport'])).toEqual({
      error: '“None of these” cannot be chosen with other answers',
    });
    expect(check('e2', ['sport:Football'])).toEqual({
      error: 'Choose one or more of the answers offered',
    });
    expect(check('e2', ['other:Chess', 'other:Judo'])).toEqual({
      error: 'Choose one or more of the answers offered',
    });
  });

  it('ticks and unticks options: "None of these" clears the rest, and the rest clear it', () => {
    const choices = answerChoices(index, 'e2');
    expect(toggleChoice(choices, ['sport', 'education'], 'none', true)).toEqual(['none']);
    expect(toggleChoice(choices, ['none'], 'sport', true)).toEqual(['sport']);
    expect(toggleChoice(choices, ['sport'], 'other', true, 'Boxing club')).toEqual([
      'sport',
      'other:Boxing club',
    ]);
    // "Other" with no words yet is not kept.
    expect(toggleChoice(choices, ['sport'], 'other', true, '')).toEqual(['sport']);
    expect(toggleChoice(choices, ['sport', 'other:Chess'], 'other', false)).toEqual(['sport']);
    expect(toggleChoice(choices, ['sport'], 'sport', false)).toBeNull();
  });

  it('describes the answers in words', () => {
    expect(describeAnswer(index, 'e2', ['education', 'other:Boxing club'])).toBe(
      'Education, Other: Boxing club',
    );
    expect(describeAnswer(index, 'placements', 'na')).toBe('N/A');
    expect(describeAnswer(index, 'e3', 'not_known')).toBe('Not known');
    expect(describeAnswer(index, 'e3', '2026-01-19')).toBe('19 January 2026');
  });
});

describe('the cases spreadsheet', () => {
  const context = { inspectionId: 'insp-7', importedAt: '2026-03-02T09:00:00.000Z' };

  it('writes "Other" with its words and reads it back', () => {
    const written = writeCasesCsv(framework, [
      makeCase(0, { e2: ['education', 'other:Boxing club'], placements: 'na' }, { area: 'leeds' }),
    ]);
    const [header, row] = written.split('\r\n');
    const cells = Object.fromEntries(header!.split(',').map((h, i) => [h, row!.split(',')[i]]));
    expect(cells).toMatchObject({ e2: 'education|other:Boxing club', placements: 'na' });
    const read = readCasesCsv(written, framework, context);
    expect(read.status).toBe('ok');
    if (read.status === 'ok') {
      expect(read.value[0]!.answers.e2?.value).toEqual(['education', 'other:Boxing club']);
      expect(read.value[0]!.answers.placements?.value).toBe('na');
    }
  });

  it('names what is wrong with a choice that cannot be read', () => {
    const header = 'case_ref,area,stratum,inspector,status,e2,placement-notes,e3';
    const errors = (cells: string) => {
      const read = readCasesCsv(
        `${header}\r\nLAC-01-01,leeds,,,complete,${cells}`,
        framework,
        context,
      );
      return read.status === 'invalid' ? read.errors.map((e) => e.message) : [];
    };
    expect(errors('none|sport,,')).toEqual([
      '"none" ("None of these") stands alone, not among other choices',
    ]);
    expect(errors('other,,')).toEqual([
      '"other" needs its words after a colon, such as "other:Boxing club"',
    ]);
    expect(errors('sport:Football,,')).toEqual([
      '"sport:Football" is not an answer on scale "activities" (allowed: education, sport, other, none)',
    ]);
    expect(errors('sport,na,na')).toEqual([
      '"na" is not allowed: "placement-notes" does not allow not applicable',
      '"na" is not allowed: "e3" does not allow not applicable',
    ]);
  });
});

describe('a case list (profile fields)', () => {
  it('reads N/A and not known where a number, date or text field allows them, and "Other" with its words', () => {
    const withActivities = schemaAdditionsFramework();
    withActivities.profile.push({
      id: 'clubs',
      text: 'Clubs attended',
      kind: 'multichoice',
      scale: 'activities',
    });
    const scales = new Map(withActivities.scales.map((s) => [s.id, s]));
    const reader = (id: string) =>
      profileValueReader(withActivities.profile.find((f) => f.id === id)!, scales);
    expect(reader('placements')('N/A')).toEqual({ ok: true, value: 'na' });
    expect(reader('placements')('not known')).toEqual({ ok: true, value: 'not_known' });
    expect(reader('order-start')('n/a')).toMatchObject({ ok: false });
    expect(reader('placement-notes')('Unknown')).toEqual({ ok: true, value: 'not_known' });
    expect(reader('clubs')('Sport; Other: Boxing club')).toEqual({
      ok: true,
      value: ['sport', 'other:Boxing club'],
    });
    expect(reader('clubs')('other')).toMatchObject({ ok: false });
    expect(reader('clubs')('None of these; Sport')).toEqual({
      ok: false,
      message: '"None of these" cannot be chosen with other answers for Clubs attended',
    });
  });
});
