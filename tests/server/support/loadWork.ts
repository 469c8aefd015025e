/**
 * Team work at the size of a real inspection, for the team server's load test and benchmark: a
 * framework of 60 yes/no questions, an inspection with a lead and eight inspectors holding 60
 * cases each, the lead's pack that puts it on the server, and inspectors' devices that answer
 * and change their own cases (each change a new revision with its history entry, as the app
 * saves it) and make work files of what changed since their last push. Synthetic data only.
 */
import {
  buildPackFile,
  buildWorkFile,
  type Case,
  type Framework,
  type HistoryEntry,
  type Inspection,
  type PackFile,
  type WorkFile,
} from '../../../src/core';
import type { MergeCase } from '../../../src/core/merge/mergeTypes';
import { judgement, withQuestions } from '../../fixtures/frameworkBuilder';
import { inspectionFixture } from '../../fixtures/inspectionFixture';
import { nodeSha256 } from '../../fixtures/reportFixture';

export const QUESTIONS = 60;

export const LOAD_FRAMEWORK: Framework = withQuestions(
  Array.from({ length: QUESTIONS }, (_, i) => judgement(`q${i + 1}`, { key: i === 0 })),
  { id: 'load-test', title: 'Load test framework' },
);

export type Member = { readonly id: string; readonly name: string; readonly device: string };

export const LOAD_LEAD: Member = { id: 'lead', name: 'R. Okafor', device: 'lead-tablet' };

/** `count` inspectors: i1 … iN, each on their own laptop. */
export function loadInspectors(count: number): Member[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `i${i + 1}`,
    name: `Inspector ${i + 1}`,
    device: `i${i + 1}-laptop`,
  }));
}

export function loadInspection(inspectors: readonly Member[], id = 'insp-load'): Inspection {
  return inspectionFixture({
    framework: LOAD_FRAMEWORK,
    id,
    caseCount: 0,
    team: [
      { id: LOAD_LEAD.id, name: LOAD_LEAD.name, role: 'lead' },
      ...inspectors.map((m) => ({ id: m.id, name: m.name, role: 'inspector' as const })),
    ],
  }).inspection;
}

/** A small seeded generator (mulberry32): the same offline periods and changes every run. */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const START = Date.UTC(2026, 2, 2, 9, 0);

/** Moments a test hands out in order, a second apart: nothing is decided by clocks anyway. */
export function momentsFrom(start = START): () => string {
  let n = 0;
  return () => new Date(start + 1000 * n++).toISOString();
}

/** The case records of `inspector`'s `count` cases (`case-i3-07`, ref `LAC-03-07`). */
export function casesOf(inspection: Inspection, inspector: Member, count: number): Case[] {
  const number = inspector.id.slice(1).padStart(2, '0');
  return Array.from({ length: count }, (_, c) => ({
    id: `case-${inspector.id}-${String(c + 1).padStart(2, '0')}`,
    inspectionId: inspection.id,
    ref: `LAC-${number}-${String(c + 1).padStart(2, '0')}`,
    areaId: 'north',
    stratumId: 'host',
    inspectorId: inspector.id,
    status: 'not-started',
    role: 'sample',
    createdAt: new Date(START).toISOString(),
    updatedAt: new Date(START).toISOString(),
  }));
}

/** The lead's pack: the inspection, its framework and every case, with no answers yet. */
export function loadPack(inspection: Inspection, cases: readonly Case[]): Promise<PackFile> {
  return buildPackFile(
    {
      for: { inspectorId: null, name: 'Everyone' },
      from: { by: LOAD_LEAD.id, device: 'lead-laptop' },
      framework: LOAD_FRAMEWORK,
      inspection,
      cases: cases.map((c) => ({ ...c, answers: {}, history: [] })),
      moderation: [],
    },
    { exportedAt: new Date(START).toISOString(), appVersion: '0.1.0' },
    nodeSha256,
  );
}

/**
 * A device holding cases as the app does: each answer with its revision, and the history of
 * every change. What changed since the last push is `dirty`; a work file carries those cases
 * whole (answers and full history), as the app's sync does.
 */
export class LoadDevice {
  readonly cases = new Map<string, MergeCase>();
  readonly dirty = new Set<string>();

  constructor(
    readonly member: Member,
    readonly inspection: Inspection,
    cases: readonly Case[],
  ) {
    for (const c of cases) this.cases.set(c.id, { ...c, answers: {}, history: [] });
  }

  /** Takes a case as another device holds it (the lead starting from an inspector's case). */
  hold(kase: MergeCase): void {
    this.cases.set(kase.id, { ...kase, answers: { ...kase.answers }, history: [...kase.history] });
  }

  /** One saved change to an answer: the next revision, with its history entry. */
  change(caseId: string, itemId: string, value: string, note: string, at: string): HistoryEntry {
    const kase = this.cases.get(caseId);
    if (!kase) throw new Error(`${this.member.id} does not hold ${caseId}`);
    const before = kase.answers[itemId];
    const e: HistoryEntry = {
      itemId,
      value,
      note,
      rev: (before?.rev ?? 0) + 1,
      at,
      by: this.member.id,
      device: this.member.device,
      via: 'edit',
      before: before ? { value: before.value, note: before.note } : null,
    };
    const answer = { value, note, rev: e.rev, at, by: e.by, device: e.device };
    this.cases.set(caseId, {
      ...kase,
      answers: { ...kase.answers, [itemId]: answer },
      history: [...kase.history, e],
      updatedAt: at,
    });
    this.dirty.add(caseId);
    return e;
  }

  /** A work file of the cases changed since the last push (they stay dirty until it lands). */
  workFile(exportedAt: string): Promise<WorkFile> {
    const cases = [...this.dirty].sort().map((id) => {
      const c = this.cases.get(id)!;
      return { ...c, answers: { ...c.answers }, history: [...c.history] };
    });
    return buildWorkFile(
      {
        inspection: {
          id: this.inspection.id,
          title: this.inspection.title,
          framework: this.inspection.framework,
        },
        from: { inspectorId: this.member.id, name: this.member.name, device: this.member.device },
        cases,
        moderation: [],
      },
      { exportedAt, appVersion: '0.1.0' },
      nodeSha256,
    );
  }
}
