/**
 * What the new rules mean: a hidden standard or section hides every question in it; rules on
 * the case's area and stratum; days (and working days) between two dates; and the words a
 * framework page reads them back in.
 */
import { describe, expect, it } from 'vitest';
import {
  type AnswerValue,
  caseProgress,
  describeApplicability,
  describeCondition,
  describeScopeApplicability,
  ENGLISH,
  indexFramework,
} from '../../../../src/core';
import { compareReadings } from '../../../../src/core/findings/readingAgreement';
import { hiddenItems } from '../../../../src/core/framework/applicability';
import { daysBetween } from '../../../../src/core/framework/workingDays';
import { questionsAppendix } from '../../../../src/core/report/reportAppendices';
import type { Context } from '../../../../src/core/report/reportContext';
import { schemaAdditionsFramework } from '../../../fixtures/schemaAdditionsFramework';

const framework = schemaAdditionsFramework();
const index = indexFramework(framework);

function hidden(
  values: Record<string, AnswerValue>,
  place: { areaId?: string; stratumId?: string | null } = {},
): string[] {
  return [...hiddenItems(index, (id) => values[id], place)].sort();
}

const day = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8)) / 864e5;

describe('rules on a standard or a section', () => {
  it('hide every question of the standard while the profile says so', () => {
    expect(hidden({ mappa: 'no' }, { areaId: 'blackpool', stratumId: 'host' })).toEqual([
      'e4',
      'm1',
    ]);
    expect(hidden({ mappa: 'yes' }, { areaId: 'blackpool', stratumId: 'host' })).toEqual(['e4']);
  });

  it("follow the case's area and stratum, and hide what hangs on them when a case has none", () => {
    const values = { mappa: 'yes' };
    expect(hidden(values, { areaId: 'leeds', stratumId: 'home' })).toEqual(['b1', 'e4', 'h1']);
    expect(hidden(values, { areaId: 'blackpool', stratumId: null })).toEqual(['e4', 'h1']);
    expect(hidden(values)).toEqual(['b1', 'e4', 'h1']);
  });

  it('say a hidden standard is not asked, and which answer it waits on', () => {
    const place = { areaId: 'leeds', stratumId: 'home' };
    const states = (values: Record<string, AnswerValue>) =>
      Object.fromEntries(
        caseProgress(index, (id) => values[id], place).tasks.map((t) => [t.task.id, t.state]),
      );
    expect(states({})).toMatchObject({
      'mappa-work': 'cannot-start-yet',
      'blackpool-pilot': 'not-asked',
      'host-liaison': 'not-asked',
    });
    expect(states({ mappa: 'no' })).toMatchObject({ 'mappa-work': 'not-asked' });
    // An answer kept from before counts nowhere: not in "answered", not in "applicable".
    const progress = caseProgress(index, (id) => ({ mappa: 'no', b1: 'yes' })[id], place);
    expect(progress.hidden.has('b1')).toBe(true);
    expect(progress.tasks.find((t) => t.task.id === 'blackpool-pilot')?.kept).toEqual(['b1']);
  });
});

describe("second readings, by the case's place", () => {
  it('compare a standard asked only in Blackpool for Blackpool cases alone', () => {
    const reading = { mappa: 'no', b1: 'yes' };
    const { questions } = compareReadings(framework, [
      {
        caseId: 'c1',
        first: reading,
        second: { ...reading, b1: 'no' },
        place: { areaId: 'blackpool' },
      },
      {
        caseId: 'c2',
        first: reading,
        second: { ...reading, b1: 'no' },
        place: { areaId: 'leeds' },
      },
    ]);
    const b1 = questions.find((q) => q.questionId === 'b1')!;
    expect({ hidden: b1.hidden, disagreements: b1.disagreements }).toEqual({
      hidden: 1,
      disagreements: ['c1'],
    });
  });
});

describe('rules comparing two dates', () => {
  it('count working days Monday to Friday, after the first date up to the second', () => {
    // Friday 2 January 2026 to Monday 5 January: 3 days, 1 working day.
    expect(daysBetween(day('2026-01-02'), day('2026-01-05'), false)).toBe(3);
    expect(daysBetween(day('2026-01-02'), day('2026-01-05'), true)).toBe(1);
    // To Friday 16 January: 14 days, 10 working days; to Monday 19th: 11.
    expect(daysBetween(day('2026-01-02'), day('2026-01-16'), true)).toBe(10);
    expect(daysBetween(day('2026-01-02'), day('2026-01-19'), true)).toBe(11);
    // Saturday to Sunday: none; backwards: negative; before 1970 as well.
    expect(daysBetween(day('2026-01-03'), day('2026-01-04'), true)).toBe(0);
    expect(daysBetween(day('2026-01-19'), day('2026-01-02'), true)).toBe(-11);
    expect(daysBetween(day('1969-12-26'), day('1970-01-02'), true)).toBe(5);
  });

  it('ask "was the delay explained?" only when the meeting came more than 10 working days after the order', () => {
    const e4Hidden = (meeting: AnswerValue) =>
      hidden({ 'order-start': '2026-01-02', e3: meeting }).includes('e4');
    expect(e4Hidden('2026-01-16')).toBe(true);
    expect(e4Hidden('2026-01-19')).toBe(false);
    // Not known, or no answer, cannot be compared: the question is not asked.
    expect(e4Hidden('not_known')).toBe(true);
    expect(e4Hidden(null)).toBe(true);
    expect(hidden({ e3: '2026-02-19' }).includes('e4')).toBe(true);
  });

  it('can bound the gap on both sides, in calendar days', () => {
    const between = schemaAdditionsFramework();
    between.sections[0]!.standards[0]!.questions[3]!.showWhen = {
      question: 'e3',
      daysAfter: { profile: 'order-start', gt: 2, lt: 15 },
    };
    const betweenIndex = indexFramework(between);
    const asked = (meeting: string) =>
      !hiddenItems(betweenIndex, (id) => ({ 'order-start': '2026-01-02', e3: meeting })[id]).has(
        'e4',
      );
    expect(['2026-01-04', '2026-01-05', '2026-01-16', '2026-01-17'].map(asked)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('the rules in words', () => {
  it("reads back the case's area and stratum by name", () => {
    expect(describeCondition({ case: 'area', equals: 'blackpool' }, index)).toBe(
      "the case's area is Blackpool",
    );
    expect(describeCondition({ case: 'stratum', in: ['host', 'home'] }, index)).toBe(
      "the case's stratum is Host or Home",
    );
    expect(describeCondition({ case: 'area', notEquals: 'preston' }, index)).toBe(
      "the case's area is not preston",
    );
  });

  it('reads back days between two dates', () => {
    const e4 = index.itemById.get('e4')!.item;
    expect(describeApplicability(e4.showWhen!, index)).toBe(
      'Asked only if “Date of the first meeting” is more than 10 working days after “Start of the order”.',
    );
    expect(
      describeCondition({ question: 'e3', daysAfter: { profile: 'order-start', lt: 1 } }, index),
    ).toBe('“Date of the first meeting” is fewer than 1 day after “Start of the order”');
    expect(
      describeCondition(
        { question: 'e3', daysAfter: { profile: 'order-start', gt: 2, lt: 15 } },
        index,
      ),
    ).toBe(
      '“Date of the first meeting” is more than 2 and fewer than 15 days after “Start of the order”',
    );
  });

  it('says what a rule on a standard or section governs', () => {
    const [work, host] = framework.sections;
    expect(describeScopeApplicability(work!.standards[2]!.showWhen!, index, 'standard')).toBe(
      "The questions in this standard are asked only if the case's area is Blackpool.",
    );
    expect(describeScopeApplicability(host!.showWhen!, index, 'section')).toBe(
      "The questions in this section are asked only if the case's stratum is Host.",
    );
  });
});

describe("the report's appendix of questions", () => {
  it('says which standards are asked only for some cases', () => {
    const ctx = { input: { framework }, tr: ENGLISH } as unknown as Context<never>;
    const captions = questionsAppendix(ctx).flatMap((b) => (b.type === 'table' ? [b.caption] : []));
    expect(captions).toEqual([
      'Profile of the case',
      'Work with the child: Engagement',
      'Work with the child: MAPPA work The questions in this standard are asked only if “Was the child subject to MAPPA?” is Yes.',
      "Work with the child: Blackpool pilot The questions in this standard are asked only if the case's area is Blackpool.",
      "Host authority: Host liaison The questions in this section are asked only if the case's stratum is Host.",
    ]);
  });
});
