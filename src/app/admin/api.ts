import {
  type Account,
  type AccountWithPassword,
  ACCOUNT_REFUSALS,
  accountListSchema,
  accountResponseSchema,
  accountWithPasswordSchema,
  type CreateAccountRequest,
  type UpdateAccountRequest,
} from '../../domain/sync/accounts.ts';
import { SyncError } from '../../sync/transport.ts';
import { transport } from '../data/sync';

/**
 * The accounts API (docs/architecture.md, "Accounts") through the app's one transport, so the
 * session cookie rides along as on every sync request. Online only: nothing here is stored.
 */
const path = (id: string) => `/api/accounts/${encodeURIComponent(id)}`;

export const accountsApi = {
  list: async (): Promise<Account[]> => (await transport.request('GET', '/api/accounts', accountListSchema)).accounts,
  create: (request: CreateAccountRequest): Promise<AccountWithPassword> =>
    transport.request('POST', '/api/accounts', accountWithPasswordSchema, request),
  update: async (id: string, changes: UpdateAccountRequest): Promise<Account> =>
    (await transport.request('PATCH', path(id), accountResponseSchema, changes)).account,
  resetPassword: (id: string, password: string | undefined): Promise<AccountWithPassword> =>
    transport.request('POST', `${path(id)}/password`, accountWithPasswordSchema, password === undefined ? {} : { password }),
  revokeDevice: async (id: string, deviceId: string): Promise<Account> =>
    (await transport.request('POST', `${path(id)}/devices/${encodeURIComponent(deviceId)}/revoke`, accountResponseSchema)).account,
};

/** Every way an accounts request can fail, each said in words by `admin.problems.*`. */
export type AccountProblem =
  | 'offline'
  | 'unauthorised'
  | 'forbidden'
  | (typeof ACCOUNT_REFUSALS)[number]
  | 'unknown_site'
  | 'not_found'
  | 'invalid'
  | 'server';

const BY_CODE: ReadonlySet<string> = new Set<string>([...ACCOUNT_REFUSALS, 'unknown_site', 'not_found']);

export function problemOf(error: unknown): AccountProblem {
  if (!(error instanceof SyncError)) {
    console.error(error);
    return 'server';
  }
  if (error.kind === 'offline' || error.kind === 'unauthorised' || error.kind === 'forbidden') return error.kind;
  if (error.code !== undefined && BY_CODE.has(error.code)) return error.code as AccountProblem;
  return error.kind === 'invalid' ? 'invalid' : 'server';
}
