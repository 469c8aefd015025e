/**
 * The recommendation page's form: its fields as typed (dates as GOV.UK day, month and year
 * boxes), made from a stored recommendation, read back into one, and every problem — the dates
 * read here, the rest refused by the store — put at its field with the id its error summary
 * link lands on.
 */
import {
  type DateParts,
  dateParts,
  parseDateAnswer,
  type RagStatus,
  type RegisterRecommendation,
  type ValidationError,
} from '../../../core';
import { t } from '../../i18n/translate';

export type ActionFields = {
  readonly id: string;
  readonly text: string;
  readonly owner: string;
  readonly due: DateParts;
  readonly done: DateParts;
};

export type EvidenceFields = {
  readonly id: string;
  readonly text: string;
  readonly itemId: string;
};

export const NOT_ASSESSED = 'not-assessed';

export type RecommendationFields = {
  readonly addressee: string;
  readonly text: string;
  /** Where a recommendation added here comes from. */
  readonly document: string;
  readonly owner: string;
  readonly localPosition: string;
  /** A RAG status, or NOT_ASSESSED. */
  readonly rag: string;
  readonly actions: readonly ActionFields[];
  readonly evidence: readonly EvidenceFields[];
  readonly by: string;
};

/** A problem at a field: the id of the control its summary link lands on, and what to fix. */
export type FieldProblem = { readonly field: string; readonly message: string };

export function fieldsOf(r: RegisterRecommendation | null): RecommendationFields {
  return {
    addressee: r?.addressee ?? '',
    text: r?.text ?? '',
    document: r?.origin.document ?? '',
    owner: r?.owner ?? '',
    localPosition: r?.localPosition ?? '',
    rag: r?.rag ?? NOT_ASSESSED,
    actions: (r?.actions ?? []).map((a) => ({
      id: a.id,
      text: a.text,
      owner: a.owner,
      due: dateParts(a.dueDate ?? undefined),
      done: dateParts(a.doneOn ?? undefined),
    })),
    evidence: (r?.evidence ?? []).map((e) => ({ id: e.id, text: e.text, itemId: e.itemId ?? '' })),
    by: '',
  };
}

export const actionField = (i: number, part: string) => `action-${i + 1}-${part}`;
export const evidenceField = (i: number, part: string) => `evidence-${i + 1}-${part}`;

/** A date's boxes read, or its problem at the date's day box. */
function readDate(
  parts: DateParts,
  field: string,
  what: string,
  problems: FieldProblem[],
): string | null {
  const read = parseDateAnswer(field, parts);
  if (read.status === 'ok') return read.value;
  problems.push({
    field: `${field}-day`,
    message: t('register', '{what}: {problem}', { what, problem: read.errors[0]?.message ?? '' }),
  });
  return null;
}

/**
 * The recommendation the fields make, over the stored one (whose origin and history are kept),
 * or the problems found before storing: dates that are not dates, and who is recording it.
 */
export function recommendationOf(
  fields: RecommendationFields,
  stored: RegisterRecommendation | null,
  id: string,
): { recommendation: RegisterRecommendation; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const actions = fields.actions.map((a, i) => ({
    id: a.id,
    text: a.text.trim(),
    owner: a.owner.trim(),
    dueDate: readDate(
      a.due,
      actionField(i, 'due'),
      t('register', 'Action {number}, due date', { number: i + 1 }),
      problems,
    ),
    doneOn: readDate(
      a.done,
      actionField(i, 'done'),
      t('register', 'Action {number}, done on', { number: i + 1 }),
      problems,
    ),
  }));
  if (fields.by.trim() === '') {
    problems.push({ field: 'by', message: t('register', 'Choose who is recording this') });
  }
  const recommendation: RegisterRecommendation = {
    id,
    origin: stored?.origin ?? { kind: 'local', document: fields.document.trim(), location: '' },
    addressee: fields.addressee.trim(),
    text: fields.text.trim(),
    owner: fields.owner.trim(),
    localPosition: fields.localPosition,
    rag: fields.rag === NOT_ASSESSED ? null : (fields.rag as RagStatus),
    actions,
    evidence: fields.evidence.map((e) => ({
      id: e.id,
      text: e.text.trim(),
      itemId: e.itemId === '' ? null : e.itemId,
    })),
    history: stored?.history ?? [],
  };
  return { recommendation, problems };
}

const ACTION_PARTS: Record<string, string> = {
  text: 'text',
  owner: 'owner',
  dueDate: 'due-day',
  doneOn: 'done-day',
};

/** A problem with part of action `number`, said whole. */
function actionProblem(number: number, part: string, problem: string): string {
  switch (part) {
    case 'text':
      return t('register', 'Action {number}, what is to be done: {problem}', { number, problem });
    case 'owner':
      return t('register', 'Action {number}, owner: {problem}', { number, problem });
    case 'dueDate':
      return t('register', 'Action {number}, due date: {problem}', { number, problem });
    case 'doneOn':
      return t('register', 'Action {number}, done on: {problem}', { number, problem });
    default:
      return t('register', 'Action {number}, {part}: {problem}', { number, part, problem });
  }
}

const TOP_FIELDS: Record<string, string> = {
  addressee: 'addressee',
  text: 'text',
  owner: 'owner',
  localPosition: 'local-position',
  rag: 'rag',
};

/** A problem the store refused, at the field its path names (`actions[0].text` → action 1). */
export function problemOfError(error: ValidationError): FieldProblem {
  const action = /^actions\[(\d+)\]\.(\w+)/.exec(error.path);
  if (action) {
    const i = Number(action[1]);
    return {
      field: `action-${i + 1}-${ACTION_PARTS[action[2]!] ?? 'text'}`,
      message: actionProblem(i + 1, action[2]!, error.message),
    };
  }
  const evidence = /^evidence\[(\d+)\]\.(\w+)/.exec(error.path);
  if (evidence) {
    const i = Number(evidence[1]);
    const question = evidence[2] === 'itemId';
    return {
      field: evidenceField(i, question ? 'question' : 'text'),
      message: question
        ? t('register', 'Evidence {number}, question: {problem}', {
            number: i + 1,
            problem: error.message,
          })
        : t('register', 'Evidence {number}: {problem}', { number: i + 1, problem: error.message }),
    };
  }
  const top = TOP_FIELDS[error.path];
  return { field: top ?? 'text', message: top ? error.message : `${error.path}: ${error.message}` };
}

export function blankAction(id: string): ActionFields {
  const none = { day: '', month: '', year: '' };
  return { id, text: '', owner: '', due: none, done: none };
}
