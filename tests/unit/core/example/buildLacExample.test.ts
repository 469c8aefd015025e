import { describe, expect, it } from 'vitest';
import {
  buildExampleInspection,
  buildLacExample,
  type CaseWithAnswers,
  caseProgress,
  indexFramework,
  validateAnswer,
} from '../../../../src/core';
import { EXAMPLE_AREAS } from '../../../../src/core/example/exampleSettings';
import { hiddenItems } from '../../../../src/core/framework/applicability';
import {
  answerSchema,
  caseSchema,
  inspectionSchema,
} from '../../../../src/core/inspection/inspectionSchema';
import { lacFramework } from '../../../fixtures/lacFramework';

const NOW = '2012-06-01T09:00:00.000Z';
const framework = lacFramework();
const index = indexFramework(framework);
const fixture = buildLacExample(framework, { inspectionId: 'seed-000', now: NOW });
const example = buildExampleInspection(framework, {
  inspectionId: 'example-1',
  now: '2026-03-10T10:00:00.000Z',
});

function lookup(c: CaseWithAnswers) {
  return (id: string) => c.answers[id]?.value;
}

describe('the seed 000 cases', () => {
  it('are the same every time for the same options, and differ for another seed', () => {
    expect(buildLacExample(framework, { inspectionId: 'seed-000', now: NOW })).toEqual(fixture);
    const other = buildLacExample(framework, { inspectionId: 'seed-000', now: NOW, seed: 'x' });
    expect(other.cases.map((c) => c.answers.gender?.value)).not.toEqual(
      fixture.cases.map((c) => c.answers.gender?.value),
    );
  });

  it('are 60: five host and five home cases in each of the six areas, LAC-01-01 to LAC-06-10', () => {
    expect(fixture.cases).toHaveLength(60);
    for (const area of framework.areas ?? []) {
      const inArea = fixture.cases.filter((c) => c.areaId === area.id);
      expect(inArea.filter((c) => c.stratumId === 'host')).toHaveLength(5);
      expect(inArea.filter((c) => c.stratumId === 'home')).toHaveLength(5);
    }
    expect(new Set(fixture.cases.map((c) => c.ref)).size).toBe(60);
    expect(fixture.cases.every((c) => /^LAC-0[1-6]-(0[1-9]|10)$/.test(c.ref))).toBe(true);
    expect(fixture.cases[0]).toMatchObject({ ref: 'LAC-01-01', stratumId: 'host' });
    expect(fixture.cases[5]).toMatchObject({ ref: 'LAC-01-06', stratumId: 'home' });
  });

  it('have ids that say nothing about the case: not made from the reference', () => {
    const ids = fixture.cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(60);
    for (const c of fixture.cases) {
      expect(c.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(c.id).not.toContain(c.ref);
    }
    let n = 0;
    const given = buildLacExample(framework, {
      inspectionId: 'seed-000',
      now: NOW,
      newCaseId: () => `case-${++n}`,
    });
    expect(given.cases.map((c) => c.id)).toEqual(ids.map((_, i) => `case-${i + 1}`));
  });

  it('are valid records, every answer one the framework accepts', () => {
    expect(inspectionSchema.safeParse(fixture.inspection).success).toBe(true);
    for (const c of fixture.cases) {
      const { answers, ...record } = c;
      expect(caseSchema.safeParse(record).success).toBe(true);
      for (const [itemId, answer] of Object.entries(answers)) {
        expect(answerSchema.safeParse(answer).success).toBe(true);
        expect(validateAnswer(index, itemId, answer.value)).toEqual({
          status: 'ok',
          value: answer.value,
        });
      }
    }
  });

  it('leave every question unanswered that its rule hides, and are all complete', () => {
    for (const c of fixture.cases) {
      const hidden = hiddenItems(index, lookup(c));
      expect([...hidden].filter((id) => c.answers[id] !== undefined)).toEqual([]);
      expect(c.status).toBe('complete');
      expect(caseProgress(index, lookup(c)).canComplete).toBe(true);
    }
  });

  it('spread the "no" answers across areas: no area holds more than half of any question’s', () => {
    for (const entry of index.items) {
      const noes = fixture.cases.filter((c) => c.answers[entry.item.id]?.value === 'no');
      if (noes.length < 6) continue;
      const perArea = new Map<string, number>();
      for (const c of noes) perArea.set(c.areaId, (perArea.get(c.areaId) ?? 0) + 1);
      expect(Math.max(...perArea.values()), entry.item.id).toBeLessThanOrEqual(noes.length / 2);
      expect(perArea.size, entry.item.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('keep placement counts consistent within a case', () => {
    for (const c of fixture.cases) {
      const inCare = c.answers['placements-in-care']?.value as number;
      expect(inCare).toBeGreaterThan(c.answers['placements-out-of-area']?.value as number);
      expect(inCare).toBeGreaterThan(c.answers['moves-during-supervision']?.value as number);
    }
  });

  it('carry short synthetic evidence notes that say where and when, never a name', () => {
    const notes = fixture.cases.flatMap((c) =>
      Object.values(c.answers)
        .map((a) => a.note)
        .filter((n) => n !== ''),
    );
    expect(notes.length).toBeGreaterThan(60 * 40);
    expect(notes).toContain(
      'Contact log 05/2012: the host YOT made purposeful visits to the placement.',
    );
    for (const note of notes) {
      expect(note.length).toBeLessThan(200);
      expect(note).toMatch(/^[A-Z][^.]*(\d{2}\/2012|: )/);
    }
  });
});

describe('the example inspection', () => {
  it('is marked and titled as example data, with invented areas and a team of four', () => {
    expect(example.inspection).toMatchObject({
      id: 'example-1',
      title: 'Example: looked-after children placed away from home (synthetic data)',
      example: true,
      areas: EXAMPLE_AREAS,
      fieldwork: { start: '2026-03-02', end: '2026-03-06' },
    });
    const real = new Set((framework.areas ?? []).map((a) => a.name));
    expect(example.inspection.areas.some((a) => real.has(a.name))).toBe(false);
    expect(example.inspection.team).toHaveLength(4);
    expect(example.inspection.team.filter((m) => m.role === 'lead')).toHaveLength(1);
    expect(inspectionSchema.safeParse(example.inspection).success).toBe(true);
  });

  it('assigns the cases across the four, 15 each', () => {
    const counts = new Map<string | null, number>();
    for (const c of example.cases) counts.set(c.inspectorId, (counts.get(c.inspectorId) ?? 0) + 1);
    expect([...counts.values()]).toEqual([15, 15, 15, 15]);
  });

  it('has most cases complete, seven in progress with their later standards unanswered, two not started', () => {
    const by = (status: string) => example.cases.filter((c) => c.status === status);
    expect(by('complete')).toHaveLength(51);
    expect(by('in-progress')).toHaveLength(7);
    expect(by('not-started')).toHaveLength(2);
    for (const c of by('not-started')) expect(c.answers).toEqual({});
    for (const c of by('in-progress')) {
      const progress = caseProgress(index, lookup(c));
      expect(progress.canComplete).toBe(false);
      expect(progress.tasks[0]?.state).toBe('completed');
      // Tasks are done in order: once one is not finished, none after it is begun.
      const states = progress.tasks
        .filter((t) => t.state !== 'not-asked')
        .map((t) => t.state === 'completed');
      expect(states.indexOf(false)).toBeGreaterThan(0);
      expect(states.slice(states.indexOf(false))).not.toContain(true);
    }
    for (const c of by('complete')) expect(caseProgress(index, lookup(c)).canComplete).toBe(true);
    // Answers dated like a recent inspection's records.
    expect(example.cases[0]?.answers['pre-placement-contact']?.note).toMatch(/\/2025: /);
  });
});
