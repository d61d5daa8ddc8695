import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { Id } from '../../domain/records/common.ts';
import {
  type AccountList,
  type AccountResponse,
  createAccountRequestSchema,
  resetPasswordRequestSchema,
  updateAccountRequestSchema,
} from '../../domain/sync/accounts.ts';
import { updateAccount } from '../auth/account-edits.ts';
import { createAccount, listAccounts, resetPassword, revokeDevice } from '../auth/accounts.ts';
import { type AppEnv, requireRole, requireSession } from '../auth/middleware.ts';
import { readJsonBody, validateInput } from '../http/json-body.ts';
import { idParam } from '../http/params.ts';
import type { Storage } from '../storage/storage.ts';

const ADMINS = ['admin'] as const;
const deviceParams = z.object({ id: Id, deviceId: Id });

/**
 * Accounts, for administrators only (docs/architecture.md, "Accounts"): the same rules as the
 * `create-user` command, and the guard rails that keep the network an active administrator.
 */
export function accountRoutes(api: Hono<AppEnv>, deps: { storage: Storage }): void {
  const session = requireSession(deps.storage);

  api.get('/accounts', session, async (c) => {
    requireRole(c, ADMINS);
    const body: AccountList = { accounts: await listAccounts(deps.storage) };
    return c.json(body);
  });

  api.post('/accounts', session, async (c) => {
    requireRole(c, ADMINS);
    const request = await readJsonBody(c, createAccountRequestSchema);
    return c.json(await createAccount(deps.storage, request), 201);
  });

  api.patch('/accounts/:id', session, async (c) => {
    const { user } = requireRole(c, ADMINS);
    const id = idParam(c);
    const request = await readJsonBody(c, updateAccountRequestSchema);
    const body: AccountResponse = { account: await updateAccount(deps.storage, user.id, id, request) };
    return c.json(body);
  });

  api.post('/accounts/:id/password', session, async (c) => {
    requireRole(c, ADMINS);
    const id = idParam(c);
    const request = await readJsonBody(c, resetPasswordRequestSchema);
    return c.json(await resetPassword(deps.storage, id, request.password));
  });

  api.post('/accounts/:id/devices/:deviceId/revoke', session, async (c) => {
    requireRole(c, ADMINS);
    const { id, deviceId } = validateInput(deviceParams, c.req.param());
    const body: AccountResponse = { account: await revokeDevice(deps.storage, id, deviceId) };
    return c.json(body);
  });
}
