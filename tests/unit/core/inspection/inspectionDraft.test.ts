import { describe, expect, it } from 'vitest';
import { checkInspectionDraft, type InspectionDraft, newInspection } from '../../../../src/core';
import { inspectionSchema } from '../../../../src/core/inspection/inspectionSchema';

function draft(overrides: Partial<InspectionDraft> = {}): InspectionDraft {
  return {
    title: 'Looked after children placed away from home',
    kind: 'thematic',
    framework: { id: 'lac-2012', version: '1.0.1' },
    organisations: ['Test Inspectorate'],
    areas: [
      { id: 'north', name: 'Northtown' },
      { id: 'south', name: 'Southvale' },
    ],
    strata: [],
    team: [
      { id: 'lead', name: 'R. Okafor', role: 'lead' },
      { id: 'ap', name: 'A. Patel', role: 'inspector' },
    ],
    fieldwork: { start: '2026-03-02', end: '2026-03-06' },
    ...overrides,
  };
}

describe('checking an inspection draft', () => {
  it('finds nothing wrong with a complete draft', () => {
    expect(checkInspectionDraft(draft())).toEqual([]);
  });

  it('names every problem in the order of the form', () => {
    const errors = checkInspectionDraft(
      draft({
        title: ' ',
        areas: [
          { id: 'a', name: 'Leeds' },
          { id: 'b', name: '' },
          { id: 'c', name: ' leeds ' },
        ],
        strata: [
          { id: 'host', name: 'Host' },
          { id: 'home', name: 'HOST' },
        ],
        team: [{ id: 'ap', name: 'A. Patel', role: 'inspector' }],
        fieldwork: { start: '2026-03-06', end: '2026-03-02' },
      }),
    );
    expect(errors).toEqual([
      { path: 'title', message: 'Enter a title for the inspection' },
      { path: 'areas[1].name', message: 'Enter a name for area 2, or remove it' },
      {
        path: 'areas[2].name',
        message: 'Area 3 has the same name as area 1 (leeds): give each its own name',
      },
      {
        path: 'strata[1].name',
        message: 'Stratum 2 has the same name as stratum 1 (HOST): give each its own name',
      },
      {
        path: 'team',
        message: 'Make at least one team member the lead (who runs the fieldwork)',
      },
      {
        path: 'fieldwork.end',
        message: 'The fieldwork end date must be the same as or after the start date',
      },
    ]);
  });

  it('counts a 201-character title and organisation as too long, and 200 as fine', () => {
    const long = 'x'.repeat(201);
    expect(checkInspectionDraft(draft({ title: 'x'.repeat(200) }))).toEqual([]);
    expect(checkInspectionDraft(draft({ title: long, organisations: ['A', long] }))).toEqual([
      { path: 'title', message: 'The title must be 200 characters or fewer' },
      { path: 'organisations[1]', message: 'Organisation 2 must be 200 characters or fewer' },
    ]);
  });

  it('asks for an area and a lead when there are none', () => {
    expect(checkInspectionDraft(draft({ areas: [], team: [] }))).toEqual([
      { path: 'areas', message: 'Add at least one area (a site, service or team)' },
      { path: 'team', message: 'Add at least one team member, the lead' },
    ]);
  });

  it('passes on what only the schema sees, such as an id it cannot hold', () => {
    const errors = checkInspectionDraft(draft({ areas: [{ id: 'has space', name: 'Leeds' }] }));
    expect(errors.map((e) => e.path)).toEqual(['areas[0].id']);
  });
});

describe('a new inspection from its draft', () => {
  it('is trimmed, has no sample or overrides yet, and is valid', () => {
    const made = newInspection(
      draft({
        title: '  Placed away  ',
        organisations: [' Test Inspectorate ', '  '],
        areas: [{ id: 'north', name: ' Northtown ' }],
      }),
      'insp-1',
      '2026-03-01T09:00:00.000Z',
    );
    expect(made).toMatchObject({
      id: 'insp-1',
      title: 'Placed away',
      organisations: ['Test Inspectorate'],
      areas: [{ id: 'north', name: 'Northtown' }],
      sampling: null,
      ratingOverrides: [],
      example: false,
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
    });
    expect(inspectionSchema.safeParse(made).success).toBe(true);
  });
});
