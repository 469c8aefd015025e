/**
 * A complete, synthetic inspection on the built-in framework hmip-lac-placed-away-2012 whose 60
 * cases reproduce the figures seed 000 reports (6 areas × 5 host + 5 home cases; answers shared
 * out as in seed000Allocation.ts). Pure and deterministic: the same options give the same
 * records, byte for byte. Used as the findings tests' fixture and, with invented areas and team,
 * as the app's example inspection.
 */
import type { FrameworkIndex } from '../framework/frameworkItems';
import { indexFramework } from '../framework/frameworkItems';
import type { Framework } from '../framework/frameworkSchema';
import type { AnswerValue } from '../inspection/answerValue';
import { seededCaseIds } from '../inspection/caseIds';
import type {
  Answer,
  Area,
  CaseStatus,
  CaseWithAnswers,
  Inspection,
  TeamMember,
} from '../inspection/inspectionSchema';
import { randomBelow, seededGenerator } from '../sampling/seededRandom';
import { scoringTasks } from '../scoring/scoringTasks';
import { allocateValues, type CaseLatent, uniform } from './allocateValues';
import { evidenceNote } from './evidenceNote';
import { EXAMPLE_FRAMEWORK, EXAMPLE_TEAM } from './exampleSettings';
import { placementsInCare } from './placementsInCare';
import { SEED_000_ALLOCATION } from './seed000Allocation';

export const LAC_EXAMPLE_AREAS = 6;
export const LAC_EXAMPLE_CASES_PER_STRATUM = 5;

export type LacExampleOptions = {
  readonly inspectionId: string;
  /** When the records are made (ISO 8601): created, updated and every answer's time. */
  readonly now: string;
  /** Decides who gets which answer; the counts never change. Default "seed-000". */
  readonly seed?: string;
  /** Default: the framework's short title. */
  readonly title?: string;
  /** Six areas; default the framework's (the six YOTs of seed 000). */
  readonly areas?: readonly Area[];
  /** Cases are assigned across the team in blocks of five. Default: four made-up members. */
  readonly team?: readonly TeamMember[];
  /** Default: the framework's publishers. */
  readonly organisations?: readonly string[];
  readonly fieldwork?: Inspection['fieldwork'];
  /** Marks the inspection as example data. Default false. */
  readonly example?: boolean;
  /**
   * Cases still being read (profile and the first few standards answered, the rest not) and not
   * yet begun (no answers), taken from the last two team members' last cases. Default: none,
   * every case complete.
   */
  readonly unfinished?: { readonly inProgress: number; readonly notStarted: number };
  /**
   * Makes each case's id, in case order: storage passes `crypto.randomUUID`. Default: ids
   * shaped like random ones, the same for the same inspection id and seed. Never made from the
   * reference (core/inspection/caseIds.ts).
   */
  readonly newCaseId?: () => string;
  /** The device recorded on every answer. Default "example-data". */
  readonly device?: string;
  /** The year evidence notes date the records in. Default 2012, the year of seed 000. */
  readonly recordYear?: number;
};

export type LacExample = {
  readonly inspection: Inspection;
  readonly cases: readonly CaseWithAnswers[];
};

/** A case reference like LAC-03-07: area 3, case 7 (cases 1–5 host, 6–10 home). */
export function lacReference(area: number, caseInArea: number): string {
  return `LAC-${String(area + 1).padStart(2, '0')}-${String(caseInArea + 1).padStart(2, '0')}`;
}

type Slot = {
  readonly ref: string;
  readonly areaId: string;
  readonly stratumId: string;
  readonly inspectorId: string;
};

function slots(areas: readonly Area[], strata: readonly string[], team: readonly TeamMember[]) {
  const out: Slot[] = [];
  areas.forEach((area, a) => {
    strata.forEach((stratumId, s) => {
      // Blocks of five cases go round the team, so each member reads in several areas.
      const block = a * strata.length + s;
      const inspectorId = team[block % team.length]!.id;
      for (let k = 0; k < LAC_EXAMPLE_CASES_PER_STRATUM; k++) {
        out.push({
          ref: lacReference(a, s * LAC_EXAMPLE_CASES_PER_STRATUM + k),
          areaId: area.id,
          stratumId,
          inspectorId,
        });
      }
    });
  });
  return out;
}

/** Practice varies by area (some YOTs do better), difficulty by child. */
function latents(cases: readonly Slot[], areas: readonly Area[], seed: string): CaseLatent[] {
  const generator = seededGenerator(`${seed}\u001flatent`);
  const levels = areas.map((_, i) => (areas.length === 1 ? 0.5 : i / (areas.length - 1)));
  for (let i = levels.length - 1; i > 0; i--) {
    const j = randomBelow(generator, i + 1);
    [levels[i], levels[j]] = [levels[j]!, levels[i]!];
  }
  const level = new Map(areas.map((area, i) => [area.id, levels[i]!]));
  return cases.map((slot) => ({
    stratumId: slot.stratumId,
    practice: 0.75 * uniform(generator) + 0.25 * level.get(slot.areaId)!,
    difficulty: uniform(generator),
  }));
}

/** Which cases are unfinished, and how many scoring tasks each in-progress case has done. */
function progressPlan(
  cases: readonly Slot[],
  team: readonly TeamMember[],
  unfinished: { inProgress: number; notStarted: number },
  taskCount: number,
): Map<number, number> {
  const members = team.slice(-2).map((m) => m.id);
  const lists = members.map((id) =>
    cases
      .map((slot, c) => ({ slot, c }))
      .filter(({ slot }) => slot.inspectorId === id)
      .map(({ c }) => c)
      .reverse(),
  );
  // Their latest cases, taking turns: the ones they had not got to yet.
  const order: number[] = [];
  for (let i = 0; order.length < cases.length && lists.some((l) => i < l.length); i++) {
    for (const list of lists) if (i < list.length) order.push(list[i]!);
  }
  const done = new Map<number, number>();
  for (const c of order.slice(0, unfinished.notStarted)) done.set(c, 0);
  const started = order.slice(unfinished.notStarted, unfinished.notStarted + unfinished.inProgress);
  started.forEach((c, k) => {
    // Between two tasks (the profile and one standard) and all but two.
    done.set(c, 2 + ((k * 5) % Math.max(1, taskCount - 3)));
  });
  return done;
}

function monthIn(generator: ReturnType<typeof seededGenerator>, year: number): string {
  return `${String(1 + randomBelow(generator, 10)).padStart(2, '0')}/${year}`;
}

function answersOf(
  index: FrameworkIndex,
  values: ReadonlyMap<string, AnswerValue>,
  keep: (itemId: string) => boolean,
  answer: { at: string; by: string; device: string; year: number; seed: string },
): Record<string, Answer> {
  const generator = seededGenerator(answer.seed);
  const answers: Record<string, Answer> = {};
  for (const entry of index.items) {
    const id = entry.item.id;
    const value = values.get(id);
    if (value === undefined || !keep(id)) continue;
    // Most judgements carry a note; some inspectors leave the obvious ones bare.
    const noted = entry.type === 'profile' || uniform(generator) < 0.8;
    const month = monthIn(generator, answer.year);
    answers[id] = {
      value,
      note: noted ? evidenceNote(index, entry, value, month) : '',
      rev: 1,
      at: answer.at,
      by: answer.by,
      device: answer.device,
    };
  }
  return answers;
}

/**
 * The inspection and its 60 cases with answers. Throws if the framework is not
 * hmip-lac-placed-away-2012 or the options cannot hold 60 cases (six areas, a host and a home
 * stratum): the generator is for that framework only.
 */
export function buildLacExample(framework: Framework, options: LacExampleOptions): LacExample {
  if (framework.id !== EXAMPLE_FRAMEWORK.id) {
    throw new Error(`example data is for ${EXAMPLE_FRAMEWORK.id}, not ${framework.id}`);
  }
  const areas = options.areas ?? (framework.areas ?? []).map(({ id, name }) => ({ id, name }));
  if (areas.length !== LAC_EXAMPLE_AREAS) {
    throw new Error(`example data needs ${LAC_EXAMPLE_AREAS} areas, got ${areas.length}`);
  }
  const strata = (framework.strata ?? []).map(({ id, name }) => ({ id, name }));
  if (strata.length !== 2) throw new Error('example data needs the host and home strata');
  const team = options.team ?? EXAMPLE_TEAM;
  if (team.length === 0) throw new Error('example data needs at least one team member');
  const seed = options.seed ?? 'seed-000';
  const index = indexFramework(framework);
  const tasks = scoringTasks(index);

  const cases = slots(
    areas,
    strata.map((s) => s.id),
    team,
  );
  const values = allocateValues(index, SEED_000_ALLOCATION, latents(cases, areas, seed), seed);
  const inCare = placementsInCare(
    values.map((v) => v.get('placements-out-of-area')),
    values.map((v) => v.get('moves-during-supervision')),
    seed,
  );
  values.forEach((v, c) => {
    v.set('placements-in-care', inCare[c]!);
  });

  const done = progressPlan(
    cases,
    team,
    options.unfinished ?? { inProgress: 0, notStarted: 0 },
    tasks.length,
  );
  const taskOf = new Map(tasks.flatMap((task, t) => task.itemIds.map((id) => [id, t] as const)));
  const newCaseId = options.newCaseId ?? seededCaseIds(`${options.inspectionId}\u001f${seed}`);
  const year = options.recordYear ?? 2012;

  const inspection: Inspection = {
    id: options.inspectionId,
    title: options.title ?? framework.shortTitle ?? framework.title,
    kind: 'thematic',
    framework: { id: framework.id, version: framework.version },
    organisations: [...(options.organisations ?? framework.publishers)],
    areas: [...areas],
    strata,
    team: [...team],
    fieldwork: options.fieldwork ?? { start: null, end: null },
    sampling: null,
    ratingOverrides: [],
    example: options.example ?? false,
    createdAt: options.now,
    updatedAt: options.now,
  };

  return {
    inspection,
    cases: cases.map((slot, c): CaseWithAnswers => {
      const tasksDone = done.get(c);
      const status: CaseStatus =
        tasksDone === undefined ? 'complete' : tasksDone === 0 ? 'not-started' : 'in-progress';
      const keep = (id: string) => tasksDone === undefined || (taskOf.get(id) ?? 0) < tasksDone;
      return {
        id: newCaseId(),
        inspectionId: options.inspectionId,
        ref: slot.ref,
        areaId: slot.areaId,
        stratumId: slot.stratumId,
        inspectorId: slot.inspectorId,
        status,
        role: 'sample',
        createdAt: options.now,
        updatedAt: options.now,
        answers: answersOf(index, values[c]!, keep, {
          at: options.now,
          by: slot.inspectorId,
          device: options.device ?? 'example-data',
          year,
          seed: `${seed}\u001fnotes\u001f${slot.ref}`,
        }),
      };
    }),
  };
}
