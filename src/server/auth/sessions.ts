import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../../domain/ids.ts';
import type { SessionUser } from '../../domain/sync/protocol.ts';
import { HttpError } from '../http/errors.ts';
import type { AccountsTx, SessionRow, UserRow } from '../storage/accounts.ts';
import type { Storage } from '../storage/storage.ts';
import { sessionUser } from './users.ts';

export const DEFAULT_SESSION_DAYS = 14;

/** Last-seen is a write; once a minute is precise enough for "when was this tablet last used". */
const TOUCH_EVERY_MS = 60_000;

export interface AuthContext {
  user: SessionUser;
  session: SessionRow;
}

/** The database keeps only this hash, so a leaked backup holds no usable session. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session bound to one device; returns the token, which only the cookie ever carries. */
export async function openSession(
  tx: AccountsTx,
  user: UserRow,
  device: { deviceId: string; deviceName?: string | undefined },
  sessionDays: number,
  now = new Date(),
): Promise<{ token: string; session: SessionRow }> {
  const token = randomBytes(32).toString('base64url');
  const session: SessionRow = {
    id: newId(),
    tokenHash: hashToken(token),
    userId: user.id,
    deviceId: device.deviceId,
    deviceName: device.deviceName?.trim() || null,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + sessionDays * 86_400_000).toISOString(),
    revokedAt: null,
  };
  await tx.insertSession(session);
  return { token, session };
}

/**
 * The session and user behind a cookie's token, or a 401 saying why not. The user is read at
 * every request, so a changed role or site list applies at once.
 */
export async function authenticate(storage: Storage, token: string | undefined, now = new Date()): Promise<AuthContext> {
  if (!token) throw new HttpError(401, 'unauthenticated', 'Log in first.');
  return storage.transaction(async (tx) => {
    const session = await tx.getSessionByTokenHash(hashToken(token));
    if (!session) throw new HttpError(401, 'unauthenticated', 'The session is not valid; log in again.');
    if (session.revokedAt !== null) throw new HttpError(401, 'session_revoked', 'This session was ended; log in again.');
    if (Date.parse(session.expiresAt) <= now.getTime()) throw new HttpError(401, 'session_expired', 'The session has expired; log in again.');
    const user = await tx.getUser(session.userId);
    if (!user || user.disabled) throw new HttpError(401, 'session_revoked', 'This account is disabled.');
    if (now.getTime() - Date.parse(session.lastSeenAt) >= TOUCH_EVERY_MS) {
      session.lastSeenAt = now.toISOString();
      await tx.touchSession(session.id, session.lastSeenAt);
    }
    return { user: sessionUser(user), session };
  });
}
