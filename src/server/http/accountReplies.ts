/** What the account routes share: the signed-in reply, and the strength rule for a new password. */
import { checkPassphrase, type SignedIn } from '../../core';
import { type AccountRow, accountSummary } from '../accounts/accountStore';
import { membershipsOf } from '../inspections/inspectionStore';
import type { Queryable } from '../store/database';
import { Refusal } from './refusals';

/** A password chosen here must pass the app's passphrase check (length, not common, not the name). */
export function strongPassword(password: string, name: string): void {
  if (checkPassphrase(password, { name }).ok) return;
  throw new Refusal(400, (tr) => {
    // The app's own rule and words, in the request's language.
    const { problems } = checkPassphrase(password, { name }, tr);
    return {
      error: `password: ${problems[0]}`,
      problems: problems.map((message) => ({ path: 'password', message })),
    };
  });
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
