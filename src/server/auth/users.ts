import { newId } from '../../domain/ids.ts';
import type { Role } from '../../domain/records/index.ts';
import type { SessionUser } from '../../domain/sync/protocol.ts';
import { USERNAME_PATTERN } from '../../domain/sync/accounts.ts';
import { roles } from '../../domain/vocab/activities.ts';
import type { UserRow } from '../storage/accounts.ts';
import type { Storage } from '../storage/storage.ts';
import { writeServerRecord } from '../sync/server-records.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, generatePassword, hashPassword } from './passwords.ts';

/** What was wrong with a request to create an account: the HTTP routes answer each differently. */
export type UserInputProblem = 'invalid' | 'unknown_site' | 'username_taken';

/** A request to create an account that cannot be honoured as given; the message says why. */
export class UserInputError extends Error {
  constructor(
    message: string,
    readonly problem: UserInputProblem = 'invalid',
  ) {
    super(message);
    this.name = 'UserInputError';
  }
}

export interface NewUser {
  username: string;
  displayName: string;
  role: string;
  siteIds: readonly string[];
  /** Generated (and returned once) when absent. */
  password?: string | undefined;
}

export interface CreatedUser {
  user: SessionUser;
  password: string;
  generated: boolean;
}

/** Usernames are compared lower-cased and trimmed, at creation and at login. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function sessionUser(row: UserRow): SessionUser {
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role, siteIds: row.siteIds };
}

/**
 * Creates an account and, in the same transaction, its `operators` record (in its first site),
 * so devices can show who wrote what and offer case managers by name.
 */
export async function createUser(storage: Storage, input: NewUser): Promise<CreatedUser> {
  const username = normaliseUsername(input.username);
  const displayName = input.displayName.trim();
  const siteIds = [...new Set(input.siteIds.map((site) => site.trim()).filter((site) => site !== ''))];
  if (!USERNAME_PATTERN.test(username)) {
    throw new UserInputError(`Invalid username "${input.username}": use 2–60 letters, digits, dots, dashes or underscores.`);
  }
  if (displayName === '' || displayName.length > 120) throw new UserInputError('The full name must have 1–120 characters.');
  if (!roles.has(input.role)) throw new UserInputError(`Unknown role "${input.role}": use one of ${roles.codes.join(', ')}.`);
  const role: Role = input.role;
  const [firstSite] = siteIds;
  if (firstSite === undefined) throw new UserInputError('Give at least one site code.');
  const password = checkedPassword(input.password);
  // Hashed before the transaction: scrypt is slow on purpose and must not hold the write lock.
  const passwordHash = await hashPassword(password);

  const user = await storage.transaction(async (tx) => {
    const known = new Set((await tx.listRecords('sites')).filter((site) => !site.deleted).map((site) => site.id));
    const unknown = siteIds.filter((site) => !known.has(site));
    if (unknown.length > 0) {
      throw new UserInputError(`Unknown site code(s): ${unknown.join(', ')}. Known sites: ${[...known].sort().join(', ')}.`, 'unknown_site');
    }
    if (await tx.getUserByUsername(username)) throw new UserInputError(`The username "${username}" is already taken.`, 'username_taken');
    const at = new Date().toISOString();
    const row: UserRow = { id: newId(), username, displayName, passwordHash, role, siteIds, createdAt: at, disabled: false };
    await tx.insertUser(row);
    await writeServerRecord(tx, 'operators', {
      id: row.id,
      siteId: firstSite,
      createdAt: at,
      updatedAt: at,
      updatedBy: row.id,
      deleted: false,
      username,
      displayName,
      role,
      siteIds,
      active: true,
    });
    return sessionUser(row);
  });
  return { user, password, generated: input.password === undefined };
}

export interface ChangedPassword {
  user: SessionUser;
  password: string;
  generated: boolean;
  /** The sessions it ended. */
  sessionsEnded: number;
}

/**
 * Gives an account a new password (generated when none is given) and, in the same transaction,
 * ends every session of the account and forgets its failed logins: whoever had the old
 * password, or a tablet logged in with it, is out everywhere at once.
 */
export async function changePassword(storage: Storage, usernameInput: string, newPassword?: string): Promise<ChangedPassword> {
  const username = normaliseUsername(usernameInput);
  const password = checkedPassword(newPassword);
  const passwordHash = await hashPassword(password);
  return storage.transaction(async (tx) => {
    const user = await tx.getUserByUsername(username);
    if (!user) throw new UserInputError(`There is no account "${username}".`);
    await tx.setPasswordHash(user.id, passwordHash);
    const sessionsEnded = await tx.revokeUserSessions(user.id, new Date().toISOString());
    await tx.clearLoginFailures(username);
    return { user: sessionUser(user), password, generated: newPassword === undefined, sessionsEnded };
  });
}

function checkedPassword(given: string | undefined): string {
  const password = given ?? generatePassword();
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw new UserInputError(`The password must have ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters.`);
  }
  return password;
}

const FIRST_ADMIN_USERNAME = 'admin';

/**
 * On a database without any administrator, creates `admin` for every site and returns its
 * password, which the caller shows once. Returns null when an administrator exists.
 */
export async function ensureFirstAdmin(storage: Storage): Promise<CreatedUser | null> {
  const { admins, siteIds } = await storage.transaction(async (tx) => ({
    admins: await tx.countUsersWithRole('admin'),
    siteIds: (await tx.listRecords('sites')).filter((site) => !site.deleted).map((site) => site.id),
  }));
  if (admins > 0) return null;
  try {
    return await createUser(storage, { username: FIRST_ADMIN_USERNAME, displayName: 'Administrator', role: 'admin', siteIds });
  } catch (error) {
    // Another instance starting on the same database got there first.
    const raced = await storage.transaction((tx) => tx.countUsersWithRole('admin'));
    if (raced > 0) return null;
    throw error;
  }
}
