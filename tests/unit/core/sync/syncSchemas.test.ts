/**
 * What a device and a team server send each other: a push is a work file under a push id, read
 * as a file is read; a pull's query comes as text and is read as numbers; every refusal names
 * its field.
 */
import { describe, expect, it } from 'vitest';
import {
  pullQuerySchema,
  pushRequestSchema,
  pushResponseSchema,
  readPush,
} from '../../../../src/core/sync/syncSchemas';
import { apiProblems, readApiBody } from '../../../../src/core/teamServer/apiBody';
import type {
  ValidationError,
  ValidationResult,
} from '../../../../src/core/validation/validationResult';
import { nodeSha256 } from '../../../fixtures/reportFixture';
import { caseWith, entry, minute, workFile } from '../../../fixtures/teamFixture';

const PUSH_ID = '0b6f1f2e-8c1d-4c3a-9f6e-2d7a5b4c3e21';

async function aWorkFile() {
  return workFile([
    caseWith(1, [entry('q1', { value: 'yes', rev: 1, at: minute(3), device: 'ap-laptop' })]),
  ]);
}

function refused(result: ValidationResult<unknown>): ValidationError[] {
  if (result.status !== 'invalid') throw new Error('expected a refusal');
  return [...result.errors];
}

describe('push request', () => {
  it('takes a push id and a work file', async () => {
    const work = await aWorkFile();
    const read = readApiBody(pushRequestSchema, { pushId: PUSH_ID, work });
    expect(read).toEqual({ status: 'ok', value: { pushId: PUSH_ID, work } });
  });

  it('refuses a push id that is not a uuid, naming the field', async () => {
    const work = await aWorkFile();
    const errors = refused(readApiBody(pushRequestSchema, { pushId: 'push-1', work }));
    expect(errors.map((e) => e.path)).toEqual(['pushId']);
    expect(apiProblems({ status: 'invalid', errors })).toEqual({
      error: `pushId: ${errors[0]!.message}`,
      problems: [{ path: 'pushId', message: errors[0]!.message }],
    });
  });

  it('names the field inside the work file that is wrong', async () => {
    const work = await aWorkFile();
    const bad = { pushId: PUSH_ID, work: { ...work, from: { ...work.from, name: '' } } };
    const errors = refused(readApiBody(pushRequestSchema, bad));
    expect(errors).toEqual([{ path: 'work.from.name', message: 'must not be empty' }]);
  });

  it('reads a push as a work file is read: checksum, shape, its checks', async () => {
    const work = await aWorkFile();
    expect(await readPush({ pushId: PUSH_ID, work }, nodeSha256)).toEqual({
      status: 'ok',
      value: { pushId: PUSH_ID, work },
    });
    // An answer changed after the checksum was made: refused as a changed file is.
    const changed = {
      ...work,
      cases: [
        { ...work.cases[0]!, answers: { q1: { ...work.cases[0]!.answers.q1!, value: 'no' } } },
      ],
    };
    const errors = refused(await readPush({ pushId: PUSH_ID, work: changed }, nodeSha256));
    expect(errors[0]?.path).toBe('work.checksum');
    // A push with no work at all names the work.
    const none = refused(await readPush({ pushId: PUSH_ID }, nodeSha256));
    expect(none[0]?.path).toBe('work');
  });

  it('refuses anything but a work file as a push', async () => {
    const work = await aWorkFile();
    const errors = refused(
      await readPush({ pushId: PUSH_ID, work: { ...work, kind: 'inspection' } }, nodeSha256),
    );
    expect(errors).toEqual([{ path: 'work.kind', message: 'must be "work": a push carries work' }]);
  });
});

describe('push response', () => {
  it('carries the status, the sequence number after and the counts', () => {
    const counts = {
      newCases: 0,
      updatedCases: 1,
      unchangedCases: 0,
      answersTaken: 2,
      converged: 0,
      historyAdded: 2,
      conflicts: 1,
      decided: 0,
      keptForLater: 1,
      moderation: 0,
    };
    expect(pushResponseSchema.parse({ status: 'merged', seq: 41, counts }).seq).toBe(41);
    const errors = refused(
      readApiBody(pushResponseSchema, {
        status: 'merged',
        seq: 41,
        counts: { ...counts, conflicts: -1 },
      }),
    );
    expect(errors.map((e) => e.path)).toEqual(['counts.conflicts']);
  });
});

describe('pull query', () => {
  it('reads `since` from the query string as a whole number', () => {
    expect(readApiBody(pullQuerySchema, { inspectionId: 'insp-team', since: '12' })).toEqual({
      status: 'ok',
      value: { inspectionId: 'insp-team', since: 12 },
    });
    expect(readApiBody(pullQuerySchema, { inspectionId: 'insp-team', since: '0' })).toEqual({
      status: 'ok',
      value: { inspectionId: 'insp-team', since: 0 },
    });
  });

  it.each([['-1'], ['1.5'], [''], ['12abc'], ['1e3']])(
    'refuses since=%j, naming the field',
    (since) => {
      const errors = refused(readApiBody(pullQuerySchema, { inspectionId: 'insp-team', since }));
      expect(errors.map((e) => e.path)).toEqual(['since']);
      expect(apiProblems({ status: 'invalid', errors }).error).toMatch(/^since: /);
    },
  );

  it('refuses a missing inspection or a field it does not know', () => {
    const missing = refused(readApiBody(pullQuerySchema, { since: '3' }));
    expect(missing).toEqual([{ path: 'inspectionId', message: 'is missing (expected text)' }]);
    const unknown = refused(
      readApiBody(pullQuerySchema, { inspectionId: 'insp-team', since: '3', sinse: '4' }),
    );
    expect(unknown.map((e) => e.path)).toEqual(['sinse']);
  });
});
