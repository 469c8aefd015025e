/**
 * The accounts an administrator makes, disables and enables, and who is an administrator. The
 * last administrator who can sign in may be neither disabled nor demoted. Every change is in the
 * audit log.
 */
import type { FastifyInstance } from 'fastify';
import {
  type AccountSummary,
  accountChangeRequestSchema,
  newAccountRequestSchema,
} from '../../core';
import {
  accountById,
  accountSummary,
  activeAdministratorCount,
  createAccount,
  listAccounts,
  setAccountDisabled,
  setAdministrator,
} from '../accounts/accountStore';
import { hashPassword } from '../accounts/passwords';
import { audit } from '../audit/auditLog';
import { strongPassword } from './accountReplies';
import { notFound, Refusal, refusal } from './refusals';
import { body } from './requestBody';
import type { ServerOptions } from './serverOptions';
import { administratorOf } from './signedIn';

export function accountRoutes(app: FastifyInstance, options: ServerOptions): void {
  const { db } = options;
  const at = () => options.now().toISOString();

  app.get('/api/accounts', async (request) => {
    administratorOf(request);
    return listAccounts(db);
  });

  app.post('/api/accounts', async (request, reply) => {
    const by = administratorOf(request);
    const wanted = body(newAccountRequestSchema, request);
    strongPassword(wanted.password, wanted.name);
    const passwordHash = await hashPassword(wanted.password);
    const made = await db.transaction(async (tx) => {
      const account = await createAccount(tx, { ...wanted, passwordHash }, at());
      if (!account) {
        throw new Refusal(409, (tr) => ({
          error: tr.t('server', 'email: an account with this email address exists already'),
          problems: [
            {
              path: 'email',
              message: tr.t('server', 'an account with this email address exists already'),
            },
          ],
        }));
      }
      await audit(tx, {
        at: at(),
        accountId: by.id,
        accountEmail: by.email,
        action: 'account-created',
        detail: `${account.email}${account.administrator ? ' (administrator)' : ''}`,
      });
      return account;
    });
    return reply.code(201).send(accountSummary(made));
  });

  app.patch<{ Params: { id: string } }>('/api/accounts/:id', async (request) => {
    const by = administratorOf(request);
    const change = body(accountChangeRequestSchema, request);
    return db.transaction(async (tx): Promise<AccountSummary> => {
      // One change at a time across processes: two administrators disabling each other at once
      // must not leave none.
      await tx.query('select pg_advisory_xact_lock($1)', [4180_0002]);
      let account = await accountById(tx, request.params.id);
      if (!account) throw notFound((tr) => tr.t('server', 'That account was not found.'));
      const losesAdministrator =
        account.administrator &&
        account.disabled_at === null &&
        (change.disabled === true || change.administrator === false);
      if (losesAdministrator && (await activeAdministratorCount(tx)) <= 1) {
        throw refusal(409, (tr) =>
          tr.t('server', 'This is the only administrator who can sign in: make another first.'),
        );
      }
      if (change.disabled !== undefined && change.disabled !== (account.disabled_at !== null)) {
        account = (await setAccountDisabled(tx, account.id, change.disabled, at()))!;
        await audit(tx, {
          at: at(),
          accountId: by.id,
          accountEmail: by.email,
          action: change.disabled ? 'account-disabled' : 'account-enabled',
          detail: account.email,
        });
      }
      if (change.administrator !== undefined && change.administrator !== account.administrator) {
        account = (await setAdministrator(tx, account.id, change.administrator))!;
        await audit(tx, {
          at: at(),
          accountId: by.id,
          accountEmail: by.email,
          action: change.administrator ? 'administrator-granted' : 'administrator-removed',
          detail: account.email,
        });
      }
      return accountSummary(account);
    });
  });
}
