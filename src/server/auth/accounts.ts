import type { Account, AccountDevice, AccountWithPassword, CreateAccountRequest } from '../../domain/sync/accounts.ts';
import { HttpError } from '../http/errors.ts';
import type { AccountsTx, SessionListing, UserRow } from '../storage/accounts.ts';
import type { Storage } from '../storage/storage.ts';
import { generatePassword, hashPassword } from './passwords.ts';
import { UserInputError, createUser } from './users.ts';

/**
 * What an administrator does with accounts over HTTP (docs/architecture.md, "Accounts"): the
 * account views, creating one, resetting a password, cutting off a device. Edits, with their
 * guard rails, are in ./account-edits.ts.
 */

/** The account as the administrator sees it: its sessions folded by device, no hash of any kind. */
export function accountOf(user: UserRow, sessions: readonly SessionListing[], now = Date.now()): Account {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    siteIds: user.siteIds,
    disabled: user.disabled,
    createdAt: user.createdAt,
    devices: devicesOf(sessions, now),
  };
}

/** One line per device, in the order of `sessions` (most recently seen first). */
function devicesOf(sessions: readonly SessionListing[], now: number): AccountDevice[] {
  const byDevice = new Map<string, AccountDevice>();
  for (const session of sessions) {
    const live = session.revokedAt === null && Date.parse(session.expiresAt) > now;
    const seen = byDevice.get(session.deviceId);
    if (!seen) {
      const { deviceId, deviceName, lastSeenAt, revokedAt } = session;
      byDevice.set(deviceId, { deviceId, deviceName, lastSeenAt, active: live, revokedAt });
      continue;
    }
    seen.active ||= live;
    seen.deviceName ??= session.deviceName;
    if (session.revokedAt !== null && (seen.revokedAt === null || session.revokedAt > seen.revokedAt)) seen.revokedAt = session.revokedAt;
  }
  return [...byDevice.values()];
}

export async function listAccounts(storage: Storage): Promise<Account[]> {
  const { users, sessions } = await storage.transaction(async (tx) => ({ users: await tx.listUsers(), sessions: await tx.listSessions() }));
  const byUser = new Map<string, SessionListing[]>();
  for (const session of sessions) {
    const ofUser = byUser.get(session.userId);
    if (ofUser) ofUser.push(session);
    else byUser.set(session.userId, [session]);
  }
  const now = Date.now();
  return users.map((user) => accountOf(user, byUser.get(user.id) ?? [], now));
}

export async function accountById(tx: AccountsTx, id: string): Promise<{ user: UserRow; account: Account }> {
  const user = await tx.getUser(id);
  if (!user) throw new HttpError(404, 'not_found', `No account ${id}.`);
  return { user, account: accountOf(user, await tx.listSessionsOfUser(id)) };
}

/** Creates the account as the CLI does (createUser: the same rules, its operators record). */
export async function createAccount(storage: Storage, request: CreateAccountRequest): Promise<AccountWithPassword> {
  let created: Awaited<ReturnType<typeof createUser>>;
  try {
    created = await createUser(storage, request);
  } catch (error) {
    if (error instanceof UserInputError) {
      if (error.problem === 'username_taken') throw new HttpError(409, 'username_taken', error.message);
      throw new HttpError(400, error.problem === 'unknown_site' ? 'unknown_site' : 'invalid_request', error.message);
    }
    // Two administrators creating the same username at once on PostgreSQL: the unique index refuses the second.
    const taken = await storage.transaction((tx) => tx.getUserByUsername(request.username)).catch(() => undefined);
    if (taken) throw new HttpError(409, 'username_taken', `The username "${request.username}" is already taken.`);
    throw error;
  }
  const { account } = await storage.transaction((tx) => accountById(tx, created.user.id));
  return created.generated ? { account, password: created.password } : { account };
}

/**
 * Sets a new password (the given one, or a generated one answered once) and ends every session
 * of the account: whoever knew the old one is logged out everywhere.
 */
export async function resetPassword(storage: Storage, id: string, password: string | undefined): Promise<AccountWithPassword> {
  const chosen = password ?? generatePassword();
  // Hashed before the transaction: scrypt is slow on purpose and must not hold the write lock.
  const passwordHash = await hashPassword(chosen);
  const { account } = await storage.transaction(async (tx) => {
    const { user } = await accountById(tx, id);
    await tx.setPasswordHash(id, passwordHash);
    await tx.revokeUserSessions(id, new Date().toISOString());
    // A lock-out by failed attempts should not outlast the new password.
    await tx.clearLoginFailures(user.username);
    return accountById(tx, id);
  });
  return password === undefined ? { account, password: chosen } : { account };
}

/** Ends the account's sessions on one device: a lost tablet is refused at its next request. */
export async function revokeDevice(storage: Storage, id: string, deviceId: string): Promise<Account> {
  return storage.transaction(async (tx) => {
    const { account } = await accountById(tx, id);
    if (!account.devices.some((device) => device.deviceId === deviceId)) {
      throw new HttpError(404, 'not_found', `The account ${id} never logged in on device ${deviceId}.`);
    }
    await tx.revokeDeviceSessions(id, deviceId, new Date().toISOString());
    return (await accountById(tx, id)).account;
  });
}
