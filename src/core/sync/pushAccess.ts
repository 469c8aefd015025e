/**
 * What an account may push: its own work, to the cases it may change. The same scope as what it
 * may pull (caseAccess.ts), so a device cannot change by sync a case it could not receive:
 *
 * - a lead: any case of the inspection;
 * - anyone else: work in their own name (`from.inspectorId`), to cases they have whole, or new
 *   cases assigned to them; a case they second-read only as its record, with no answers or
 *   history (their reading travels as a second reading, never as the case's answers).
 */
import type { ValidationError } from '../validation/validationResult';
import type { CaseAccess, SyncCaller } from './caseAccess';
import type { PushRequest } from './syncSchemas';

function caseRefusal(
  kase: PushRequest['work']['cases'][number],
  access: CaseAccess | undefined,
  caller: SyncCaller,
  at: string,
): ValidationError | null {
  if (access === undefined) {
    // A case the server does not hold yet: one the caller added, for themselves.
    return kase.inspectorId === caller.memberId
      ? null
      : { path: `${at}.inspectorId`, message: `Case ${kase.ref} is new and not assigned to you.` };
  }
  if (access === 'none') {
    return { path: `${at}.id`, message: `Case ${kase.ref} is not one of your cases.` };
  }
  if (access === 'blind' && (Object.keys(kase.answers).length > 0 || kase.history.length > 0)) {
    return {
      path: `${at}.answers`,
      message: `Case ${kase.ref} is one you second-read: its answers are the first reader’s, and your reading goes as a second reading.`,
    };
  }
  return null;
}

/** Why `caller` may not push `push`, field by field; empty when they may. */
export function pushRefusals(
  push: PushRequest,
  caller: SyncCaller,
  access: ReadonlyMap<string, CaseAccess>,
): ValidationError[] {
  if (caller.role === 'lead') return [];
  const { work } = push;
  if (work.from.inspectorId !== caller.memberId) {
    return [
      { path: 'work.from.inspectorId', message: 'must be you: a push carries your own work' },
    ];
  }
  return work.cases.flatMap((kase, i) => {
    const refusal = caseRefusal(kase, access.get(kase.id), caller, `work.cases[${i}]`);
    return refusal ? [refusal] : [];
  });
}
