/**
 * The lead's decisions on the disagreements between two readings, each with a rationale, and
 * confirming readings that agree; the last decision makes the case `moderated`.
 * moderationStore.ts describes the moderation records.
 */
import {
  type AnswerValue,
  decisionSource,
  finalAnswer,
  heldForSecondReader,
  indexFramework,
  type ModerationCase,
  type ModerationData,
  type ModerationDecision,
  memberName,
  type ReadingAnswers,
  type ReadingDifference,
  readingDifferences,
  readingValues,
  sameValue,
  type ValidationError,
  withDecisions,
} from '../../core';
import { answerTables, caseAnswers } from '../cases/answerStore';
import { type IncomingAnswer, importAnswers } from '../cases/answerWriter';
import { markModerated } from '../cases/caseStatusWriter';
import type { CaseAuditDatabase } from '../database';
import { type Clock, type Failed, systemClock, writeTransaction } from '../writeOutcome';
import {
  answersAsReading,
  type ChangeOutcome,
  frameworkOf,
  NOT_HERE,
  recordOf,
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
  ...answerTables(db),
  db.answerHistory,
  db.moderation,
];

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
  readonly differences: readonly ReadingDifference[];
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
  const first = data.firstReading ?? answersAsReading(await caseAnswers(db, caseId));
  const differences = readingDifferences(
    context.framework,
    readingValues(first),
    readingValues(data.secondReading),
    caseRecord,
  );
  return { status: 'ready', record, data, context, first, differences };
}

/**
 * Writes the record with its decisions in the caller's transaction and — every difference
 * decided — makes the case moderated. Returns whether every difference is now decided.
 */
async function writeDecided(
  db: CaseAuditDatabase,
  request: { readonly caseId: string; readonly by: string; readonly device: string },
  loaded: ReadingsToDecide,
  decisions: ModerationData['decisions'],
  at: string,
): Promise<boolean> {
  const { record, data, context, first, differences } = loaded;
  const decided = withDecisions(data, first, decisions, differences, at);
  await db.moderation.put({ ...record, data: decided.data });
  if (decided.allDecided) {
    const reader = memberName(context.inspection.team, data.secondReaderId);
    const { caseId, by, device } = request;
    await markModerated(
      { caseId, by, device, source: decisionSource(reader, at) },
      () => new Date(at),
    );
  }
  return decided.allDecided;
}

/**
 * Writes a decision in the caller's transaction: the final answer through the answer writer,
 * then the decision in the record (`writeDecided`). Returns whether every disagreement is now
 * decided.
 */
async function writeDecision(
  db: CaseAuditDatabase,
  request: DecideRequest,
  loaded: ReadingsToDecide,
  difference: ReadingDifference,
  value: AnswerValue,
  at: string,
): Promise<boolean> {
  const { data, context, first } = loaded;
  const reader = memberName(context.inspection.team, data.secondReaderId);
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
  await importAnswers([incoming], {
    via: 'moderation',
    source: decisionSource(reader, at, request.choice),
  });
  const decision: ModerationDecision = {
    choice: request.choice,
    value,
    rationale: request.rationale.trim(),
    first: difference.first,
    second: difference.second,
    by: request.by,
    at,
  };
  return writeDecided(db, request, loaded, { ...data.decisions, [request.itemId]: decision }, at);
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
  return writeTransaction(DECISION_TABLES, async (db): Promise<DecideOutcome> => {
    const loaded = await readingsToDecide(db, request.inspectionId, request.caseId, 'Decide');
    if (loaded.status !== 'ready') return loaded;
    const difference = loaded.differences.find((d) => d.itemId === request.itemId);
    if (!difference) {
      return { status: 'refused', message: 'The two readings agree on this question.' };
    }
    const index = indexFramework(loaded.context.framework);
    const final = finalAnswer(index, difference, request.choice, request.value);
    errors.push(...final.errors);
    if (errors.length > 0) return { status: 'invalid', errors };
    const at = now().toISOString();
    const allDecided = await writeDecision(db, request, loaded, difference, final.value, at);
    return {
      status: 'done',
      caseModerated: allDecided,
      changed: !sameValue(final.value, difference.first),
    };
  });
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
  return writeTransaction(DECISION_TABLES, async (db): Promise<ChangeOutcome> => {
    const loaded = await readingsToDecide(db, request.inspectionId, request.caseId, 'Confirm');
    if (loaded.status !== 'ready') return loaded;
    const { data, differences } = loaded;
    if (differences.some((d) => !(d.itemId in data.decisions))) {
      return { status: 'refused', message: 'Some disagreements are still to be decided.' };
    }
    await writeDecided(db, request, loaded, data.decisions, now().toISOString());
    return { status: 'done' };
  });
}
