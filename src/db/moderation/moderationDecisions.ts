/**
 * The lead's decisions on the disagreements between two readings, each with a rationale, and
 * confirming readings that agree; the last decision makes the case `moderated`.
 * moderationStore.ts describes the moderation records.
 */
import {
  type AnswerValue,
  type Framework,
  heldForSecondReader,
  type Inspection,
  indexFramework,
  type ModerationCase,
  type ModerationData,
  type ModerationDecision,
  type ReadingAnswers,
  readingDifferences,
  sameValue,
  type ValidationError,
  validateAnswer,
} from '../../core';
import { type IncomingAnswer, importAnswers } from '../cases/answerWriter';
import { markModerated } from '../cases/caseStatusWriter';
import { retrying } from '../connection';
import type { CaseAuditDatabase } from '../database';
import {
  answersAsReading,
  type ChangeOutcome,
  type Clock,
  type Failed,
  failure,
  frameworkOf,
  NOT_HERE,
  readingValues,
  recordOf,
  systemClock,
} from './moderationStore';

export type DecideRequest = {
  readonly inspectionId: string;
  readonly caseId: string;
  readonly itemId: string;
  readonly choice: ModerationDecision['choice'];
  /** The final answer when `choice` is `other`; ignored otherwise. */
  readonly value?: AnswerValue;
  readonly rationale: string;
  readonly by: string;
  readonly device: string;
};

export type DecideOutcome =
  | { readonly status: 'done'; readonly caseModerated: boolean; readonly changed: boolean }
  | { readonly status: 'invalid'; readonly errors: readonly ValidationError[] }
  | { readonly status: 'refused'; readonly message: string }
  | { readonly status: 'missing'; readonly message: string }
  | Failed;

const DECIDED_ELSEWHERE =
  'The two readings are compared and decided on the lead inspector’s device, once this second reading has been merged there.';

const DECISION_TABLES = (db: CaseAuditDatabase) => [
  db.inspections,
  db.frameworks,
  db.cases,
  db.answers,
  db.answerHistory,
  db.moderation,
];

const CHOICE_SOURCE: Record<ModerationDecision['choice'], string> = {
  first: 'kept the first reading’s answer',
  second: 'took the second reading’s answer',
  other: 'recorded another answer',
};

/**
 * The history's note of where a change came from: "moderation: J. Morgan 2026-03-05" (the
 * moderation round: second reader, day), and for an answer the decision, e.g. "moderation:
 * J. Morgan 2026-03-05: kept the first reading’s answer".
 */
function decisionSource(
  inspection: Inspection,
  data: ModerationData,
  at: string,
  choice?: ModerationDecision['choice'],
): string {
  const reader =
    inspection.team.find((m) => m.id === data.secondReaderId)?.name ?? data.secondReaderId;
  const round = `moderation: ${reader} ${at.slice(0, 10)}`;
  return choice === undefined ? round : `${round}: ${CHOICE_SOURCE[choice]}`;
}

/**
 * The two readings of a case, ready for a decision, or why there is nothing to decide here:
 * the record is gone or held for its reader, the reading is unfinished, or the case reopened.
 */
type Refusal = { readonly status: 'missing' | 'refused'; readonly message: string };
type ReadingsToDecide = {
  readonly status: 'ready';
  readonly record: ModerationCase;
  readonly data: ModerationData;
  readonly context: NonNullable<Awaited<ReturnType<typeof frameworkOf>>>;
  readonly first: ReadingAnswers;
  readonly differences: ReturnType<typeof readingDifferences>;
};

async function readingsToDecide(
  db: CaseAuditDatabase,
  inspectionId: string,
  caseId: string,
  verb: 'Decide' | 'Confirm',
): Promise<Refusal | ReadingsToDecide> {
  const record = await recordOf(db, inspectionId, caseId);
  if (!record) return { status: 'missing', message: NOT_HERE } as const;
  const { data } = record;
  if (heldForSecondReader(record)) {
    return { status: 'refused', message: DECIDED_ELSEWHERE } as const;
  }
  if (data.status === 'assigned') {
    return { status: 'refused', message: 'The second reading is not finished yet.' } as const;
  }
  const [context, caseRecord] = await Promise.all([
    frameworkOf(db, inspectionId),
    db.cases.get(caseId),
  ]);
  if (!context || !caseRecord) {
    return {
      status: 'missing',
      message: 'This case or its framework is not on this device.',
    } as const;
  }
  if (caseRecord.status !== 'complete' && caseRecord.status !== 'moderated') {
    return {
      status: 'refused',
      message: `Case ${caseRecord.ref} has been reopened. ${verb} once it is complete again.`,
    } as const;
  }
  const first =
    data.firstReading ??
    answersAsReading(await db.answers.where('caseId').equals(caseId).toArray());
  const differences = readingDifferences(
    context.framework,
    readingValues(first),
    readingValues(data.secondReading),
  );
  return { status: 'ready', record, data, context, first, differences };
}

type Difference = ReadingsToDecide['differences'][number];

/** The answer a decision makes final, and (for another answer) what is wrong with it. */
function finalValue(
  request: DecideRequest,
  difference: Difference,
  framework: Framework,
): { readonly value: AnswerValue; readonly errors: readonly ValidationError[] } {
  const value =
    request.choice === 'first'
      ? difference.first
      : request.choice === 'second'
        ? difference.second
        : (request.value ?? null);
  if (request.choice !== 'other') return { value, errors: [] };
  const checked = validateAnswer(indexFramework(framework), request.itemId, value);
  if (value === null)
    return { value, errors: [{ path: 'value', message: 'Choose the final answer' }] };
  if (checked.status === 'invalid') {
    const message = checked.errors[0]?.message ?? 'Choose an answer';
    return { value, errors: [{ path: 'value', message }] };
  }
  return { value, errors: [] };
}

/**
 * Writes a decision in the caller's transaction: the final answer through the answer writer,
 * the decision in the record, and — the last one decided — the case moderated. Returns whether
 * every disagreement is now decided.
 */
async function writeDecision(
  db: CaseAuditDatabase,
  request: DecideRequest,
  loaded: ReadingsToDecide,
  difference: Difference,
  value: AnswerValue,
  at: string,
): Promise<boolean> {
  const { record, data, context, first, differences } = loaded;
  const source = decisionSource(context.inspection, data, at, request.choice);
  const fromSecond = request.choice === 'second';
  const noteOf = (reading: ReadingAnswers) => reading[request.itemId]?.note ?? '';
  const incoming: IncomingAnswer = {
    caseId: request.caseId,
    inspectionId: request.inspectionId,
    itemId: request.itemId,
    value,
    note: fromSecond ? noteOf(data.secondReading) : noteOf(first),
    at,
    by: request.by,
    device: request.device,
  };
  // Recorded in the case's history even when it keeps the answer (answerWriter.ts).
  await importAnswers([incoming], { via: 'moderation', source });
  const decisions: Record<string, ModerationDecision> = {
    ...data.decisions,
    [request.itemId]: {
      choice: request.choice,
      value,
      rationale: request.rationale.trim(),
      first: difference.first,
      second: difference.second,
      by: request.by,
      at,
    },
  };
  const allDecided = differences.every((d) => d.itemId in decisions);
  await db.moderation.put({
    ...record,
    data: {
      ...data,
      firstReading: first,
      decisions,
      status: allDecided ? 'decided' : data.status,
      decidedAt: allDecided ? (data.decidedAt ?? at) : data.decidedAt,
      updatedAt: at,
    },
  });
  if (allDecided) {
    await markModerated(
      {
        caseId: request.caseId,
        by: request.by,
        device: request.device,
        source: decisionSource(context.inspection, data, at),
      },
      () => new Date(at),
    );
  }
  return allDecided;
}

/**
 * The lead's final answer to one disagreement, with its rationale (required): the answer is
 * written through the answer writer's `importAnswers` (`via: 'moderation'`, with its history),
 * the decision is kept in the record, and the case becomes `moderated` once every disagreement is
 * decided — all in one transaction. Deciding again replaces the decision.
 */
export async function decideDisagreement(
  request: DecideRequest,
  now: Clock = systemClock,
): Promise<DecideOutcome> {
  const errors: ValidationError[] = [];
  if (request.rationale.trim() === '') {
    errors.push({ path: 'rationale', message: 'Enter the rationale for this decision' });
  }
  try {
    return await retrying((db) =>
      db.transaction('rw', DECISION_TABLES(db), async (): Promise<DecideOutcome> => {
        const loaded = await readingsToDecide(db, request.inspectionId, request.caseId, 'Decide');
        if (loaded.status !== 'ready') return loaded;
        const difference = loaded.differences.find((d) => d.itemId === request.itemId);
        if (!difference) {
          return { status: 'refused', message: 'The two readings agree on this question.' };
        }
        const final = finalValue(request, difference, loaded.context.framework);
        errors.push(...final.errors);
        if (errors.length > 0) return { status: 'invalid', errors };
        const at = now().toISOString();
        const allDecided = await writeDecision(db, request, loaded, difference, final.value, at);
        return {
          status: 'done',
          caseModerated: allDecided,
          changed: !sameValue(final.value, difference.first),
        };
      }),
    );
  } catch (error) {
    return failure(error);
  }
}

/**
 * The two readings agree on every compared answer: the lead confirms it and the case becomes
 * `moderated`, with nothing to change.
 */
export async function confirmReadingsAgree(
  request: {
    readonly inspectionId: string;
    readonly caseId: string;
    readonly by: string;
    readonly device: string;
  },
  now: Clock = systemClock,
): Promise<ChangeOutcome> {
  try {
    return await retrying((db) =>
      db.transaction('rw', DECISION_TABLES(db), async (): Promise<ChangeOutcome> => {
        const loaded = await readingsToDecide(db, request.inspectionId, request.caseId, 'Confirm');
        if (loaded.status !== 'ready') return loaded;
        const { record, data, context, first, differences } = loaded;
        if (differences.some((d) => !(d.itemId in data.decisions))) {
          return { status: 'refused', message: 'Some disagreements are still to be decided.' };
        }
        const at = now().toISOString();
        await db.moderation.put({
          ...record,
          data: {
            ...data,
            firstReading: first,
            status: 'decided',
            decidedAt: data.decidedAt ?? at,
            updatedAt: at,
          },
        });
        await markModerated(
          {
            caseId: request.caseId,
            by: request.by,
            device: request.device,
            source: decisionSource(context.inspection, data, at),
          },
          () => new Date(at),
        );
        return { status: 'done' };
      }),
    );
  } catch (error) {
    return failure(error);
  }
}
