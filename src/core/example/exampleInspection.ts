/**
 * The example inspection the app offers to new users: the seed 000 cases (buildLacExample) with
 * invented areas and team, most cases complete, some still in progress and two not started,
 * marked `example: true` and titled as synthetic data wherever it is shown.
 */
import type { Framework } from '../framework/frameworkSchema';
import { buildLacExample, type LacExample } from './buildLacExample';
import { EXAMPLE_AREAS, EXAMPLE_TEAM, EXAMPLE_TITLE, EXAMPLE_UNFINISHED } from './exampleSettings';

const DAY_MS = 86_400_000;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The example inspection, created at `now` (ISO 8601). Its fieldwork is the week before, and
 * its evidence notes are dated in the year before `now`, like a recent inspection's.
 */
export function buildExampleInspection(
  framework: Framework,
  options: {
    readonly inspectionId: string;
    readonly now: string;
    /** Makes each case's id (storage passes `crypto.randomUUID`); see buildLacExample. */
    readonly newCaseId?: () => string;
  },
): LacExample {
  const at = Date.parse(options.now);
  if (Number.isNaN(at)) throw new RangeError(`not a moment in ISO 8601: ${options.now}`);
  return buildLacExample(framework, {
    inspectionId: options.inspectionId,
    now: options.now,
    title: EXAMPLE_TITLE,
    areas: EXAMPLE_AREAS,
    team: EXAMPLE_TEAM,
    organisations: ['Example inspectorate (synthetic data)'],
    fieldwork: { start: isoDate(at - 8 * DAY_MS), end: isoDate(at - 4 * DAY_MS) },
    example: true,
    unfinished: EXAMPLE_UNFINISHED,
    recordYear: new Date(at).getUTCFullYear() - 1,
    ...(options.newCaseId ? { newCaseId: options.newCaseId } : {}),
  });
}
