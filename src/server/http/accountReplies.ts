/** What the account routes share: the signed-in reply, and the strength rule for a new password. */
import { checkPassphrase, type SignedIn } from '../../core';
import { type AccountRow, accountSummary } from '../accounts/accountStore';
import { membershipsOf } from '../inspections/inspectionStore';
import type { Queryable } from '../store/database';
import { Refusal } from './refusals';

/** A password chosen here must pass the app's passphrase check (length, not common, not the name). */
export function strongPassword(password: string, name: string): void {
  const check = checkPassphrase(password, { name });
  if (!check.ok) {
    throw new Refusal(400, {
      error: `password: ${check.problems[0]}`,
      problems: check.problems.map((message) => ({ path: 'password', message })),
    });
  }
}

export async function signedInAs(
  db: Queryable,
  account: AccountRow,
  csrfToken: string,
): Promise<SignedIn> {
  return {
    account: accountSummary(account),
    csrfToken,
    memberships: await membershipsOf(db, account.id),
  };
}
