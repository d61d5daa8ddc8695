import type { Role } from '../../domain/records/index.ts';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  siteIds: string[];
  createdAt: string;
  disabled: boolean;
}

/** Times are ISO strings in UTC. Only the SHA-256 of the token is ever stored. */
export interface SessionRow {
  id: string;
  tokenHash: string;
  userId: string;
  deviceId: string;
  deviceName: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface SessionListing extends Omit<SessionRow, 'tokenHash'> {
  username: string;
  displayName: string;
}

/** A username's recent failed logins (src/server/auth/login-policy.ts). */
export interface LoginFailures {
  count: number;
  /** The latest one, or null when there is none. */
  lastAt: string | null;
}

/** What an administrator may change of an account (docs/architecture.md, "Accounts"). */
export type UserChanges = Pick<UserRow, 'displayName' | 'role' | 'siteIds' | 'disabled'>;

/** User accounts, their sessions, and the failed logins that slow down password guessing. */
export interface AccountsTx {
  getUser(id: string): Promise<UserRow | undefined>;
  getUserByUsername(username: string): Promise<UserRow | undefined>;
  insertUser(user: UserRow): Promise<void>;
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;
  countUsersWithRole(role: Role): Promise<number>;
  /** Every account, by username; a few dozen rows. */
  listUsers(): Promise<UserRow[]>;
  /** Sets the four fields an administrator edits; nothing else of the row. */
  updateUser(id: string, changes: UserChanges): Promise<void>;

  /** The hash of the secret a device id is bound to; undefined while no tablet claimed it. */
  getDeviceSecretHash(deviceId: string): Promise<string | undefined>;
  /** Binds a device id to its tablet's secret; an id already bound is an error. */
  registerDevice(deviceId: string, secretHash: string, userId: string, at: string): Promise<void>;

  insertSession(session: SessionRow): Promise<void>;
  getSession(id: string): Promise<SessionRow | undefined>;
  getSessionByTokenHash(tokenHash: string): Promise<SessionRow | undefined>;
  /** All sessions with their user's name, most recently seen first. */
  listSessions(): Promise<SessionListing[]>;
  touchSession(id: string, at: string): Promise<void>;
  /** Marks the session revoked at `at`, unless it already was. */
  revokeSession(id: string, at: string): Promise<void>;
  /** Marks every session of the user not yet revoked as revoked at `at`; returns how many. */
  revokeUserSessions(userId: string, at: string): Promise<number>;
  /** The sessions of one user, most recently seen first. */
  listSessionsOfUser(userId: string): Promise<SessionListing[]>;
  /** Revokes at `at` every session of the user on one device not revoked yet: a lost tablet. */
  revokeDeviceSessions(userId: string, deviceId: string, at: string): Promise<void>;

  /**
   * The username's failures since `since`, with the username locked until the transaction
   * ends, so that a check and the failure it then records are one step even across instances.
   */
  lockLoginFailures(username: string, since: string): Promise<LoginFailures>;
  /** Records a failed login and forgets every failure older than `forgetBefore`. */
  recordLoginFailure(username: string, at: string, forgetBefore: string): Promise<void>;
  clearLoginFailures(username: string): Promise<void>;
}
