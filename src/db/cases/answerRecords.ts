/**
 * The two records that hold a case's current answers (schema version 5): their values, which
 * the findings read, and everything else. Apart from database.ts so that the upgrade that
 * fills them (answerMigration.ts) need not import the database.
 */
import type { Answer, AnswerValue } from '../../core';

/** What an answer holds besides its value. */
export type AnswerDetail = Omit<Answer, 'value'>;

/**
 * A case's current answer values by item id. Written only by src/db/cases/answerStore.ts,
 * always together with the case's `AnswerDetailsRecord`: an item is in both or in neither.
 */
export type AnswerValuesRecord = {
  caseId: string;
  inspectionId: string;
  values: Record<string, AnswerValue>;
};

/** The rest of a case's current answers by item id (see AnswerValuesRecord). */
export type AnswerDetailsRecord = {
  caseId: string;
  inspectionId: string;
  details: Record<string, AnswerDetail>;
};
