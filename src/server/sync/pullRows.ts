/**
 * The rows a pull is planned from (core's `planPull`): for every case of the inspection with any
 * change after `since`, all its rows (a case goes complete: the merge on the device tells a
 * fast-forward from a conflict by whole revision sets), and the second readings and conflicts
 * changed after `since`.
 */
import type {
  AnswerRow,
  Case,
  ConflictRecord,
  ModerationCase,
  PullRows,
  Sequenced,
  StoredHistoryRow,
  WorkContents,
} from '../../core';
import type { Queryable } from '../store/database';

const CHANGED_CASES = `
  select id from sync_cases where inspection_id = $1 and seq > $2
  union select case_id from sync_answers where inspection_id = $1 and seq > $2
  union select case_id from sync_history where inspection_id = $1 and seq > $2`;

type Row<T> = { record: T; seq: number };

function sequenced<T>(rows: readonly Row<T>[]): Sequenced<T>[] {
  return rows.map((r) => ({ ...r.record, seq: r.seq }));
}

export async function pullRows(
  tx: Queryable,
  inspection: WorkContents['inspection'],
  since: number,
): Promise<PullRows> {
  const params = [inspection.id, since];
  const read = async <T>(sql: string) => (await tx.query<Row<T>>(sql, params)).rows;
  // One query at a time: a transaction is one connection, which runs them in turn anyway.
  const cases = await read<Case>(
    `select record, seq from sync_cases where id in (${CHANGED_CASES})`,
  );
  const answers = await read<AnswerRow>(
    `select record, seq from sync_answers where inspection_id = $1 and case_id in (${CHANGED_CASES})`,
  );
  const history = await read<StoredHistoryRow>(
    `select record, seq from sync_history
     where inspection_id = $1 and case_id in (${CHANGED_CASES}) order by seq`,
  );
  const moderation = await read<ModerationCase>(
    'select record, seq from sync_moderation where inspection_id = $1 and seq > $2',
  );
  const conflicts = await read<ConflictRecord>(
    'select record, seq from sync_conflicts where inspection_id = $1 and seq > $2',
  );
  return {
    inspection,
    cases: sequenced(cases),
    answers: sequenced(answers),
    history: sequenced(history),
    moderation: moderation.map((r) => ({ record: r.record, seq: r.seq })),
    conflicts: conflicts.map((r) => ({ record: r.record, seq: r.seq })),
  };
}
